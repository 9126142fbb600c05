import type {
  Clock,
  ClockStatus,
  EnvironmentOf,
  ExchangeDefinition,
  HttpMethod,
  JsonBody,
  NonceOrder,
  NonceSource,
  Params,
  ProductOf,
  RateBudget,
  RequestIntent,
  SecurityLevel,
  Signer,
  SignerOf,
  SignOptions,
} from '@signet/core'

/** What the client reports to hooks; URLs and headers are always redacted. */
export type ClientEvent =
  | { type: 'request'; attempt: number; method: HttpMethod; url: string; headers: Record<string, string> }
  | { type: 'response'; attempt: number; method: HttpMethod; url: string; status: number; durationMs: number }
  | {
      type: 'retry'
      attempt: number
      method: HttpMethod
      url: string
      reason: 'timestamp' | 'nonce' | 'network' | 'server-error'
    }
  | { type: 'resync'; reason: 'unsynced' | 'stale' | 'uncertain' | 'timestamp-rejected'; status: ClockStatus }

/** Observability hooks; every payload is redacted. */
export type ClientHooks = {
  onRequest?: (event: Extract<ClientEvent, { type: 'request' }>) => void
  onResponse?: (event: Extract<ClientEvent, { type: 'response' }>) => void
  onRetry?: (event: Extract<ClientEvent, { type: 'retry' }>) => void
  onResync?: (event: Extract<ClientEvent, { type: 'resync' }>) => void
}

/** The product a client of `definition` uses when it names none: the definition's `defaultProduct`. */
export type DefaultProductOf<definition extends ExchangeDefinition> = Extract<
  definition['defaultProduct'],
  ProductOf<definition>
>

/** Options of `createClient`, typed from the exchange definition (its products, environments and signer). */
export type CreateClientOptions<
  definition extends ExchangeDefinition = ExchangeDefinition,
  product extends ProductOf<definition> = DefaultProductOf<definition>,
> = {
  exchange: definition
  /** Signs requests; a signer of another exchange does not compile. Not needed for public requests only. */
  signer?: Signer<SignOptions, definition['id']> | undefined
  /** Product whose hosts and server-time endpoint are used. @default exchange.defaultProduct */
  product?: product | undefined
  /** Host entry of the product (`live`, `testnet`, `demo`, a region). @default 'live' */
  environment?: EnvironmentOf<definition, product> | undefined
  /** Base URL overriding the product's host (proxies, regional hosts, the emulator). */
  baseUrl?: string | undefined
  /** Clock for timestamps. @default a server clock on the exchange's time endpoint */
  clock?: Clock | undefined
  /**
   * Allocates nonces where the exchange's freshness is a nonce (Kraken); processes sharing a key must share one.
   * @default one in-process `createNonceSource` per exchange and API key, shared by this process's clients
   */
  nonceSource?: NonceSource | undefined
  /**
   * Sends signed requests of an increasing-nonce key (Kraken) concurrently instead of one at a time; set it only when
   * the key has a nonce window wide enough for requests that overtake each other. @default false
   */
  concurrentNonces?: boolean | undefined
  /**
   * Orders an increasing-nonce key's signed requests across processes that share the key
   * (`createRedisNonceOrder` from `@signet/redis`); this process's own requests are always ordered.
   */
  nonceOrder?: NonceOrder | undefined
  /**
   * fetch for ky to send with: a test's stand-in, a proxy's, or `globalThis.fetch` for Node's global dispatcher.
   * @default an undici Agent with at most `maxInFlight` keep-alive connections per origin (redirects not followed)
   */
  fetch?: typeof globalThis.fetch | undefined
  /** Timeout of each attempt, in ms. @default 10000 */
  timeoutMs?: number | undefined
  /**
   * How long after its timestamp the exchange may still accept each request, in ms (Binance and Bybit `recvWindow`,
   * OKX `expTime` on orders); an exchange that cannot honour one refuses it with `UnsupportedError` before sending.
   * @default exchange.freshness.defaultWindowMs
   */
  windowMs?: number | undefined
  /** Upper bound on the time from signing to arrival at the exchange, in ms. @default 1000 */
  latencyBudgetMs?: number | undefined
  /**
   * Attempts between signing and their answer at once (its headers, with a `fetch` of your own), and the client's
   * connections per origin; the others wait before they are signed, so a burst never ages a signed timestamp in a
   * connection queue. @default 64
   */
  maxInFlight?: number | undefined
  /** Extra attempts for GET requests after a network error or 5xx; never used for other methods. @default 2 */
  getRetries?: number | undefined
  hooks?: ClientHooks | undefined
  /**
   * Rate budget every attempt reserves its cost in before it is signed (`createRedisBudget` for a fleet); `false`
   * for none. @default an in-process budget on `exchange.rateLimits`
   */
  budget?: RateBudget | false | undefined
}

