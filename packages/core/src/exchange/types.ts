import type { KeyObject } from 'node:crypto'
import type { Freshness } from '../freshness/types'
import type { Secret } from '../keys/secret'
import type { RateLimits } from '../rate/types'
import type { RawRequest, RequestIntent, SecurityLevel } from '../request/types'
import type { Signer } from '../signer/types'

/** The known causes an exchange error is classified into. */
export type ErrorKind =
  | 'invalid-signature'
  | 'timestamp'
  | 'nonce'
  | 'invalid-api-key'
  | 'passphrase'
  | 'permission'
  | 'ip-not-allowed'
  | 'rate-limit'
  | 'other'

/** An exchange's answer as the HTTP layer received it. */
export type ExchangeResponse = {
  status: number
  headers: Readonly<Record<string, string>>
  body: string
  /**
   * The body parsed as JSON by whoever received the answer (undefined when it is not JSON), so classifiers and time
   * readers do not parse it again; absent when nobody parsed it (`answerJson` parses `body` then).
   */
  readonly json?: unknown
}

/** What a classifier learned from an error answer. */
export type ClassifiedError = {
  kind: ErrorKind
  /** The exchange's code, as the exchange wrote it. */
  code: string | number | undefined
  /** The exchange's message, verbatim. */
  message: string
  /** Which cause to check first, in one sentence. */
  hint: string | undefined
  /** Milliseconds to wait, when the exchange said so. */
  retryAfterMs?: number | undefined
  /** Server epoch ms the answer revealed (e.g. Bybit 10002's `server_timestamp[...]`): a free clock sample. */
  serverTime?: number | undefined
  /**
   * True when the answer cannot tell a freshness rejection from other authentication failures and the exchange
   * executed nothing (Coinbase answers a bare 401 for any JWT problem, an expired token included): the client
   * resyncs and retries once, as after a timestamp rejection.
   */
  mayBeFreshness?: boolean | undefined
}

/** Hosts of one product, by environment or region name (`live`, `testnet`, `demo`, `eea`, ...). */
export type ProductDefinition = {
  /** REST base URLs. Must include `live`. */
  rest: Readonly<Record<string, string>> & { readonly live: string }
  /** WebSocket base URLs, by the same names. */
  ws?: Readonly<Record<string, string>> | undefined
  /** The public request that returns the server's time for this product. */
  serverTime: RequestIntent
  /**
   * Base URLs for `serverTime`, by the same names, when the endpoint lives on another product's host (Binance
   * portfolio margin has no time endpoint and uses USDⓈ-M's); the product's `rest` hosts otherwise.
   */
  serverTimeRest?: Readonly<Record<string, string>> | undefined
  /** Granularity of the server-time answer, in ms (1000 where it is whole seconds, as Kraken's). @default 1 */
  serverTimeResolutionMs?: number | undefined
  /**
   * Headers every request to an environment carries, by the same names, outside any signature (OKX `demo`:
   * `x-simulated-trading: 1`); the client adds them for the environment it was created with.
   */
  headers?: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined
  /**
   * The key environment (a signer's `keyEnvironment`) each environment's hosts accept, by the same names, where keys
   * belong to one (OKX `demo` keys only in demo trading, Hyperliquid `testnet` keys only on testnet); a client refuses
   * a signer of another before anything is sent. Absent: any key.
   */
  keyEnvironments?: Readonly<Record<string, string>> | undefined
}

/** Credentials in the shape every exchange factory understands; exchanges read what applies to them. */
export type Credentials = {
  apiKey: string
  /** HMAC secret. */
  secret?: string | Secret | undefined
  /** PEM/DER private key (RSA or Ed25519) where the exchange supports one. */
  privateKey?: string | Uint8Array | KeyObject | Secret | undefined
  /** The account passphrase chosen when the key was created (OKX, KuCoin); sent with every request. */
  passphrase?: string | Secret | undefined
  /** The passphrase that decrypts an encrypted PEM `privateKey` (Binance, Bybit); never sent. */
  privateKeyPassphrase?: string | Secret | undefined
  /**
   * The environment the key was created in, where it changes signing (OKX `demo` adds `x-simulated-trading: 1`,
   * Hyperliquid `testnet` signs for that chain); not the client's `environment`, which picks hosts. @default 'live'
   */
  keyEnvironment?: string | undefined
  /** @deprecated Use `keyEnvironment` (the key's) — the client's `environment` picks hosts. */
  environment?: string | undefined
}

