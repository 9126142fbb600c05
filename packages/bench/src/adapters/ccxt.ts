import { versionOf } from '../paths'
import type { BenchKeys } from '../payloads'
import { apiKeyOf, BINANCE_ORDER, BYBIT_ORDER, OKX_ORDER, RECV_WINDOW } from '../payloads'
import { pathOf, type SignAdapter, type SignCase } from './types'

/**
 * ccxt exchange instances as a bot configures them. The throttler is off: with it on, back-to-back calls wait
 * for the rate limit, which measures the limiter, not the library.
 */
export async function createCcxtExchanges(keys: BenchKeys) {
  const ccxt: any = await import('ccxt')
  const options = { enableRateLimit: false }
  return {
    'binance-hmac': new ccxt.binance({
      ...options,
      apiKey: apiKeyOf(keys, 'binance-hmac'),
      secret: keys.binanceSecret,
    }),
    // ccxt picks Ed25519 or RSA from the PEM in `secret` (binance.js sign(): `secret.length > 120` means RSA).
    'binance-ed25519': new ccxt.binance({
      ...options,
      apiKey: apiKeyOf(keys, 'binance-ed25519'),
      secret: keys.ed25519PrivatePem,
    }),
    'binance-rsa': new ccxt.binance({
      ...options,
      apiKey: apiKeyOf(keys, 'binance-rsa'),
      secret: keys.rsaPrivatePem,
    }),
    'bybit-hmac': new ccxt.bybit({
      ...options,
      apiKey: keys.bybitApiKey,
      secret: keys.bybitSecret,
      options: { recvWindow: RECV_WINDOW },
    }),
    'okx-hmac': new ccxt.okx({
      ...options,
      apiKey: keys.okxApiKey,
      secret: keys.okxSecret,
      password: keys.okxPassphrase,
    }),
  }
}

/** The implicit-API request of each scheme: ccxt's (path, api, method, params). */
export const CCXT_REQUESTS = {
  'binance-hmac': ['order', 'private', 'POST', { ...BINANCE_ORDER, recvWindow: RECV_WINDOW }],
  'binance-ed25519': ['order', 'private', 'POST', { ...BINANCE_ORDER, recvWindow: RECV_WINDOW }],
  'binance-rsa': ['order', 'private', 'POST', { ...BINANCE_ORDER, recvWindow: RECV_WINDOW }],
  'bybit-hmac': ['v5/order/create', 'private', 'POST', { ...BYBIT_ORDER }],
  'okx-hmac': ['trade/order', 'private', 'POST', { ...OKX_ORDER }],
} as const

/** ccxt's `sign()`: what its implicit API methods call before fetching. */
export async function ccxtSignAdapter(keys: BenchKeys): Promise<SignAdapter> {
  const exchanges = await createCcxtExchanges(keys)
  const cases: SignCase[] = []
  for (const scheme of Object.keys(CCXT_REQUESTS) as (keyof typeof CCXT_REQUESTS)[]) {
    const exchange = exchanges[scheme]
    const [path, api, method, params] = CCXT_REQUESTS[scheme]
    const run = () => exchange.sign(path, api, method, params)
    cases.push({
      scheme,
      impl: 'ccxt',
      async: false,
      run,
      wire: async () => {
        const out = run()
        return { method: out.method, url: pathOf(out.url), headers: out.headers, body: out.body }
      },
    })
  }
  return { cases, skipped: [], versions: { ccxt: versionOf('ccxt') } }
}
