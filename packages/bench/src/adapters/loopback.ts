import { createRequire } from 'node:module'
import type { BenchKeys } from '../payloads'
import { apiKeyOf, RECV_WINDOW } from '../payloads'

const require = createRequire(import.meta.url)

/** One library reading the account through its public API against the loopback emulator. */
export type LoopbackPeer = {
  impl: string
  exchange: 'binance' | 'bybit' | 'okx'
  run: () => Promise<unknown>
}

/** Points every REST URL of a ccxt instance at `base` (the emulator serves each exchange under a path prefix). */
function pointCcxtAt(instance: any, base: string) {
  const api = instance.urls.api
  for (const key of Object.keys(api)) {
    if (typeof api[key] === 'string') api[key] = api[key].replace(/^https:\/\/[^/]+/, base)
  }
}

/**
 * ccxt, @binance/connector and tiagosiebler's SDKs configured as a bot would (throttlers off: they measure the
 * limiter, not the library), each pointed at the emulator and reading the same signed account endpoint as
 * Signet's client. The emulator's verifiers check every request: a rejection is an error.
 */
export async function loopbackPeers(keys: BenchKeys, url: string): Promise<LoopbackPeer[]> {
  const ccxt: any = await import('ccxt')
  const peers: LoopbackPeer[] = []
  const binanceBase = `${url}/binance`
  const bybitBase = `${url}/bybit`
  const okxBase = `${url}/okx`

  const ccxtBinance = new ccxt.binance({
    enableRateLimit: false,
    apiKey: apiKeyOf(keys, 'binance-hmac'),
    secret: keys.binanceSecret,
  })
  pointCcxtAt(ccxtBinance, binanceBase)
  peers.push({
    impl: 'ccxt',
    exchange: 'binance',
    run: () => ccxtBinance.privateGetAccount({ omitZeroBalances: true, recvWindow: RECV_WINDOW }),
  })
  const ccxtBybit = new ccxt.bybit({
    enableRateLimit: false,
    apiKey: keys.bybitApiKey,
    secret: keys.bybitSecret,
    options: { recvWindow: RECV_WINDOW },
  })
  pointCcxtAt(ccxtBybit, bybitBase)
  peers.push({
    impl: 'ccxt',
    exchange: 'bybit',
    run: () => ccxtBybit.privateGetV5AccountWalletBalance({ accountType: 'UNIFIED' }),
  })
  const ccxtOkx = new ccxt.okx({
    enableRateLimit: false,
    apiKey: keys.okxApiKey,
    secret: keys.okxSecret,
    password: keys.okxPassphrase,
  })
  pointCcxtAt(ccxtOkx, okxBase)
  peers.push({ impl: 'ccxt', exchange: 'okx', run: () => ccxtOkx.privateGetAccountBalance({ ccy: 'USDT' }) })

  const { Spot } = require('@binance/connector')
  const connector = new Spot(apiKeyOf(keys, 'binance-hmac'), keys.binanceSecret, { baseURL: binanceBase })
  peers.push({
    impl: 'binance-connector',
    exchange: 'binance',
    run: () => connector.account({ omitZeroBalances: true, recvWindow: RECV_WINDOW }),
  })

  const { MainClient } = require('binance')
  const sieblyBinance = new MainClient({
    api_key: apiKeyOf(keys, 'binance-hmac'),
    api_secret: keys.binanceSecret,
    baseUrl: binanceBase,
    recvWindow: RECV_WINDOW,
  })
  peers.push({
    impl: 'siebly',
    exchange: 'binance',
    run: () => sieblyBinance.getAccountInformation({ omitZeroBalances: true }),
  })
  const { RestClientV5 } = require('bybit-api')
  const sieblyBybit = new RestClientV5({
    key: keys.bybitApiKey,
    secret: keys.bybitSecret,
    recv_window: RECV_WINDOW,
    baseUrl: bybitBase,
  })
  peers.push({
    impl: 'siebly',
    exchange: 'bybit',
    run: async () => {
      const answer = await sieblyBybit.getWalletBalance({ accountType: 'UNIFIED' })
      // bybit-api resolves with the exchange's envelope; a retCode other than 0 is a rejection.
      if (answer?.retCode !== 0) throw new Error(`bybit retCode ${answer?.retCode}`)
      return answer
    },
  })
  const { RestClient } = (await import('okx-api')) as any
  const sieblyOkx = new RestClient({
    apiKey: keys.okxApiKey,
    apiSecret: keys.okxSecret,
    apiPass: keys.okxPassphrase,
    baseUrl: okxBase,
  })
  peers.push({ impl: 'siebly', exchange: 'okx', run: () => sieblyOkx.getBalance({ ccy: 'USDT' }) })
  return peers
}