/** A key as a verifier (the exchange's server side) stores it. */
export type VerifierKey = {
  apiKey: string
  /** HMAC secret. */
  secret?: string | undefined
  /** RSA or Ed25519 public key (PEM or KeyObject). */
  publicKey?: string | KeyObject | undefined
  /** Account passphrase, where the exchange has one. */
  passphrase?: string | undefined
  /** Environment the key was created in (`live`, `demo`, `testnet`). @default 'live' */
  keyEnvironment?: string | undefined
  /** @deprecated Use `keyEnvironment`. */
  environment?: string | undefined
  /** Permissions; `trade` is needed for order endpoints. @default ['read', 'trade'] */
  permissions?: readonly ('read' | 'trade')[] | undefined
}

/** Options every verifier factory takes. */
export type VerifierOptions = {
  keys: readonly VerifierKey[]
  /** The server's clock, epoch ms. */
  now: () => number
  /** The environment this server is (`live`, `demo`, ...): keys of another environment are refused. @default 'live' */
  serverEnvironment?: string | undefined
  /** @deprecated Use `serverEnvironment`: the client's `environment` picks hosts, a key's is `keyEnvironment`. */
  environment?: string | undefined
  /**
   * Paths the server serves; when given, any other path is answered with the exchange's "not found" error. An
   * entry ending in `*` matches any path that starts with the text before it (ids in paths, e.g. KuCoin's
   * `/api/v1/order/client-order/*`).
   */
  paths?: readonly string[] | undefined
}

/** An HTTP answer as the exchange would write it. */
export type WireResponse = { status: number; headers: Record<string, string>; body: string }

/** The outcome of verifying one raw request. */
export type VerifyResult =
  | {
      ok: true
      apiKey: string
      method: string
      path: string
      /** Every request parameter (query, form and top-level JSON fields) as text. */
      params: Record<string, string>
    }
  | {
      ok: false
      kind: ErrorKind | 'not-found' | 'bad-request'
      code: string | number
      response: WireResponse
    }

/** The exchange's server-side authentication check, for emulators and tests. */
export type Verifier = {
  readonly exchange: string
  /** Checks a request the way the exchange does, over exactly the received bytes. */
  verify(request: RawRequest, security?: SecurityLevel): VerifyResult
  /** Answers the exchange would give. */
  respond: {
    serverTime(serverTime: number): WireResponse
    ok(data: unknown): WireResponse
    error(
      kind: 'not-found' | 'duplicate-order' | 'order-not-found' | 'internal',
      message?: string,
    ): WireResponse
  }
}

/** Requests the emulator and `signet demo` use to exercise an exchange. */
export type ExchangeExamples = {
  /** A signed read-only request (account or balance). */
  account: RequestIntent
  /** A signed order placement carrying `clientOrderId`. */
  placeOrder(clientOrderId: string): RequestIntent
  /** A signed cancellation of the order with `clientOrderId`. */
  cancelOrder(clientOrderId: string): RequestIntent
}

/** One way a bot's own code may have built the signed text, with the signature that way gives. */
export type SignatureVariant = {
  /** Stable id, e.g. `correct`, `unencoded-query`, `json-spacing`, `secret-trailing-newline`. */
  id: string
  /** One sentence a user understands: what their code did differently. */
  description: string
  /** The text signed this way (no secret in it). */
  signedText: string
  /** The signature this way produces (for token schemes, a whole sample token made this way). */
  signature: string
  /**
   * Recognises a user's signature (or token) made this way when equal text cannot: randomised signatures (ES256)
   * or a random nonce inside a signed token. `signet explain` uses it instead of comparing with `signature`.
   */
  matches?: ((signature: string) => boolean) | undefined
}

