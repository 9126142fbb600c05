import type { PATHS } from './payloads'

/** Exchanges of the full-path benchmark (HMAC keys). */
export type Exchange = keyof typeof PATHS

/** Server-time endpoints (spec binance.md §5, bybit.md §5, okx.md §5). */
export const TIME_PATHS: Record<Exchange, string> = {
  binance: '/api/v3/time',
  bybit: '/v5/market/time',
  okx: '/api/v5/public/time',
}

/** Host every library is pointed at; the network is replaced, so nothing leaves the process. */
export const BASE_URLS: Record<Exchange, string> = {
  binance: 'https://api.binance.com',
  bybit: 'https://api.bybit.com',
  okx: 'https://www.okx.com',
}

/** The exchange's success answer to the order request, shaped like its documented example, stamped `now`. */
export function cannedOrder(exchange: Exchange, now: number): string {
  switch (exchange) {
    case 'binance':
      return `{"symbol":"BTCUSDT","orderId":28,"orderListId":-1,"clientOrderId":"x-U5D79M5Bbenchorder000001","transactTime":${now}}`
    case 'bybit':
      return `{"retCode":0,"retMsg":"OK","result":{"orderId":"1321003749386327552","orderLinkId":"benchorder000001"},"retExtInfo":{},"time":${now}}`
    case 'okx':
      return `{"code":"0","msg":"","data":[{"clOrdId":"benchorder000001","ordId":"312269865356374016","tag":"","ts":"${now}","sCode":"0","sMsg":""}],"inTime":"${now}000","outTime":"${now}000"}`
  }
}

/** The exchange's server-time answer at `now`. */
export function cannedTime(exchange: Exchange, now: number): string {
  switch (exchange) {
    case 'binance':
      return `{"serverTime":${now}}`
    case 'bybit':
      return `{"retCode":0,"retMsg":"OK","result":{"timeSecond":"${Math.floor(now / 1000)}","timeNano":"${now}000000"},"retExtInfo":{},"time":${now}}`
    case 'okx':
      return `{"code":"0","msg":"","data":[{"ts":"${now}"}]}`
  }
}

/** The canned answer to a request URL: server time for the time endpoint, an accepted order otherwise. */
export function cannedBody(exchange: Exchange, url: string): string {
  const path = new URL(url, BASE_URLS[exchange]).pathname
  return path === TIME_PATHS[exchange] ? cannedTime(exchange, Date.now()) : cannedOrder(exchange, Date.now())
}

const JSON_HEADERS = { 'content-type': 'application/json' }

/**
 * A `fetch` that answers at once with the canned success (for ky- and fetch-based clients). It does the work a
 * real `fetch` does before the socket: build a WHATWG `Request` from its arguments and read the body out of it.
 */
export function cannedFetch(exchange: Exchange): typeof fetch {
  return async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init)
    if (request.body) await request.arrayBuffer()
    return new Response(cannedBody(exchange, request.url), { status: 200, headers: JSON_HEADERS })
  }
}

/** An axios adapter that answers at once with the canned success (for axios-based SDKs). */
export function cannedAxiosAdapter(exchange: Exchange) {
  return async (config: { url?: string; baseURL?: string }) => {
    const url = new URL(config.url ?? '/', config.baseURL ?? BASE_URLS[exchange]).href
    return {
      data: cannedBody(exchange, url),
      status: 200,
      statusText: 'OK',
      headers: { ...JSON_HEADERS },
      config,
      request: {},
    }
  }
}
