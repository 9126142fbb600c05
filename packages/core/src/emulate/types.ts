import type {
  ExchangeDefinition,
  ExchangeDiagnosis,
  ExchangeExamples,
  ExchangeVerification,
  WireResponse,
} from '../exchange/types'
import type { RateBan, RateBucket, RateLimits } from '../rate/types'
import type { HttpMethod } from '../request/types'

/** An order as an emulated exchange keeps it. */
export type EmulationOrder = {
  /** The exchange's order id (generated). */
  id: string
  /** The caller's client order id, or the one the exchange generated; undefined where neither exists. */
  clientOrderId: string | undefined
  /** True when the caller chose `clientOrderId` (only those are checked for duplicates). */
  clientOrderIdGiven: boolean
  symbol: string
  side: 'buy' | 'sell'
  type: 'limit' | 'market'
  /** Quantity as the request wrote it. */
  quantity: string
  /** Limit price as the request wrote it. */
  price: string | undefined
  status: 'open' | 'filled' | 'canceled'
  /** Average fill price (market orders fill at once). */
  fillPrice: string | undefined
  /** Epoch ms of creation and of the last change, on the exchange's clock. */
  createdAt: number
  updatedAt: number
  /** Every parameter of the placing request, as text (for fields an answer echoes). */
  params: Readonly<Record<string, string>>
}

/** A balance as an emulated exchange keeps it (decimal strings). */
export type EmulationBalance = { asset: string; free: string; locked: string }

/** Why the emulated exchange refuses an order request; each emulation answers it with the exchange's own error. */
export type EmulationFailure = {
  failure: 'order-not-found' | 'duplicate-order' | 'insufficient-balance' | 'bad-parameter'
  /** The parameter at fault (`bad-parameter`). */
  param?: string | undefined
}

/** A request as a route reads it. */
export type EmulationRequest = {
  /** Every parameter (query, form and top-level JSON fields) as text. */
  params: Readonly<Record<string, string>>
  /** Values of the route's `{name}` path segments, decoded. */
  pathParams: Readonly<Record<string, string>>
  /** The exchange's clock, epoch ms. */
  serverTime: number
  /** The request's path, for answers that differ by product on one exchange (Binance USDⓈ-M's error codes). */
  path?: string | undefined
  /** The objects of a JSON array body (a batch endpoint's orders), each field as text; absent otherwise. */
  items?: readonly Readonly<Record<string, string>>[] | undefined
}

/** A new order a place route read from its request. */
export type EmulationNewOrder = {
  symbol: string
  side: 'buy' | 'sell'
  type: 'limit' | 'market'
  quantity: string
  price?: string | undefined
  /** A market buy sized in the quote asset (Gate.io's market buy `amount`); `quantity` is then the base it buys. */
  quoteQuantity?: string | undefined
  clientOrderId?: string | undefined
}

/** Which order a query or cancel route names: by the exchange's id, the client id, or both. */
export type EmulationOrderRef = {
  id?: string | undefined
  clientOrderId?: string | undefined
  symbol?: string | undefined
}

type Route<A extends string, R, T> = {
  action: A
  method: HttpMethod
  /** Path as the exchange documents it; `{name}` stands for one path segment (KuCoin's `/api/v1/orders/{orderId}`). */
  path: string
  /**
   * The ledger the route acts on, where one exchange keeps several apart under one key (Binance spot and USDⓈ-M
   * futures: orders and balances of one are not the other's); routes without one share the exchange's book.
   */
  book?: string | undefined
  /** Whether this route takes the request, when several share a method and path (Bybit's `/v5/order/realtime`). */
  accepts?(params: Readonly<Record<string, string>>): boolean
  /** Reads the request, or refuses it (`bad-parameter`). */
  read(request: EmulationRequest): R | EmulationFailure
  /** The exchange's success answer. */
  answer(result: T, request: EmulationRequest): WireResponse
}

/** One endpoint the emulated exchange serves, by what it does. */
export type EmulationRoute =
  | Route<'time', Record<string, never>, number>
  | Route<'balances', Record<string, never>, readonly EmulationBalance[]>
  | Route<'place', EmulationNewOrder, EmulationOrder>
  // One result per item of `request.items`, in order: the order placed, or why that item was refused.
  | Route<
      'place-batch',
      readonly (EmulationNewOrder | EmulationFailure)[],
      readonly (EmulationOrder | EmulationFailure)[]
    >
  | Route<'query', EmulationOrderRef, EmulationOrder>
  | Route<'cancel', EmulationOrderRef, EmulationOrder>
  | Route<'open-orders', { symbol?: string | undefined }, readonly EmulationOrder[]>
  | Route<'cancel-all', { symbol?: string | undefined }, readonly EmulationOrder[]>

/** What a route does. */
export type EmulationAction = EmulationRoute['action']

/**
 * How an exchange is emulated: its verifier, diagnosis, example requests, routes and answers, the ids it generates
 * and its rate limits. Exchange packages export one from an `./emulate` subpath; `@signet/emulator` runs it.
 */
export type Emulation = {
  definition: ExchangeDefinition
  /** The exchange's server-side check: every request the emulator serves passes it first. */
  verification: ExchangeVerification
  /** How the inspector explains a refused signature. */
  diagnosis: ExchangeDiagnosis
  /** Requests that exercise the exchange (`signet demo`, the conformance kit); routes are declared in `routes`. */
  examples: ExchangeExamples
  routes: readonly EmulationRoute[]
  rateLimits: RateLimits
  /**
   * Starting balances of every account, by asset, where the emulator's default (USDT, BTC, ETH) does not fit the
   * exchange (Hyperliquid margins in USDC); the emulator's `balances` option still wins.
   */
  balances?: Readonly<Record<string, number>> | undefined
  /** Base and quote asset of a symbol, or undefined for a symbol the exchange does not list. */
  assets(symbol: string): readonly [base: string, quote: string] | undefined
  /** The exchange's id for the `sequence`-th order (from 1). */
  orderId(sequence: number): string
  /** A client id the exchange makes up when the caller sends none (Binance); undefined where it makes none. */
  defaultClientOrderId?(sequence: number): string
  /**
   * Among which orders a caller's client id must be unique (`none`: the exchange accepts repeats; `existing`: a
   * repeat creates nothing and is answered with the order that has the id, as Coinbase does).
   */
  uniqueClientIds: 'open' | 'all' | 'none' | 'existing'
  /** The actions that can name an order by the caller's client id; undefined means both (Coinbase: neither). */
  byClientOrderId?: readonly ('query' | 'cancel')[]
  /** The exchange's error answer for a refused order request on a route. */
  failure(failure: EmulationFailure, action: EmulationAction, request: EmulationRequest): WireResponse
  /** The exchange's answer when a rate-limit bucket or a ban rejects a request. */
  rateLimited(
    rule: RateBucket | RateBan,
    limit: number,
    request: EmulationRequest,
    retryAfterMs: number,
  ): WireResponse
}
