import { createRequire } from 'node:module'
import { versionOf } from '../paths'
import type { BenchKeys } from '../payloads'
import { apiKeyOf, BINANCE_ORDER, BYBIT_ORDER, OKX_ORDER, PATHS, RECV_WINDOW } from '../payloads'
import { pathOf, type SignAdapter, type SignCase } from './types'

const require = createRequire(import.meta.url)

// tiagosiebler's SDKs (npm `binance`, `bybit-api`, `okx-api`) sign inside their private `_call`, right before
// axios sends. Each adapter runs the same steps `_call` runs up to the axios call, with the SDK's own functions
// and default options (WebCrypto signing, key imported per request, as the SDKs do by default).

/** `binance` MainClient per Binance key type (the SDK reads the key type from the PEM text in `api_secret`). */
export function createSieblyBinanceClients(keys: BenchKeys, MainClient: any) {
  return {
    'binance-hmac': new MainClient({
      api_key: apiKeyOf(keys, 'binance-hmac'),
      api_secret: keys.binanceSecret,
    }),
    'binance-ed25519': new MainClient({
      api_key: apiKeyOf(keys, 'binance-ed25519'),
      api_secret: keys.ed25519PrivatePem,
    }),
    'binance-rsa': new MainClient({ api_key: apiKeyOf(keys, 'binance-rsa'), api_secret: keys.rsaPrivatePem }),
  } as const
}

/** npm `binance`: `getRESTRequestSignature` + the URL `BaseRestClient._call` builds for a private endpoint. */
export async function sieblyBinanceSignAdapter(keys: BenchKeys): Promise<SignAdapter> {
  const { MainClient, getRESTRequestSignature } = require('binance')
  const clients = createSieblyBinanceClients(keys, MainClient)
  const cases: SignCase[] = (Object.keys(clients) as (keyof typeof clients)[]).map((scheme) => {
    const client: any = clients[scheme]
    const run = async () => {
      const timestamp = Date.now() + (client.getTimeOffset() || 0)
      const { serialisedParams, signature } = await getRESTRequestSignature(
        BINANCE_ORDER,
        client.options,
        client.key,
        client.secret,
        timestamp,
      )
      const url = `${[client.baseUrl, 'api/v3/order'].join('/')}?${[serialisedParams, `signature=${signature}`].join('&')}`
      return { ...client.globalRequestOptions, url, method: 'POST', json: true }
    }
    return {
      scheme,
      impl: 'siebly',
      async: true,
      run,
      wire: async () => {
        const options = await run()
        return { method: options.method, url: pathOf(options.url), headers: options.headers }
      },
    }
  })
  return { cases, skipped: [], versions: { binance: versionOf('binance') } }
}

/** npm `bybit-api`: `RestClientV5.buildRequest`, which returns the signed axios request config. */
export async function sieblyBybitSignAdapter(keys: BenchKeys): Promise<SignAdapter> {
  const { RestClientV5 } = require('bybit-api')
  const client = new RestClientV5({
    key: keys.bybitApiKey,
    secret: keys.bybitSecret,
    recv_window: RECV_WINDOW,
  })
  const url = client.baseUrl + PATHS.bybit
  const run = () => client.buildRequest('POST', url, { ...BYBIT_ORDER }, false, false)
  return {
    cases: [
      {
        scheme: 'bybit-hmac',
        impl: 'siebly',
        async: true,
        run,
        wire: async () => {
          const options = await run()
          // axios serialises the `data` object with JSON.stringify, the same text the SDK signed.
          const { 'x-referer': _, ...headers } = options.headers
          return {
            method: options.method,
            url: pathOf(options.url),
            headers: { ...headers, 'Content-Type': 'application/json' },
            body: JSON.stringify(options.data),
          }
        },
      },
    ],
    skipped: [],
    versions: { 'bybit-api': versionOf('bybit-api') },
  }
}

/** npm `okx-api`: `signRequest` + the headers `BaseRestClient._call` sets. */
export async function sieblyOkxSignAdapter(keys: BenchKeys): Promise<SignAdapter> {
  const { RestClient } = (await import('okx-api')) as any
  const client = new RestClient({
    apiKey: keys.okxApiKey,
    apiSecret: keys.okxSecret,
    apiPass: keys.okxPassphrase,
  })
  const run = async () => {
    const options: any = {
      ...client.globalRequestOptions,
      url: client.baseUrl + PATHS.okx,
      method: 'POST',
      json: true,
    }
    const tsISO = new Date().toISOString()
    const signed = await client.signRequest(false, tsISO, 'POST', PATHS.okx, OKX_ORDER)
    // As `_call` does: it writes into the shared default headers object.
    options.headers['OK-ACCESS-KEY'] = client.apiKey
    options.headers['OK-ACCESS-SIGN'] = signed.sign
    options.headers['OK-ACCESS-TIMESTAMP'] = tsISO
    options.headers['OK-ACCESS-PASSPHRASE'] = client.apiPassphrase
    options.data = signed.requestBody
    return options
  }
  return {
    cases: [
      {
        scheme: 'okx-hmac',
        impl: 'siebly',
        async: true,
        run,
        wire: async () => {
          const options = await run()
          return {
            method: options.method,
            url: pathOf(options.url),
            headers: { ...options.headers },
            body: JSON.stringify(options.data),
          }
        },
      },
    ],
    skipped: [],
    versions: { 'okx-api': versionOf('okx-api') },
  }
}