/**
 * The options an exchange's signer takes beyond core's (OKX `expTime`, Binance `timeUnit`); the client supplies
 * `timestamp`, `windowMs` and `nonce` itself. None for an exchange without any; anything for a definition typed
 * only as `ExchangeDefinition` (its signer checks them).
 */
export type ExchangeSignOptions<definition extends ExchangeDefinition = ExchangeDefinition> =
  string extends definition['id']
    ? Readonly<Record<string, unknown>>
    : OwnSignOptions<Omit<NonNullable<Parameters<SignerOf<definition>['sign']>[1]>, keyof SignOptions>>

type OwnSignOptions<own> = [keyof own] extends [never] ? { readonly [option: string]: never } : own

/** Per-request options. */
export type RequestOptions<definition extends ExchangeDefinition = ExchangeDefinition> = {
  /** How long after its timestamp the exchange may still accept this request, in ms (see the client's `windowMs`). */
  windowMs?: number | undefined
  /** Abort signal. */
  signal?: AbortSignal | undefined
  /** Longest wait for room in the rate budget, in ms; 0 fails fast with `RateLimitError`, before anything is sent. @default Infinity */
  maxWaitMs?: number | undefined
  /** The exchange's own sign options for this request (OKX `expTime`, Binance `timeUnit`), passed to its signer. */
  sign?: ExchangeSignOptions<definition> | undefined
}

/** Options of `client.get`: query parameters, the security level and the per-request options. */
export type GetOptions<definition extends ExchangeDefinition = ExchangeDefinition> =
  RequestOptions<definition> & {
    /** Query parameters, in wire order. */
    params?: Params | undefined
    /** `none`: public; `api-key`: key header only; `signed`: full signature. @default 'signed' */
    security?: SecurityLevel | undefined
  }

/**
 * Options of `client.post/put/delete`: `params` (the query) plus the body where the definition's `bodyParams` says
 * the exchange takes it (`form` for Binance and Kraken, `json` for the others); the other body option does not
 * compile.
 */
export type BodyRequestOptions<definition extends ExchangeDefinition = ExchangeDefinition> =
  GetOptions<definition> &
    ('form' extends definition['bodyParams']
      ? {
          /** Parameters in an `application/x-www-form-urlencoded` body. */
          form?: Params | undefined
        }
      : { form?: never }) &
    ('json' extends definition['bodyParams']
      ? {
          /** JSON body: an object, or an array (OKX batch orders). */
          json?: JsonBody | undefined
        }
      : { json?: never })

/** A client for one exchange, shared by any number of bots. */
export type Client<definition extends ExchangeDefinition = ExchangeDefinition> = {
  readonly exchange: definition
  readonly clock: Clock
  readonly baseUrl: string
  /** Signs (per attempt) and sends `intent`; resolves with the parsed answer, or throws a typed `SignetError`. */
  request<T = unknown>(intent: RequestIntent, options?: RequestOptions<definition>): Promise<T>
  /** GET `path` with `params` as the query. */
  get<T = unknown>(path: string, options?: GetOptions<definition>): Promise<T>
  /** POST `path` with `params` as the query and a `form` or `json` body, as the exchange takes it. */
  post<T = unknown>(path: string, options?: BodyRequestOptions<definition>): Promise<T>
  /** PUT, as `post`. */
  put<T = unknown>(path: string, options?: BodyRequestOptions<definition>): Promise<T>
  /** DELETE, as `post`. */
  delete<T = unknown>(path: string, options?: BodyRequestOptions<definition>): Promise<T>
  /** Fetches the exchange's server time now (public, unsigned), epoch ms. */
  fetchServerTime(): Promise<number>
}
