import type { RequestIntent, SignedRequest } from '../request/types'
import type { KeyType, Signer, SignOptions } from './types'

/** What `toSigner` needs from a custom or remote signer. */
export type CustomSigner<options extends SignOptions = SignOptions, exchange extends string = string> = {
  exchange: exchange
  apiKey: string
  keyType?: KeyType | undefined
  type?: 'local' | 'remote' | undefined
  sign(intent: RequestIntent, options?: options): Promise<SignedRequest>
  signSync?: ((intent: RequestIntent, options?: options) => SignedRequest) | undefined
}

/**
 * Checks a custom signer (for example one that asks a KMS or a separate signing process) and returns a frozen
 * `Signer`; remote signers default to `type: 'remote'` and `keyType: 'remote'`.
 *
 * @example
 * const signer = toSigner({ exchange: 'binance', apiKey, sign: (intent, o) => signingService.sign(intent, o) })
 */
export function toSigner<options extends SignOptions = SignOptions, const exchange extends string = string>(
  custom: CustomSigner<options, exchange>,
): Signer<options, exchange> {
  if (!custom || typeof custom.sign !== 'function') throw new TypeError('toSigner: `sign` must be a function')
  if (typeof custom.exchange !== 'string' || custom.exchange === '') {
    throw new TypeError('toSigner: `exchange` must be a non-empty exchange id')
  }
  if (typeof custom.apiKey !== 'string') throw new TypeError('toSigner: `apiKey` must be a string')
  const sign = custom.sign
  const signer: Signer<options, exchange> = {
    type: custom.type ?? 'remote',
    exchange: custom.exchange,
    keyType: custom.keyType ?? 'remote',
    apiKey: custom.apiKey,
    sign: (intent, options) => sign(intent, options),
    signSync: custom.signSync,
  }
  return Object.freeze(signer)
}
