import type { ExchangeDefinition, VerifierKey } from '@signet/core'

/** A fault the emulator injects into matching requests. */
export type Fault = {
  /** `5xx`: a 503 JSON-less answer; `html`: a 502 HTML error page (a proxy or WAF); `drop`: the connection is destroyed; `slow`: the answer is delayed by `delayMs`. */
  kind: '5xx' | 'html' | 'drop' | 'slow'
  /** `before`: the request is not processed; `after`: it is processed (an order is placed) and then the answer fails. @default 'before' */
  phase?: 'before' | 'after'
  /** Only requests of this exchange. */
  exchange?: string
  /** Only requests with this method. */
  method?: string
  /** Only requests whose path (without the exchange prefix) equals this. */
  path?: string
  /** How many matching requests it affects. @default Infinity */
  times?: number
  /** Delay for `slow`, in ms. @default 2000 */
  delayMs?: number
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
  exchanges: readonly ExchangeDefinition[]
  /** Keys each exchange knows, by exchange id (register more later with `addKey`). */
  keys?: Readonly<Record<string, readonly VerifierKey[]>>
  /** Environment each emulated exchange is (`live`, `demo`), by exchange id. @default 'live' */
  environment?: Readonly<Record<string, string>>
  /** TCP port on 127.0.0.1; 0 picks a free one. @default 0 */
  port?: number
  /** Random source for jitter (inject for reproducible runs). @default Math.random */
  random?: () => number
}

/** An order the emulator accepted. */
export type EmulatedOrder = {
  exchange: string
  clientOrderId: string
  params: Record<string, string>
  status: 'open' | 'canceled'
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
  stop(): Promise<void>
}
