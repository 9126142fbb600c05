import {
  ccxtFull,
  connectorFull,
  type FullAdapter,
  fullVersions,
  sieblyFull,
  signetFull,
} from '../adapters/fullPath'
import { cannedFetch, type Exchange } from '../canned'
import { createFloor } from '../floor'
import { type Group, type GroupResult, measureGroups } from '../measure'
import { type BenchKeys, BINANCE_ORDER, BYBIT_ORDER, OKX_ORDER } from '../payloads'
import { seededRandom } from '../stats'
import type { SignChildConfig } from './sign'

/** The processes of the full-path benchmark: one per library, each also timing the floor. */
export const FULL_LIBRARIES = [
  'signet',
  'ccxt',
  'binance-connector',
  'siebly-binance',
  'siebly-bybit',
  'siebly-okx',
] as const
export type FullLibrary = (typeof FULL_LIBRARIES)[number]

const ADAPTERS: Record<FullLibrary, (keys: BenchKeys) => Promise<FullAdapter>> = {
  signet: signetFull,
  ccxt: ccxtFull,
  'binance-connector': connectorFull,
  'siebly-binance': (keys) => sieblyFull(keys, 'binance'),
  'siebly-bybit': (keys) => sieblyFull(keys, 'bybit'),
  'siebly-okx': (keys) => sieblyFull(keys, 'okx'),
}

const SCHEMES = { binance: 'binance-hmac', bybit: 'bybit-hmac', okx: 'okx-hmac' } as const
const PARAMS = { binance: BINANCE_ORDER, bybit: BYBIT_ORDER, okx: OKX_ORDER }

export type FullChildResult = {
  library: FullLibrary
  versions: Record<string, string>
  groups: GroupResult[]
  skipped: FullAdapter['skipped']
  /** The first answer of each case, to show the call really completed. */
  sample: Record<string, string>
}

/**
 * The full-path floor: hand-written signing, one `fetch` (the same canned one Signet gets), read and parse the
 * JSON answer. No clock sync, no error classification, no retries.
 */
function floorFull(keys: BenchKeys, exchange: Exchange) {
  const sign = createFloor(keys)[SCHEMES[exchange]]
  const fetch = cannedFetch(exchange)
  const base = {
    binance: 'https://api.binance.com',
    bybit: 'https://api.bybit.com',
    okx: 'https://www.okx.com',
  }[exchange]
  const params = PARAMS[exchange]
  return async () => {
    const wire = sign(params, Date.now())
    const init: RequestInit = { method: wire.method, headers: wire.headers as Record<string, string> }
    if (wire.body !== undefined) init.body = wire.body
    const response = await fetch(base + wire.url, init)
    return JSON.parse(await response.text())
  }
}

/** Times one library's full order call (network replaced) for each exchange it covers, against the floor. */
export async function fullPathChild(
  library: FullLibrary,
  keys: BenchKeys,
  config: SignChildConfig,
): Promise<FullChildResult> {
  const adapter = await ADAPTERS[library](keys)
  const sample: Record<string, string> = {}
  for (const c of adapter.cases)
    sample[`${c.impl}:${c.exchange}`] = JSON.stringify(await c.run()).slice(0, 160)
  const exchanges = [...new Set(adapter.cases.map((c) => c.exchange))]
  const groups: Group[] = exchanges.map((exchange) => ({
    key: exchange,
    floor: { id: `floor:${exchange}`, async: true, run: floorFull(keys, exchange) },
    impls: adapter.cases
      .filter((c) => c.exchange === exchange)
      .map((c) => ({ id: `${c.impl}:${exchange}`, async: true, run: c.run })),
  }))
  const results = await measureGroups(groups, { ...config, random: seededRandom(config.seed), gc: 'major' })
  const versions = fullVersions()
  return { library, versions, groups: results, skipped: adapter.skipped, sample }
}
