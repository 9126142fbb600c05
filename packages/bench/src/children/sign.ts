import { connectorSignAdapter } from '../adapters/binanceConnector'
import { ccxtSignAdapter } from '../adapters/ccxt'
import { sieblyBinanceSignAdapter, sieblyBybitSignAdapter, sieblyOkxSignAdapter } from '../adapters/siebly'
import { signetSignAdapter } from '../adapters/signet'
import type { Impl, SignAdapter, Skipped } from '../adapters/types'
import { createFloor, type FlatParams } from '../floor'
import { type Group, type GroupResult, measureGroups } from '../measure'
import { type BenchKeys, BINANCE_ORDER, BYBIT_ORDER, exchangeOf, OKX_ORDER, type Scheme } from '../payloads'
import { seededRandom } from '../stats'
import { loadVerifiers, verifyWire } from '../verify'

/** The processes of the signing benchmark: one per library, each also timing the floor. */
export const SIGN_LIBRARIES = [
  'signet',
  'ccxt',
  'binance-connector',
  'siebly-binance',
  'siebly-bybit',
  'siebly-okx',
] as const
export type SignLibrary = (typeof SIGN_LIBRARIES)[number]

const ADAPTERS: Record<SignLibrary, (keys: BenchKeys) => Promise<SignAdapter>> = {
  signet: signetSignAdapter,
  ccxt: ccxtSignAdapter,
  'binance-connector': connectorSignAdapter,
  'siebly-binance': sieblyBinanceSignAdapter,
  'siebly-bybit': sieblyBybitSignAdapter,
  'siebly-okx': sieblyOkxSignAdapter,
}

/** The payload of each scheme, as the floor takes it. */
export const FLOOR_PARAMS: Record<Scheme, FlatParams> = {
  'binance-hmac': BINANCE_ORDER,
  'binance-ed25519': BINANCE_ORDER,
  'binance-rsa': BINANCE_ORDER,
  'bybit-hmac': BYBIT_ORDER,
  'okx-hmac': OKX_ORDER,
}

export type SignChildResult = {
  library: SignLibrary
  versions: Record<string, string>
  groups: GroupResult[]
  skipped: Skipped[]
  /** Whether Signet's verifier (the exchange's check) accepted one request from each case. */
  verified: { scheme: Scheme; impl: Impl | 'floor'; accepted: boolean; code?: string | number | undefined }[]
}

export type SignChildConfig = {
  rounds: number
  batchMs: number
  warmupMs: number
  budgetMs: number
  seed: number
}

/** Times one library's signing of every scheme it supports against the floor, then checks its output. */
export async function signChild(
  library: SignLibrary,
  keys: BenchKeys,
  config: SignChildConfig,
): Promise<SignChildResult> {
  const floor = createFloor(keys)
  const adapter = await ADAPTERS[library](keys)
  const schemes = [...new Set(adapter.cases.map((c) => c.scheme))]
  const groups: Group[] = schemes.map((scheme) => {
    const params = FLOOR_PARAMS[scheme]
    const sign = floor[scheme]
    return {
      key: scheme,
      floor: { id: `floor:${scheme}`, async: false, run: () => sign(params, Date.now()) },
      impls: adapter.cases
        .filter((c) => c.scheme === scheme)
        .map((c) => ({ id: `${c.impl}:${scheme}`, async: c.async, run: c.run })),
    }
  })
  const results = await measureGroups(groups, { ...config, random: seededRandom(config.seed) })

  // Checked after timing, so the verifier code is not loaded while measuring.
  const verifiers = await loadVerifiers(keys)
  const verified: SignChildResult['verified'] = []
  for (const scheme of schemes) {
    const verifier = verifiers[exchangeOf(scheme)]
    if (!verifier) continue
    verified.push({
      scheme,
      impl: 'floor',
      ...verifyWire(verifier, floor[scheme](FLOOR_PARAMS[scheme], Date.now())),
    })
    for (const c of adapter.cases.filter((x) => x.scheme === scheme)) {
      try {
        verified.push({ scheme, impl: c.impl, ...verifyWire(verifier, await c.wire()) })
      } catch (error) {
        verified.push({ scheme, impl: c.impl, accepted: false, code: `threw: ${(error as Error).message}` })
      }
    }
  }
  return { library, versions: adapter.versions, groups: results, skipped: adapter.skipped, verified }
}