/** Inputs of `ExchangeDiagnosis.signatureVariants`. */
export type SignatureVariantsInput = {
  credentials: Credentials
  intent: RequestIntent
  /** Epoch ms the user's code signed with. */
  timestamp: number
  windowMs?: number | undefined
  /** The nonce the user's code signed with, where the exchange's freshness is a nonce. @default the timestamp */
  nonce?: string | bigint | undefined
}

/** A key made up for tests and the emulator (never a real one): what a signer takes and what the verifier stores. */
export type TestKey = {
  credentials: Credentials
  verifierKey: VerifierKey
  /** Values that must never appear in any output: the secret, private key and passphrase as text. */
  secrets: readonly string[]
}

/**
 * The exchange's server-side check as an optional capability, exported from an exchange package's `./verify`
 * subpath (never referenced by its definition, so bots do not bundle it): the emulator, the CLI and tests use it.
 */
export type ExchangeVerification = {
  /** Makes a verifier that checks requests the way the exchange's server does. */
  createVerifier(options: VerifierOptions): Verifier
  /**
   * Makes a key for tests and the emulator, where the exchange's keys are not an HMAC secret (EC or wallet keys);
   * without it, `testKeyFor` (`@signet/core/kit`) makes an HMAC secret, with a passphrase when the signer asks.
   */
  testKey?(): TestKey
}

/**
 * How a refused signature is diagnosed, as an optional capability exported from an exchange package's `./diagnose`
 * subpath: `signet explain` and the emulator's inspector use it.
 */
export type ExchangeDiagnosis = {
  /** The exact text the signature of a wire request covers, recomputed from the request as received. */
  stringToSign(request: RawRequest): string
  /**
   * The known wrong ways to sign `intent` (wrong order, encoding, JSON spacing, number format, damaged secret,
   * wrong timestamp unit, ...) plus the `correct` one first; `signet explain` matches a user's signature against them.
   */
  signatureVariants(input: SignatureVariantsInput): SignatureVariant[]
}

/**
 * What a bot needs to know about one exchange, as data plus factories: identity, hosts, freshness, body placement,
 * server time, error classification, signer factory and rate limits. The verifier, the diagnosis and the examples
 * are optional capabilities on the exchange package's subpaths (`ExchangeVerification`, `ExchangeDiagnosis`,
 * `Emulation`), so a bot bundles none of them. Build one with `defineExchange`.
 */
export type ExchangeDefinition = {
  /** Lowercase id, e.g. `binance`. */
  id: string
  /** Display name. */
  name: string
  products: Readonly<Record<string, ProductDefinition>>
  defaultProduct: string
  /** How the exchange keeps requests fresh (a timestamp in a window, a nonce per key, a token), as data. */
  freshness: Freshness
  /** Where client helpers put params of non-GET requests. */
  bodyParams: 'query' | 'form' | 'json'
  /** Reads the server time (epoch ms) from the server-time response body. */
  parseServerTime(body: unknown): number
  /** Classifies an answer: undefined when it is a success. */
  classifyError(response: ExchangeResponse): ClassifiedError | undefined
  /** Reads a server time that an ordinary response carries (a header or field), for passive clock samples. */
  serverTimeFromResponse?(response: ExchangeResponse): number | undefined
  createSigner(credentials: Credentials): Signer
  /** The request parameter that carries the client order id (`newClientOrderId`, `clOrdId`), named in hints. */
  clientOrderIdParam: string
  /**
   * Request parameters the signer adds itself (Binance `timestamp`, `recvWindow`, `signature`): the CLI drops them from
   * a pasted request before signing it again. @default []
   */
  signingParams?: readonly string[] | undefined
  /** The exchange's rate limits as data: the client's default in-process budget reserves against them. */
  rateLimits?: RateLimits | undefined
}
