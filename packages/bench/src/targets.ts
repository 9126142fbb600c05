import type { AgentResult } from './children/agent'
import type { ThroughputResult, ThroughputRow } from './children/throughput'
import type { Footprint } from './footprint'
import { formatKb, formatMs, formatRatio } from './format'
import type { ImportResult } from './imports'
import type { GroupResult } from './measure'
import { SCHEME_LABELS, type Scheme } from './payloads'
import { median } from './stats'
import type { ClockRow, RatioTable } from './summaries'

/** One target of issue 8 with its verdict. */
export type Target = { label: string; status: 'PASS' | 'FAIL' | 'N/A'; measured: string }

export const LIMITS = {
  signingRatio: 1.3,
  importOverBareMs: 30,
  clientImportOverBareMs: 45,
  clientOverMinimalKy: 1.3,
  throughputShareOfBareFetch: 0.9,
  footprintBytes: 150_000,
  clockErrorShare: 0.25,
} as const

const verdict = (ok: boolean | undefined): Target['status'] =>
  ok === undefined ? 'N/A' : ok ? 'PASS' : 'FAIL'

/** Signing: Signet's `signSync` within 1.5× of the floor for each scheme (the async `sign` is shown alongside). */
export function signingTargets(signing: RatioTable): Target[] {
  return (Object.keys(SCHEME_LABELS) as Scheme[]).map((scheme) => {
    const sync = signing.cells[scheme]?.['signet-sync']
    const async = signing.cells[scheme]?.['signet-async']
    return {
      label: `Signing ≤ ${LIMITS.signingRatio}× floor: ${SCHEME_LABELS[scheme]}`,
      status: verdict(sync && sync.ratio <= LIMITS.signingRatio),
      measured: sync
        ? `signSync ${formatRatio(sync.ratio)}${async ? `, sign ${formatRatio(async.ratio)}` : ''}`
        : 'not measured',
    }
  })
}

/** Import: each exchange package under 30 ms over bare node. */
export function importTargets(imports: ImportResult | undefined): Target[] {
  return ['@signet/binance', '@signet/bybit', '@signet/okx', '@signet/client'].map((name) => {
    const row = imports?.rows.find((r) => r.name === name)
    const limit = name === '@signet/client' ? LIMITS.clientImportOverBareMs : LIMITS.importOverBareMs
    const ok = row && !row.error ? row.overBareMs <= limit : undefined
    return {
      label: `Import ${name} ≤ ${limit} ms over bare node`,
      status: verdict(ok),
      measured: row && !row.error ? formatMs(row.overBareMs) : (row?.error ?? 'not measured'),
    }
  })
}

/** Footprint: core + one exchange under 150 kB on disk, no third-party runtime dependency. */
export function footprintTargets(
  footprints: readonly (Footprint | { name: string; error: string })[],
): Target[] {
  return ['@signet/binance', '@signet/bybit', '@signet/okx'].map((name) => {
    const f = footprints.find((x) => x.name === name)
    if (!f || 'error' in f) return { label: `${name} + core`, status: 'N/A', measured: 'not measured' }
    const ok = f.totalBytes <= LIMITS.footprintBytes && f.thirdParty === 0
    return {
      label: `@signet/core + ${name} < ${formatKb(LIMITS.footprintBytes)} on disk, 0 runtime deps`,
      status: verdict(ok),
      measured: `${formatKb(f.totalBytes)}, ${f.thirdParty} third-party deps`,
    }
  })
}

/**
 * Clock: the true offset inside Signet's reported bound in every trial; Signet's median error at most every peer
 * method's under asymmetric and symmetric latency, and at most a quarter of the best peer's under symmetric latency
 * (under asymmetric latency half the asymmetry is invisible to any round-trip estimator, so no share is asked there).
 */
