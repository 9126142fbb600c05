import { createBinanceSigner } from '@signet/binance'
import { describe, expect, it } from 'vitest'
import { createSignetSigners, SIGNET_INTENTS, signetOptions } from '../src/adapters/signet'
import { createFloor } from '../src/floor'
import { measureGroups, repeat } from '../src/measure'
import { generateKeys, SCHEMES } from '../src/payloads'
import { replaceBetweenMarkers, toJson } from '../src/run'
import { median, percentile, seededRandom, shuffled, summarize } from '../src/stats'
import { ratioTable } from '../src/summaries'
import { fullPathTargets, signingTargets, throughputTargets } from '../src/targets'
import { loadVerifiers, verifyWire } from '../src/verify'

const keys = generateKeys()
const TS = 1_700_000_000_123

describe('floor', () => {
  it('default: reproduces the Binance docs HMAC example (spec binance.md §9, BN-1)', () => {
    // [SPOT-REST] HMAC example: secret and payload from the docs, signature c8db5682… published there.
    const floor = createFloor({
      ...keys,
      binanceSecret: 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
    })['binance-hmac']
    const wire = floor(
      { symbol: 'LTCBTC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.1' },
      1499827319559,
    )
    expect(wire.url).toBe(
      '/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71',
    )
  })

  it.each(SCHEMES)('behavior: the floor and Signet signSync send the same bytes (%s)', async (scheme) => {
    const { signers, missing } = await createSignetSigners(keys)
    expect(missing).toEqual({})
    const params =
      scheme === 'bybit-hmac' || scheme === 'okx-hmac'
        ? (SIGNET_INTENTS[scheme].body as Record<string, string>)
        : (SIGNET_INTENTS[scheme].params as Record<string, string>)
    const floor = createFloor(keys)[scheme](params, TS)
    const signet = signers[scheme]!.signSync!(SIGNET_INTENTS[scheme], signetOptions(scheme, TS))
    expect(signet.url).toBe(floor.url)
    expect(signet.body).toBe(floor.body)
    expect(signet.headers).toEqual(floor.headers)
  })

  it.each(SCHEMES)(
    'behavior: the exchange check (Signet verifier) accepts the floor (%s)',
    async (scheme) => {
      const verifiers = await loadVerifiers(keys, () => TS)
      const exchange = scheme.split('-')[0] as 'binance' | 'bybit' | 'okx'
      const params = (SIGNET_INTENTS[scheme].params ?? SIGNET_INTENTS[scheme].body) as Record<string, string>
      expect(verifyWire(verifiers[exchange]!, createFloor(keys)[scheme](params, TS))).toEqual({
        accepted: true,
      })
    },
  )

  it('error: a signature over other bytes is rejected, so the check above can fail', async () => {
    const verifiers = await loadVerifiers(keys, () => TS)
    const wire = createFloor(keys)['binance-hmac']({ symbol: 'BTCUSDT' }, TS)
    const tampered = { ...wire, url: wire.url.replace('BTCUSDT', 'ETHUSDT') }
    expect(verifyWire(verifiers.binance!, tampered).accepted).toBe(false)
    // Keys prepared by the public factory sign the same way as the floor for a second payload.
    const signer = createBinanceSigner({ apiKey: keys.binanceApiKey, secret: keys.binanceSecret })
    const signed = signer.signSync!(
      { method: 'POST', path: '/api/v3/order', params: { symbol: 'BTCUSDT' }, security: 'signed' },
      { timestamp: TS, windowMs: 5000 },
    )
    expect(signed.url).toBe(createFloor(keys)['binance-hmac']({ symbol: 'BTCUSDT' }, TS).url)
  })
})

