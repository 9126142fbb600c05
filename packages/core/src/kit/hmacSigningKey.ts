import type { KeyObject } from 'node:crypto'
import { CredentialFormatError, type Credentials, parseHmacSecret, revealSecret } from '@signet/core'
import { createHmacKey } from '../crypto/sign'
import { keyEnvironmentOf } from './keyEnvironmentOf'

/** Options of `hmacSigningKey`: how the exchange names its keys and which environments it has. */
export type HmacSigningKeyOptions = {
  /** Exchange id, for errors. */
  exchange: string
  /** What the exchange calls its keys, for the refusal of a private key, e.g. `KuCoin API keys`. */
  keys: string
  /** What to pass instead of a private key, e.g. ``Pass the secret KuCoin issued as `secret`.`` */
  hint: string
  /** Whether the keys have an account passphrase, required with every key. @default false */
  passphrase?: boolean | undefined
  /** The environments the exchange creates keys in. @default ['live'] */
  environments?: readonly string[] | undefined
}

/** What `hmacSigningKey` returns: the checked key material of an HMAC signer. */
export type HmacSigningKey = {
  /** The API key's text, checked (it goes in a header and a Secret would print as "[redacted]"). */
  apiKey: string
  /** The HMAC key of the secret, prepared once. */
  key: KeyObject
  /** The environment the key was created in, when given (`keyEnvironment`, or the deprecated `environment`). */
  environment: string | undefined
}

/**
 * The first step of a signer whose keys sign with an HMAC secret: checks the credentials object, the API key, the
 * secret (a `privateKey` is refused), the account passphrase when the keys have one and the key's environment,
 * each failure a `CredentialFormatError` naming the field and never its value; prepares the key once.
 *
 * @example
 * const { apiKey, key } = hmacSigningKey(credentials, { exchange: 'kucoin', keys: 'KuCoin API keys', hint: 'Pass the secret KuCoin issued as `secret`.', passphrase: true })
 */
export function hmacSigningKey(
  credentials: Partial<Credentials>,
  options: HmacSigningKeyOptions,
): HmacSigningKey {
  const { exchange, passphrase = false, environments = ['live'] } = options
  if (typeof credentials !== 'object' || credentials === null) {
    const fields = passphrase ? 'apiKey, secret and passphrase' : 'apiKey and secret'
    throw new CredentialFormatError('credentials', `expected an object with ${fields}`, { exchange })
  }
  // The API key is not a secret, but it suffers the same copy-and-paste damage: checked, then revealed once.
  const apiKey = revealSecret(parseHmacSecret(credentials.apiKey as string, { field: 'apiKey', exchange }))
  if (credentials.privateKey !== undefined) {
    throw new CredentialFormatError('privateKey', `is not supported: ${options.keys} use an HMAC secret`, {
      exchange,
      hint: options.hint,
    })
  }
  if (credentials.secret === undefined) throw new CredentialFormatError('secret', 'is missing', { exchange })
  if (passphrase && credentials.passphrase === undefined) {
    throw new CredentialFormatError('passphrase', 'is missing', {
      exchange,
      hint: 'Pass the passphrase you chose when you created the key.',
    })
  }
  const environment = keyEnvironmentOf(credentials, exchange)
  if (environment !== undefined && !environments.includes(environment as string)) {
    const names = environments.map((e) => JSON.stringify(e))
    const expected = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
    throw new CredentialFormatError(
      'keyEnvironment',
      `must be ${expected}, received ${JSON.stringify(environment)}`,
      {
        exchange,
      },
    )
  }
  const key = createHmacKey(parseHmacSecret(credentials.secret, { exchange }))
  return { apiKey, key, environment: environment as string | undefined }
}
