import { CredentialFormatError } from '../errors/input'
import type { Credentials } from '../exchange/types'

/** Which of the two passphrases an exchange's keys have. */
export type PassphraseUse = {
  exchange: string
  /** The key has an account passphrase, sent with requests (OKX, KuCoin). */
  account: boolean
  /** The key may be an encrypted PEM `privateKey` with its own passphrase (Binance, Bybit). */
  privateKey: boolean
}

/**
 * Refuses the passphrase an exchange does not have, naming the field that is meant: `passphrase` is the account
 * passphrase (sent), `privateKeyPassphrase` decrypts a PEM (never sent); mixing them up is a silent wrong key.
 *
 * @example
 * checkPassphrases(credentials, { exchange: 'binance', account: false, privateKey: true })
 */
export function checkPassphrases(credentials: Partial<Credentials>, use: PassphraseUse): void {
  const { passphrase, privateKeyPassphrase, privateKey } = credentials
  const { exchange } = use
  if (passphrase !== undefined && !use.account) {
    throw new CredentialFormatError(
      'passphrase',
      use.privateKey
        ? `is an account passphrase, which ${exchange} keys do not have; the PEM's passphrase is \`privateKeyPassphrase\``
        : `is an account passphrase, which ${exchange} keys do not have`,
      {
        exchange,
        hint: use.privateKey
          ? 'Pass the passphrase of an encrypted privateKey as `privateKeyPassphrase`, or remove `passphrase`.'
          : 'Remove `passphrase`.',
      },
    )
  }
  if (privateKeyPassphrase !== undefined && (!use.privateKey || privateKey === undefined)) {
    throw new CredentialFormatError(
      'privateKeyPassphrase',
      use.privateKey
        ? 'decrypts an encrypted PEM privateKey, and no privateKey was given'
        : use.account
          ? `decrypts a PEM private key, which ${exchange} does not use; the account passphrase is \`passphrase\``
          : `decrypts a PEM private key, which ${exchange} does not use`,
      {
        exchange,
        hint: use.account
          ? 'Pass the passphrase chosen when the key was created as `passphrase`.'
          : 'Remove `privateKeyPassphrase`.',
      },
    )
  }
}