export function clockTargets(
  rows: readonly ClockRow[] | undefined,
  symmetric: readonly ClockRow[] | undefined,
  syncs: number,
): Target[] {
  const get = (from: readonly ClockRow[] | undefined, m: ClockRow['method']) =>
    from?.find((r) => r.method === m)
  const signet = get(rows, 'signetK')
  const one = get(rows, 'signet1')
  if (!signet || !one) return [{ label: 'Clock accuracy', status: 'N/A', measured: 'not measured' }]
  const inside = [signet, one, get(symmetric, 'signetK'), get(symmetric, 'signet1')]
    .filter((r): r is ClockRow => r !== undefined)
    .every((r) => r.inside!.outside === 0)
  const peers = ['noCorrection', 'halfRtt'] as const
  const versus = (from: readonly ClockRow[] | undefined, label: string): Target => {
    const s = get(from, 'signetK')
    if (!s)
      return { label: `Median error ≤ every peer method (${label})`, status: 'N/A', measured: 'not measured' }
    const others = peers.map((m) => get(from, m)!.absError.median)
    return {
      label: `Median error ≤ every peer method (${label} latency)`,
      status: verdict(others.every((o) => s.absError.median <= o)),
      measured: `${formatMs(s.absError.median)} vs ${others.map(formatMs).join(' / ')} (ccxt / tiagosiebler)`,
    }
  }
  const s = get(symmetric, 'signetK')
  const best = Math.min(...peers.map((m) => get(symmetric, m)?.absError.median ?? Number.NaN))
  return [
    {
      label: 'True offset inside Signet’s reported uncertainty in every trial',
      status: verdict(inside),
      measured: `${signet.inside!.trials - signet.inside!.outside}/${signet.inside!.trials} after ${syncs} syncs, ${one.inside!.trials - one.inside!.outside}/${one.inside!.trials} after 1 (asymmetric)`,
    },
    versus(rows, 'asymmetric'),
    versus(symmetric, 'symmetric'),
    {
      label: `Median error ≤ ¼ of the best peer method (symmetric latency)`,
      status: verdict(
        s && Number.isFinite(best) ? s.absError.median <= best * LIMITS.clockErrorShare : undefined,
      ),
      measured: s
        ? `${formatMs(s.absError.median)} vs ${formatMs(best)} (${((s.absError.median / best) * 100).toFixed(0)}%)`
        : 'not measured',
    },
  ]
}

/**
 * Mocked network: the client's `request` within 1.3× of ky's own minimal call, per exchange: the median over rounds
 * of the two timed in the same round of the same process, as every ratio of the bench is taken.
 */
export function fullPathTargets(children: readonly { groups: GroupResult[] }[]): Target[] {
  const label = `Client \`request\` ≤ ${LIMITS.clientOverMinimalKy}× the minimal ky call`
  const groups = children.flatMap((child) => child.groups)
  const impls = groups.flatMap((group) => group.impls)
  const rows = [...new Set(groups.map((group) => group.key))]
  if (rows.length === 0) return [{ label, status: 'N/A', measured: 'not measured' }]
  return rows.map((row) => {
    const client = impls.find((i) => i.id === `signet-async:${row}`)
    const ky = impls.find((i) => i.id === `ky-minimal:${row}`)
    const share =
      client && ky ? median(client.nsPerOp.map((ns, round) => ns / ky.nsPerOp[round]!)) : undefined
    return {
      label: `${label}: ${row}`,
      status: verdict(share === undefined ? undefined : share <= LIMITS.clientOverMinimalKy),
      measured: share === undefined ? 'not measured' : `${share.toFixed(2)}×`,
    }
  })
}

/**
 * Loopback: Signet's client at least matches the best peer's throughput at every concurrency, and reaches 90% of
 * signer + bare fetch at the highest one. Each comparison is the median over rounds of the two rates timed in the same
 * round, as every ratio of the bench is taken: one quiet or busy moment of the machine does not decide it.
 */