describe('stats', () => {
  it('default: median of odd and even lengths, NaN when empty', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('args: percentile interpolates between closest ranks (numpy "linear")', () => {
    // Hand-derived: rank = 0.95 * (5 - 1) = 3.8 → 4 + 0.8 * (5 - 4) = 4.8; numpy.percentile([1..5], 95) = 4.8.
    expect(percentile([5, 1, 4, 2, 3], 95)).toBeCloseTo(4.8, 12)
    expect(percentile([5, 1, 4, 2, 3], 0)).toBe(1)
    expect(percentile([5, 1, 4, 2, 3], 100)).toBe(5)
    expect(() => percentile([1], 101)).toThrow(RangeError)
    expect(summarize([1, -2, 3])).toEqual({ median: 1, p95: 2.8, max: 3, n: 3 })
  })

  it('behavior: seeded shuffles are reproducible permutations', () => {
    const a = shuffled([1, 2, 3, 4, 5, 6], seededRandom(42))
    expect(shuffled([1, 2, 3, 4, 5, 6], seededRandom(42))).toEqual(a)
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6])
  })
})

// A call that notes whether the event loop turned since the call before it (each call asks for the next turn).
function turnCounter() {
  let turned = true
  let pending = false
  let callsAfterATurn = 0
  const run = async () => {
    if (turned) callsAfterATurn++
    turned = false
    if (pending) return
    pending = true
    setImmediate(() => {
      turned = true
      pending = false
    })
  }
  return { run, callsAfterATurn: () => callsAfterATurn }
}

describe('measure', () => {
  it('behavior: the event loop turns before every batch, as in a program, so finalizers do not pile up', async () => {
    // A batch of calls that resolve at once never leaves the microtask queue: what waits for a turn of the loop
    // (undici's Request frees its link to ky's AbortSignal in a FinalizationRegistry callback) would wait the whole run.
    const counter = turnCounter()
    const unit = { id: 'u', async: true, run: counter.run }
    const floor = { id: 'f', async: false, run: () => 0 }
    const options = { rounds: 4, batchMs: 1, warmupMs: 1, random: seededRandom(1), minRounds: 4 }
    await measureGroups([{ key: 'k', floor, impls: [unit] }], options)
    // At least one turn before each timed batch of the unit (warm-up batches add more).
    expect(counter.callsAfterATurn()).toBeGreaterThanOrEqual(options.rounds)
  })

  it('behavior: repeat awaits every call and lets the event loop turn after every 200', async () => {
    const counter = turnCounter()
    let calls = 0
    await repeat(() => {
      calls++
      return counter.run()
    }, 1000)
    expect(calls).toBe(1000)
    // The first call, then the calls after the turns at 200, 400, 600 and 800.
    expect(counter.callsAfterATurn()).toBe(5)
  })
})

