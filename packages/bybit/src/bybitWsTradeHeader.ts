import { checkTimestamp, InvalidParameterError } from '@signet/core'
import { checkRecvWindow } from './_checkOptions'

/** Options of `bybitWsTradeHeader`. */
export type BybitWsTradeHeaderOptions = {
  /** Server-aligned epoch ms of this request. */
  timestamp: number
  /** How long after `timestamp` Bybit may accept the request, in ms (the REST rule, spec §4). @default 5000 */
  windowMs?: number | undefined
  /** Broker id, for broker accounts only. */
  referer?: string | undefined
}

/** The `header` object of a WebSocket order-entry request. */
export type BybitWsTradeHeader = {
  'X-BAPI-TIMESTAMP': string
  'X-BAPI-RECV-WINDOW': string
  Referer?: string
}

/**
 * Builds the per-request `header` of a Bybit WebSocket order-entry message (`/v5/trade`): there is no
 * per-request signature, but the timestamp must satisfy the REST window rule (spec bybit.md §7, [WSTRADE]).
 *
 * @example
 * ws.send(JSON.stringify({ reqId: 'o1', header: bybitWsTradeHeader({ timestamp: clock.now() }), op: 'order.create', args: [order] }))
 */
export function bybitWsTradeHeader(options: BybitWsTradeHeaderOptions): BybitWsTradeHeader {
  // Core's clock/signer contract (spec bybit.md §4: Bybit wants ms; seconds, µs and 0 are refused by name).
  const timestamp = checkTimestamp(options.timestamp)
  const recvWindow = checkRecvWindow(options.windowMs, 'windowMs')
  const header: BybitWsTradeHeader = {
    'X-BAPI-TIMESTAMP': String(timestamp),
    'X-BAPI-RECV-WINDOW': String(recvWindow),
  }
  if (options.referer !== undefined) {
    if (typeof options.referer !== 'string' || !/^[\x21-\x7e]+$/.test(options.referer)) {
      throw new InvalidParameterError('referer', 'a printable ASCII broker id', 'another value')
    }
    header.Referer = options.referer
  }
  return header
}
