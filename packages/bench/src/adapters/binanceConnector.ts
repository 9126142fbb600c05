import { createRequire } from 'node:module'
import { versionOf } from '../paths'
import type { BenchKeys, Scheme } from '../payloads'
import { apiKeyOf, BINANCE_ORDER, RECV_WINDOW } from '../payloads'
import type { SignAdapter, SignCase } from './types'

const require = createRequire(import.meta.url)

/** The connector's `newOrder` arguments: symbol, side and type are positional, the rest are options. */
export function connectorOrderArgs() {
  const { symbol, side, type, ...rest } = BINANCE_ORDER
  return [symbol, side, type, { ...rest, recvWindow: RECV_WINDOW }] as const
}

/** `Spot` clients of @binance/connector for the three Binance key types. */
export function createConnectorClients(keys: BenchKeys, Spot: any) {
  return {
    'binance-hmac': new Spot(apiKeyOf(keys, 'binance-hmac'), keys.binanceSecret),
    'binance-ed25519': new Spot(apiKeyOf(keys, 'binance-ed25519'), '', {
      privateKey: keys.ed25519PrivatePem,
      privateKeyAlgo: 'Ed25519',
    }),
    'binance-rsa': new Spot(apiKeyOf(keys, 'binance-rsa'), '', {
      privateKey: keys.rsaPrivatePem,
      privateKeyAlgo: 'RSA',
    }),
  } as Record<Extract<Scheme, `binance-${string}`>, any>
}

/**
 * The official connector's request building and signing (`APIBase.signRequest`), stopped before axios: its
 * `createRequest` helper is replaced, before the connector loads, by one that returns the request config.
 */
export async function connectorSignAdapter(keys: BenchKeys): Promise<SignAdapter> {
  const utils = require('@binance/connector/src/helpers/utils')
  utils.createRequest = (config: { method: string; url: string; apiKey: string }) => config
  const { Spot } = require('@binance/connector')
  const clients = createConnectorClients(keys, Spot)
  const [symbol, side, type, options] = connectorOrderArgs()
  const cases: SignCase[] = (Object.keys(clients) as (keyof typeof clients)[]).map((scheme) => {
    const client = clients[scheme]
    const run = () => client.newOrder(symbol, side, type, options)
    return {
      scheme,
      impl: 'binance-connector',
      async: false,
      run,
      wire: async () => {
        const config = run()
        return { method: config.method, url: config.url, headers: { 'X-MBX-APIKEY': config.apiKey } }
      },
    }
  })
  return { cases, skipped: [], versions: { '@binance/connector': versionOf('@binance/connector') } }
}
