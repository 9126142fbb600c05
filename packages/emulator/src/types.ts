import type { Emulation, EmulationAction, VerifierKey } from '@signet/core'

/**
 * What a fault does. `5xx`: a 503 with a text body; `maintenance`: a 503 maintenance page; `html`: a 502 HTML page
 * from a gateway; `waf`: a 403 page from a web application firewall that echoes the request (URL and headers,
 * signature included); `drop`: the connection is destroyed; `reset`: the headers and half the body are sent, then
 * the connection is reset; `slow`: the answer waits `delayMs`; `slow-body`: half the body is sent, the rest after
 * `delayMs`; `rate-limit`: the exchange's own rate-limit answer (first bucket), with its headers; `ban`: the
 * exchange's ban answer (or its rate-limit answer where it has no bans); `time-garbage`: the time endpoint answers
 * 200 with a body that is not a time; `time-offset`: the time endpoint's answer is `offsetMs` off.
 */
export type FaultKind =
  | '5xx'
  | 'maintenance'
  | 'html'
  | 'waf'
  | 'drop'
  | 'reset'
  | 'slow'
  | 'slow-body'
  | 'rate-limit'
  | 'ban'
  | 'time-garbage'
  | 'time-offset'

/** A fault the emulator injects into matching requests. */
export type Fault = {
  kind: FaultKind
  /** `before`: the request is not processed; `after`: it is processed (an order is placed) and then the answer fails. @default 'before' */
  phase?: 'before' | 'after'
  /** Only requests of this exchange. */
  exchange?: string
  /** Only requests to routes doing this (`time`, `place`, ...); `time-*` faults only ever match `time`. */
  action?: EmulationAction
  /** Only requests with this method. */
  method?: string
  /** Only requests whose path (without the exchange prefix) equals this. */
  path?: string
  /** How many matching requests it affects. @default Infinity */
  times?: number
  /** Delay for `slow` and `slow-body`, in ms. @default 2000 */
  delayMs?: number
  /** How far off `time-offset` answers, in ms. @default 3600000 (an hour ahead) */
  offsetMs?: number
}

/** One-way latency of the emulated network, in ms. */
export type Latency = number | { up: number; down: number }

/** Settings that can change while the emulator runs. */
export type EmulatorSettings = {
  /** Server clock minus local clock, in ms; one number for all exchanges or one per exchange id. @default 0 */
  clockSkewMs?: number | Readonly<Record<string, number>>
  /** One-way latency added to every request and answer, in ms. @default 0 */
  latencyMs?: Latency
  /** Extra random delay in [0, jitterMs] added on each way, in ms. @default 0 */
  jitterMs?: number
  /** Faults to inject, matched in order. */
  faults?: readonly Fault[]
}

/** Options of `startEmulator`. */
export type StartEmulatorOptions = EmulatorSettings & {
  /**
   * Exchanges to serve, each an exchange package's emulation (`import { binanceEmulation } from '@signet/binance/emulate'`):
   * its verifier checks every request, its declared routes serve the order lifecycle with the exchange's answers and
   * rate limits.
   */
  exchanges: readonly Emulation[]
  /** Keys each exchange knows, by exchange id (register more later with `addKey`). */
  keys?: Readonly<Record<string, readonly VerifierKey[]>>
  /** The environment each emulated exchange's server is (`live`, `demo`), by exchange id; keys of another are refused. @default 'live' */
  serverEnvironment?: Readonly<Record<string, string>>
  /** @deprecated Use `serverEnvironment` (the client's `environment` picks hosts, a key's is `keyEnvironment`). */
  environment?: Readonly<Record<string, string>>
  /** TCP port on 127.0.0.1; 0 picks a free one. @default 0 */
  port?: number
  /** Random source for jitter (inject for reproducible runs). @default Math.random */
  random?: () => number
  /** Multiplies every rate limit (e.g. 0.01 for short tests; rounded up, at least 1). @default 1 */
  rateLimitScale?: number
  /** Multiplies every rate-limit window and ban duration (e.g. 1/60 makes Binance's minute a second). @default 1 */
  rateLimitWindowScale?: number
  /** Turns the exchanges' rate limits off. @default true */
  rateLimits?: boolean
  /** Requests sent during a back-off (before a 429's reset) that earn a ban, where the exchange bans. @default 3 */
  banAfter?: number
  /** Starting balances of every account, by asset. @default the emulation's own `balances`, else { USDT: 1000000, BTC: 100, ETH: 1000 } */
  balances?: Readonly<Record<string, number>>
  /** Fill price of market orders: one for every symbol, or per symbol. @default 30000 */
  marketPrice?: number | Readonly<Record<string, number>>
  /**
   * Serves the request inspector at `inspectorUrl` (`/_signet/`): a page showing every request live (received bytes
   * with signatures shortened and no secret, the string the exchange signs, the verdict and, for a refused signature,
   * the diagnosis), clocks, rate-limit usage, bans and fault switches. @default false
   */
  inspector?: boolean
}

/** An order the emulator accepted. */
export type EmulatedOrder = {
  exchange: string
  /** The exchange's order id. */
  id: string
  /** The client order id ('' when the order has none). */
  clientOrderId: string
  params: Record<string, string>
  status: 'open' | 'filled' | 'canceled'
  /** Order of acceptance across the whole emulator, from 1. */
  sequence: number
}

/** A request the emulator answered. */
export type EmulatedRequest = {
  exchange: string
  method: string
  path: string
  status: number
  /** Exchange error code when the request was rejected. */
  code?: string | number | undefined
  /** Server time when the request was handled, epoch ms. */
  serverTime: number
}

/** A running emulator. */
export type Emulator = {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  /** Base URL to give a client for one exchange: `http://127.0.0.1:<port>/<id>`. */
  baseUrl(exchangeId: string): string
  /** Changes skew, latency, jitter or faults while running. */
  set(settings: EmulatorSettings): void
  /** Steps an exchange's clock (or all clocks) by `ms` at once. */
  jumpClock(ms: number, exchangeId?: string): void
  /** The emulated server time of an exchange now, epoch ms. */
  serverTime(exchangeId: string): number
  addKey(exchangeId: string, key: VerifierKey): void
  orders(exchangeId?: string): EmulatedOrder[]
  requests(): EmulatedRequest[]
  /** The inspector page's URL, when started with `inspector: true`. */
  inspectorUrl: string | undefined
  stop(): Promise<void>
}
