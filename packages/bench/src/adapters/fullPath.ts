import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { BASE_URLS, cannedAxiosAdapter, cannedFetch, type Exchange } from '../canned'
import { tryImport, versionOf } from '../paths'
import type { BenchKeys } from '../payloads'
import { BINANCE_ORDER, BYBIT_ORDER, OKX_ORDER } from '../payloads'
import { connectorOrderArgs, createConnectorClients } from './binanceConnector'
import { CCXT_REQUESTS, createCcxtExchanges } from './ccxt'
import { createSieblyBinanceClients } from './siebly'
import { createSignetSigners, SIGNET_INTENTS } from './signet'
import type { Impl } from './types'

const require = createRequire(import.meta.url)

/** One library placing the typical order through its public API, with the network replaced. */
export type FullCase = { exchange: Exchange; impl: Impl; run: () => Promise<unknown> }
export type FullAdapter = { cases: FullCase[]; skipped: { exchange: Exchange; impl: Impl; reason: string }[] }

const SCHEME_OF = { binance: 'binance-hmac', bybit: 'bybit-hmac', okx: 'okx-hmac' } as const

/**
 * Signet's client (ky, server clock, classification) with an injected fetch. It syncs its clock once on the
 * first call (through the same fetch), then signs each request with a clock-chosen timestamp.
 */
export async function signetFull(keys: BenchKeys): Promise<FullAdapter> {
  const { createClient } = (await import('@signet/client')) as any
  // ky as @signet/client resolves it (it is the client's dependency, not the bench's).
  const kyPath = createRequire(require.resolve('@signet/client')).resolve('ky')
  const ky = (await import(pathToFileURL(kyPath).href)).default
  const { signers, missing } = await createSignetSigners(keys)
  const cases: FullCase[] = []
  const skipped: FullAdapter['skipped'] = []
  for (const exchange of ['binance', 'bybit', 'okx'] as const) {
    const signer = signers[SCHEME_OF[exchange]]
    const definition = (await tryImport(`@signet/${exchange}`)).module?.[exchange]
    if (!signer || !definition) {
      skipped.push({
        exchange,
        impl: 'signet-async',
        reason: missing[SCHEME_OF[exchange]] ?? 'no definition',
      })
      continue
    }
    // Throttlers off everywhere (ccxt's enableRateLimit too): the client's rate budget would pace to the real limit.
    const client = createClient({
      budget: false,
      exchange: definition,
      signer,
      baseUrl: BASE_URLS[exchange],
      fetch: cannedFetch(exchange),
    })
    // The intent the signing benchmark uses (Binance params in the query string, as the floor, the connector and
    // npm `binance` send them; Bybit and OKX a JSON body), through the client's generic `request`.
    const intent = SIGNET_INTENTS[SCHEME_OF[exchange]]
    cases.push({ exchange, impl: 'signet-async', run: () => client.request(intent) })
    // Diagnostics: the same signer and intent with a bare fetch, and with a ky instance configured as the client's.
    const windowMs = definition.freshness.defaultWindowMs
    const fetch = cannedFetch(exchange)
    const http = ky.create({ retry: 0, throwHttpErrors: false, timeout: 10_000, fetch })
    const send = async (via: typeof fetch) => {
      const signed = signer.signSync!(intent, { timestamp: Date.now(), windowMs })
      const init: RequestInit = { method: signed.method, headers: signed.headers }
      if (signed.body !== undefined) init.body = signed.body
      const response = await via(BASE_URLS[exchange] + signed.url, init)
      return JSON.parse(await response.text())
    }
    if (signer.signSync) {
      cases.push({ exchange, impl: 'signet-signer-fetch', run: () => send(fetch) })
      cases.push({ exchange, impl: 'signet-signer-ky', run: () => send(http as typeof fetch) })
      // ky's floor: the same instance sending a request signed once, ahead of time (no signing, no clock).
      const prepared = signer.signSync(intent, { timestamp: Date.now(), windowMs })
      const init: RequestInit = { method: prepared.method, headers: prepared.headers }
      if (prepared.body !== undefined) init.body = prepared.body
      const preparedUrl = BASE_URLS[exchange] + prepared.url
      cases.push({
        exchange,
        impl: 'ky-minimal',
        run: async () => JSON.parse(await (await http(preparedUrl, init)).text()),
      })
    }
  }
  return { cases, skipped }
}

const CCXT_METHODS = {
  binance: 'privatePostOrder',
  bybit: 'privatePostV5OrderCreate',
  okx: 'privatePostTradeOrder',
} as const

/** ccxt's implicit API methods (`privatePostOrder`, ...) with `fetchImplementation` replaced, throttler off. */
export async function ccxtFull(keys: BenchKeys): Promise<FullAdapter> {
  const exchanges = await createCcxtExchanges(keys)
  const cases: FullCase[] = (['binance', 'bybit', 'okx'] as const).map((exchange) => {
    const scheme = SCHEME_OF[exchange]
    const instance = exchanges[scheme]
    instance.fetchImplementation = cannedFetch(exchange)
    const params = CCXT_REQUESTS[scheme][3]
    const call = CCXT_METHODS[exchange]
    return { exchange, impl: 'ccxt', run: () => instance[call](params) }
  })
  return { cases, skipped: [] }
}

/** The official connector's `newOrder`, with the adapter of its axios replaced. */
export async function connectorFull(keys: BenchKeys): Promise<FullAdapter> {
  const connectorRequire = createRequire(require.resolve('@binance/connector'))
  connectorRequire('axios').defaults.adapter = cannedAxiosAdapter('binance')
  const { Spot } = require('@binance/connector')
  const client = createConnectorClients(keys, Spot)['binance-hmac']
  const [symbol, side, type, options] = connectorOrderArgs()
  return {
    cases: [
      {
        exchange: 'binance',
        impl: 'binance-connector',
        run: () => client.newOrder(symbol, side, type, options),
      },
    ],
    skipped: [],
  }
}

/** tiagosiebler's SDKs' order methods, with the axios adapter passed as a network option. */
export async function sieblyFull(keys: BenchKeys, exchange: Exchange): Promise<FullAdapter> {
  const adapter = cannedAxiosAdapter(exchange)
  let run: () => Promise<unknown>
  if (exchange === 'binance') {
    const { MainClient } = require('binance')
    const client = createSieblyBinanceClients(keys, MainClient)['binance-hmac'] as any
    client.globalRequestOptions.adapter = adapter
    run = () => client.submitNewOrder({ ...BINANCE_ORDER })
  } else if (exchange === 'bybit') {
    const { RestClientV5 } = require('bybit-api')
    const client = new RestClientV5({ key: keys.bybitApiKey, secret: keys.bybitSecret }, { adapter })
    run = () => client.submitOrder({ ...BYBIT_ORDER })
  } else {
    const { RestClient } = (await import('okx-api')) as any
    const client = new RestClient(
      { apiKey: keys.okxApiKey, apiSecret: keys.okxSecret, apiPass: keys.okxPassphrase },
      { adapter },
    )
    run = () => client.submitOrder({ ...OKX_ORDER })
  }
  return { cases: [{ exchange, impl: 'siebly', run }], skipped: [] }
}

/** Versions of the full-path libraries. */
export const fullVersions = () =>
  Object.fromEntries(
    ['@signet/client', 'ccxt', '@binance/connector', 'binance', 'bybit-api', 'okx-api'].map((n) => [
      n,
      versionOf(n),
    ]),
  )
