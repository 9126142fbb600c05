import type { RequestIntent, SignedRequest } from '../request/types'

/**
 * Key types a signer may hold (`secp256k1`: an Ethereum-style wallet key, Hyperliquid; `p256`: an ECDSA P-256 key,
 * Coinbase ES256); `remote` when the key lives elsewhere (KMS, HSM, a signing service).
 */
export type KeyType = 'hmac' | 'ed25519' | 'rsa' | 'secp256k1' | 'p256' | 'remote'

/** Options every signer accepts; exchanges may add their own. */
export type SignOptions = {
  /**
   * Request timestamp, server-aligned epoch milliseconds; wins over the signer's `now`. A fractional value (a server
   * clock's `now()`) is floored to the signer's resolution; 0, seconds and microseconds are refused (`checkTimestamp`).
   */
  timestamp?: number | undefined
  /**
   * How long after its timestamp the exchange may still accept the request, in ms (Binance and Bybit `recvWindow`,
   * OKX `expTime` = timestamp + windowMs on the endpoints that honour it). A signer whose exchange cannot honour a
   * caller-chosen window refuses it with `UnsupportedError`, before anything is sent. @default the exchange's own
   */
  windowMs?: number | undefined
  /**
   * The nonce the runtime allocated for this request (a `NonceSource`), where the exchange's freshness is a nonce
   * (Kraken, Hyperliquid); decimal digits as a string, or a bigint.
   */
  nonce?: string | bigint | undefined
}

/**
 * Options of `signer.signWebSocketAuth`: the same words as `sign` (a number `timestamp`, so a remote signer can
 * carry it; the clock is the signer's `now`); exchanges may add their own (a request id).
 */
export type WebSocketAuthOptions = {
  /** Timestamp of the login, server-aligned epoch ms; wins over the signer's `now`. */
  timestamp?: number | undefined
  /**
   * How long after `timestamp` the exchange may accept the login, in ms (Binance `recvWindow`, Bybit `expires` =
   * timestamp + windowMs); refused with `UnsupportedError` where the exchange fixes it. @default the exchange's own
   */
  windowMs?: number | undefined
}

/**
 * The signing contract: pure given its inputs (same intent, options and key give the same bytes); `exchange` is the
 * exchange id as a literal type where the factory knows it, so a client refuses another exchange's signer at compile time.
 */
export type Signer<
  options extends SignOptions = SignOptions,
  exchange extends string = string,
  webSocketAuth = unknown,
> = {
  /** `local` signers hold a prepared key in this process; `remote` ones delegate and never see a secret. */
  readonly type: 'local' | 'remote'
  /** Exchange id, e.g. `binance`. */
  readonly exchange: exchange
  readonly keyType: KeyType
  /** The public API key identifier (not a secret, but still redacted from logs). */
  readonly apiKey: string
  /**
   * The environment the key was created in, where the exchange tells keys apart by it (OKX `live` or `demo`,
   * Hyperliquid `mainnet` or `testnet`); undefined where it does not, or the signer cannot know.
   */
  readonly keyEnvironment?: string | undefined
  /** Returns the exact wire form of `intent`. */
  sign(intent: RequestIntent, options?: options): Promise<SignedRequest>
  /** Synchronous variant, offered by local signers for hot paths. */
  signSync?: ((intent: RequestIntent, options?: options) => SignedRequest) | undefined
  /**
   * The exchange's private WebSocket login payload, signed with this key (ready for `JSON.stringify`); an exchange
   * without a signed login (a REST token, or none) rejects with `UnsupportedError` saying what to do instead.
   */
  signWebSocketAuth?: ((options?: WebSocketAuthOptions) => Promise<webSocketAuth>) | undefined
}

/**
 * A signer that holds its key in this process: the `Signer` contract with `signSync` required, the synchronous
 * form every local signer offers for hot paths (same bytes as `sign`).
 */
export type LocalSigner<
  options extends SignOptions = SignOptions,
  exchange extends string = string,
  webSocketAuth = unknown,
> = Signer<options, exchange, webSocketAuth> & {
  signSync(intent: RequestIntent, options?: options): SignedRequest
}