export function throughputTargets(result: ThroughputResult | undefined): Target[] {
  if (!result) return [{ label: 'Loopback throughput', status: 'N/A', measured: 'not measured' }]
  return result.cases.flatMap((c) => {
    const levels = [...new Set(c.rows.map((r) => r.concurrency))]
    const at = (impl: string, level: number) => c.rows.find((r) => r.impl === impl && r.concurrency === level)
    const peerImpls = [...new Set(c.rows.map((r) => r.impl))].filter((i) => !i.startsWith('signet-'))
    const matches = levels.map((level) => {
      const client = at('signet-client', level)
      // The best peer is the one the client fares worst against.
      const [peer, ratio] = peerImpls
        .flatMap((i) => {
          const row = at(i, level)
          return row ? [[i, roundRatio(client, row) ?? 0] as const] : []
        })
        .reduce((worst, next) => (next[1] < worst[1] ? next : worst), ['', Number.POSITIVE_INFINITY] as const)
      const kyFloor = roundRatio(at('signet-signer-ky', level), at(peer, level))
      return { level, peer, ratio, kyFloor }
    })
    // ky's floor (the signer and ky as the client calls it, no pipeline): no client that sends through ky goes faster.
    const floors = matches.filter((m) => m.kyFloor !== undefined && m.kyFloor < 1)
    const rounds = Math.max(0, ...c.rows.map((r) => r.roundRates?.length ?? 0))
    const top = Math.max(...levels)
    const share = roundRatio(at('signet-client', top), at('signet-signer-fetch', top))
    return [
      {
        label: `Loopback ${c.exchange}: client ≥ best peer at every concurrency`,
        // A level where no peer was measured (their imports failed) has nothing to match: not a pass.
        status: verdict(matches.some((m) => m.peer === '') ? undefined : matches.every((m) => m.ratio >= 1)),
        measured:
          `${matches.map((m) => `${m.level}: ${m.peer === '' ? 'no peer measured' : `${formatRatio(m.ratio)} ${m.peer}`}`).join(', ')} (median of ${rounds} round${rounds === 1 ? '' : 's'})` +
          // The floor in three decimals: at 0.998× it is below the peer, which two would show as 1.00×.
          (floors.length > 0
            ? `; ky's floor (signer + ky, no pipeline) is below it at ${floors.map((m) => `${m.level}: ${m.kyFloor!.toFixed(3)}×`).join(', ')}`
            : ''),
      },
      {
        label: `Loopback ${c.exchange}: client ≥ ${LIMITS.throughputShareOfBareFetch * 100}% of signer + bare fetch at ${top} in flight`,
        status: verdict(share === undefined ? undefined : share >= LIMITS.throughputShareOfBareFetch),
        measured: share === undefined ? 'not measured' : `${(share * 100).toFixed(0)}%`,
      },
    ]
  })
}

/** The median over rounds of `a`'s rate over `b`'s, each pair timed in the same round; undefined without both. */
function roundRatio(a: ThroughputRow | undefined, b: ThroughputRow | undefined): number | undefined {
  // Results written before rounds were kept have none: then there is no paired ratio to give.
  const n = Math.min(a?.roundRates?.length ?? 0, b?.roundRates?.length ?? 0)
  if (n === 0) return undefined
  return median(Array.from({ length: n }, (_, i) => a!.roundRates[i]! / b!.roundRates[i]!))
}

/** Remote signing: the agent adds at most 1 ms at p99 over local signing. */
export function agentTargets(result: AgentResult | undefined): Target[] {
  return [
    {
      label: 'Remote signature through @signet/agent adds ≤ 1 ms at p99 over local signing',
      status: verdict(result ? result.addedUs.p99 <= 1000 && result.errors === 0 : undefined),
      measured: result
        ? `+${(result.addedUs.p50 / 1000).toFixed(3)} ms p50, +${(result.addedUs.p99 / 1000).toFixed(3)} ms p99; ${Math.round(result.signaturesPerSecond)} signatures/s at ${result.concurrency} in flight`
        : 'not measured',
    },
  ]
}
