import { InvalidParameterError } from '../errors/input'
import type { RequestIntent, SignedRequest } from '../request/types'
import { noWebSocketAuth } from './noWebSocketAuth'
import type { KeyType, Signer, SignOptions, WebSocketAuthOptions } from './types'

/** What `toSigner` needs from a custom or remote signer. */
export type CustomSigner<
  options extends SignOptions = SignOptions,
  exchange extends string = string,
  webSocketAuth = unknown,
> = {
  exchange: exchange
  apiKey: string
  keyType?: KeyType | undefined
  /** The environment the key was created in, where the exchange tells keys apart by it (OKX `demo`). */
  keyEnvironment?: string | undefined
  type?: 'local' | 'remote' | undefined
  sign(intent: RequestIntent, options?: options): Promise<SignedRequest>
  signSync?: ((intent: RequestIntent, options?: options) => SignedRequest) | undefined
  /** The exchange's WebSocket login payload; without it, `signWebSocketAuth` rejects with `UnsupportedError`. */
  signWebSocketAuth?: ((options?: WebSocketAuthOptions) => Promise<webSocketAuth>) | undefined
}

/**
 * Checks a custom signer (for example one that asks a KMS or a separate signing process) and returns a frozen
 * `Signer`; remote signers default to `type: 'remote'` and `keyType: 'remote'`.
 *
 * @example
 * const signer = toSigner({ exchange: 'binance', apiKey, sign: (intent, o) => signingService.sign(intent, o) })
 */
export function toSigner<
  options extends SignOptions = SignOptions,
  const exchange extends string = string,
  webSocketAuth = unknown,
>(custom: CustomSigner<options, exchange, webSocketAuth>): Signer<options, exchange, webSocketAuth> {
  const kindOf = (value: unknown) => (value === '' ? 'an empty string' : typeof value)
  if (!custom || typeof custom.sign !== 'function') {
    throw new InvalidParameterError(
      'sign',
      'a function (intent, options) => Promise<SignedRequest>',
      kindOf(custom?.sign),
      {
        hint: 'toSigner wraps a custom or remote signer: pass an object with exchange, apiKey and sign.',
      },
    )
  }
  if (typeof custom.exchange !== 'string' || custom.exchange === '') {
    throw new InvalidParameterError(
      'exchange',
      "a non-empty exchange id such as 'binance'",
      kindOf(custom.exchange),
    )
  }
  if (typeof custom.apiKey !== 'string') {
    throw new InvalidParameterError('apiKey', "the key's public API key as a string", kindOf(custom.apiKey))
  }
  const { keyEnvironment } = custom
  if (keyEnvironment !== undefined && (typeof keyEnvironment !== 'string' || keyEnvironment === '')) {
    throw new InvalidParameterError(
      'keyEnvironment',
      "the environment the key was created in, e.g. 'demo'",
      kindOf(keyEnvironment),
      { hint: 'Leave keyEnvironment out where the exchange does not tell keys apart by environment.' },
    )
  }
  const sign = custom.sign
  const signer: Signer<options, exchange, webSocketAuth> = {
    type: custom.type ?? 'remote',
    exchange: custom.exchange,
    keyType: custom.keyType ?? 'remote',
    apiKey: custom.apiKey,
    ...(keyEnvironment !== undefined ? { keyEnvironment } : {}),
    sign: (intent, options) => sign(intent, options),
    signSync: custom.signSync,
    // Every signer has the method, so a bot can call it on any signer and learn by a typed error when it cannot.
    signWebSocketAuth:
      custom.signWebSocketAuth ??
      noWebSocketAuth(
        custom.exchange,
        'this signer was made without a WebSocket login',
        'Pass signWebSocketAuth to toSigner, or use the exchange factory (createXSigner), which has one.',
      ),
  }
  return Object.freeze(signer)
}