describe('summaries and targets', () => {
  it('behavior: ratios are medians of same-round ratios, floors pooled over processes', () => {
    const group = (floor: number[], impl: number[]) => ({
      key: 'binance-hmac',
      floor: { id: 'floor:binance-hmac', nsPerOp: floor },
      impls: [{ id: 'signet-sync:binance-hmac', nsPerOp: impl, ratio: impl.map((x, i) => x / floor[i]!) }],
      opsPerBatch: {},
    })
    const t = ratioTable([
      { groups: [group([100, 200, 400], [110, 260, 400])] },
      { groups: [group([300], [300])] },
    ])
    // Floors 100, 200, 400, 300 → median 250; impl 110, 260, 400, 300 → 280; ratios 1.1, 1.3, 1, 1 → 1.05.
    expect(t.floorNs['binance-hmac']).toBe(250)
    expect(t.cells['binance-hmac']?.['signet-sync']).toMatchObject({ nsPerOp: 280, ratio: 1.05, rounds: 4 })
    const [target] = signingTargets(t)
    expect(target).toMatchObject({ status: 'PASS', measured: 'signSync 1.05×' })
    t.cells['binance-hmac']!['signet-sync']!.ratio = 1.51
    expect(signingTargets(t)[0]!.status).toBe('FAIL')
  })

  it('behavior: the client is held to the minimal ky call round by round, so a slow moment for one does not decide', () => {
    // Round 3 caught the client in a slow moment of the machine and ky in a fast one: paired by round, the client is
    // 1.3x in two rounds of three; the ratio of the two medians would be 2.6x.
    const child = (client: number[], ky: number[]) => ({
      groups: [
        {
          key: 'binance',
          floor: { id: 'floor:binance', nsPerOp: [50, 50, 50] },
          impls: [
            { id: 'signet-async:binance', nsPerOp: client, ratio: client.map((ns) => ns / 50) },
            { id: 'ky-minimal:binance', nsPerOp: ky, ratio: ky.map((ns) => ns / 50) },
          ],
          opsPerBatch: {},
        },
      ],
    })
    expect(fullPathTargets([child([130, 260, 260], [100, 200, 100])])[0]).toMatchObject({
      status: 'PASS',
      measured: '1.30×',
    })
    expect(fullPathTargets([child([140, 280, 130], [100, 200, 100])])[0]).toMatchObject({
      status: 'FAIL',
      measured: '1.40×',
    })
    expect(fullPathTargets([])).toMatchObject([{ status: 'N/A', measured: 'not measured' }])
    // An exchange that only a peer's process measured is shown as not measured, not left out.
    const peerOnly = { groups: [{ ...child([1], [1]).groups[0]!, key: 'okx', impls: [] }] }
    expect(fullPathTargets([child([130], [100]), peerOnly]).map((t) => t.measured)).toEqual([
      '1.30×',
      'not measured',
    ])
  })

  // A loopback row measured in the given rounds (req/s each); the table's rate pools them.
  const loopbackRow = (impl: string, concurrency: number, roundRates: number[]) => ({
    impl,
    concurrency,
    requests: 1,
    errors: 0,
    seconds: 1,
    requestsPerSecond: roundRates.reduce((a, b) => a + b, 0) / roundRates.length,
    roundRates,
    cpuUsPerRequest: 100,
    latencyMs: { p50: 1, p90: 1, p99: 1, max: 1 },
  })

  it('behavior: loopback targets need the client to match the best peer at every level and 90% of bare fetch', () => {
    const row = (impl: string, concurrency: number, requestsPerSecond: number) =>
      loopbackRow(impl, concurrency, [requestsPerSecond])
    const result = (client64: number) => ({
      errorSamples: {},
      cases: [
        {
          exchange: 'binance',
          request: 'GET /api/v3/account',
          rows: [
            row('signet-client', 1, 900),
            row('ccxt', 1, 800),
            row('signet-signer-fetch', 1, 1000),
            row('signet-client', 64, client64),
            row('siebly', 64, 3000),
            row('signet-signer-fetch', 64, 4000),
            // A diagnostic column is not a peer.
            row('signet-signer-transport', 64, 9000),
          ],
        },
      ],
    })
    expect(throughputTargets(result(3700)).map((t) => t.status)).toEqual(['PASS', 'PASS'])
    // Behind the best peer at 64 in flight, and under 90% of bare fetch.
    expect(throughputTargets(result(2900)).map((t) => t.status)).toEqual(['FAIL', 'FAIL'])
    expect(throughputTargets(result(3200)).map((t) => t.status)).toEqual(['PASS', 'FAIL'])
    // ky's floor (signer + ky as the client sends) is named where it is below the best peer: no client sending
    // through ky goes faster there.
    const withFloor = (kyFloor: number) => {
      const r = result(2900)
      r.cases[0]!.rows.push(row('signet-signer-ky', 1, 950), row('signet-signer-ky', 64, kyFloor))
      return throughputTargets(r)[0]!.measured
    }
    expect(withFloor(2500)).toBe(
      "1: 1.13× ccxt, 64: 0.97× siebly (median of 1 round); ky's floor (signer + ky, no pipeline) is below it at 64: 0.833×",
    )
    expect(withFloor(3100)).toBe('1: 1.13× ccxt, 64: 0.97× siebly (median of 1 round)')
  })

  it('behavior: loopback targets judge the median over rounds of two rates timed in the same round', () => {
    // One round where the client ran alone on a quiet machine must not carry the verdict: pooled, the client is
    // ahead (2,600 vs 1,100 req/s); round by round it is behind in four of five.
    const row = (impl: string, roundRates: number[]) => loopbackRow(impl, 16, roundRates)
    const result = (client: number[]) => ({
      errorSamples: {},
      cases: [
        {
          exchange: 'okx',
          request: 'GET /api/v5/account/balance',
          rows: [
            row('signet-client', client),
            row('ccxt', [1100, 1100, 1100, 1100, 1100]),
            row('siebly', [500, 500, 500, 500, 500]),
            row('signet-signer-fetch', [1000, 1000, 1000, 1000, 1000]),
          ],
        },
      ],
    })
    const [match, share] = throughputTargets(result([1000, 1000, 1000, 1000, 9000]))
    expect(match!.status).toBe('FAIL')
    expect(match!.measured).toBe('16: 0.91× ccxt (median of 5 rounds)')
    expect(share!.status).toBe('PASS')
    expect(share!.measured).toBe('100%')
    expect(throughputTargets(result([1200, 1200, 1200, 100, 100]))[0]!.status).toBe('PASS')
  })

  it('edge: loopback targets with no peer measured say N/A, never a pass against nobody', () => {
    const rows = [
      loopbackRow('signet-client', 16, [1000, 1000]),
      loopbackRow('signet-signer-fetch', 16, [900, 900]),
    ]
    const [match] = throughputTargets({
      errorSamples: {},
      cases: [{ exchange: 'okx', request: 'GET /api/v5/account/balance', rows }],
    })
    expect(match!.status).toBe('N/A')
    expect(match!.measured).toBe('16: no peer measured (median of 2 rounds)')
  })

  it('behavior: results JSON keeps 6 significant digits and puts number arrays on one line', () => {
    const text = toJson({ ns: [1234.56789, 2, -0.000123456789], n: 7 })
    expect(text).toBe('{\n  "ns": [1234.57, 2, -0.000123457],\n  "n": 7\n}')
  })

  it('behavior: the README section is replaced between the markers only', () => {
    const readme = 'intro\n<!-- bench:start -->\nold\n<!-- bench:end -->\noutro\n'
    expect(replaceBetweenMarkers(readme, 'new table')).toBe(
      'intro\n<!-- bench:start -->\nnew table\n<!-- bench:end -->\noutro\n',
    )
    expect(() => replaceBetweenMarkers('no markers', 'x')).toThrow(/bench:start/)
  })
})

describe('charts', () => {
  it('behavior: every chart is drawn from the results it is given, value by value', async () => {
    const { renderCharts } = await import('../src/charts')
    const { barChart } = await import('../src/svgChart')
    const svg = barChart({
      title: 'T',
      unit: 'req/s',
      series: [
        { key: 'a', label: 'Alpha' },
        { key: 'b', label: 'Beta' },
      ],
      groups: [{ label: 'g1', values: { a: 1234, b: 56.7 } }],
    })
    expect(svg).toContain('>1234 req/s<')
    expect(svg).toContain('>56.7 req/s<')
    expect(svg).toContain('>Alpha<')
    const results = {
      signing: { table: { rows: [], floorNs: {}, cells: {} } },
      fullPath: {
        table: {
          rows: ['binance'],
          floorNs: {},
          cells: { binance: { ccxt: { nsPerOp: 75_400, ratio: 3, rounds: 1 } } },
        },
      },
      throughput: { seconds: 1, result: { errorSamples: {}, cases: [] } },
    } as any
    const charts = renderCharts(results)
    expect(Object.keys(charts)).toEqual(['full-call.svg'])
    expect(charts['full-call.svg']).toContain('>75.4 µs<')
  })
})
