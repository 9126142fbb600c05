/** HTTP methods exchanges use for their REST APIs. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'

/** A flat parameter value; `undefined` means "leave the parameter out". */
export type ParamValue = string | number | boolean | bigint | undefined

/** Flat, ordered request parameters: insertion order is wire order. */
export type Params = Readonly<Record<string, ParamValue>>

/** A JSON value a body may carry; numbers follow the same rule as params (see `formatScalar`). */
export type JsonValue =
  | string
  | number
  | boolean
  | bigint
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined }

/**
 * A request body: a JSON object or array Signet serialises once, or JSON text you already serialised
 * (sent and signed byte for byte).
 */
export type JsonBody = { readonly [key: string]: JsonValue | undefined } | readonly JsonValue[] | string

/** How much authentication an endpoint needs. */
export type SecurityLevel = 'none' | 'api-key' | 'signed'

/** What a bot wants to send, before any exchange rule is applied. */
export type RequestIntent = {
  method: HttpMethod
  /** Path without host or query, starting with `/`, e.g. `/api/v3/order`. */
  path: string
  /** Query parameters, in wire order. */
  params?: Params | undefined
  /** Parameters sent in an `application/x-www-form-urlencoded` body (exchanges that take forms, e.g. Binance). */
  form?: Params | undefined
  /** JSON body (exchanges that take JSON, e.g. Bybit, OKX). */
  body?: JsonBody | undefined
  /** `none`: public; `api-key`: key header only; `signed`: full signature. */
  security: SecurityLevel
}

/** The exact wire form of a request: the HTTP layer sends these strings verbatim and never re-encodes them. */
export type SignedRequest = {
  method: HttpMethod
  /** Path plus query string, byte-exact as signed, e.g. `/api/v3/order?symbol=BTCUSDT&...`. */
  url: string
  headers: Readonly<Record<string, string>>
  /** Body text, byte-exact as signed; absent when no body is sent. */
  body?: string | undefined
}

/** A request as a server receives it: what verifiers check. */
export type RawRequest = {
  method: string
  /** Path plus query as received (no host). */
  url: string
  /** Header names in any case. */
  headers: Readonly<Record<string, string | undefined>>
  /** Body text as received ('' when none). */
  body: string
}
