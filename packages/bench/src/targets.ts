import type { Footprint } from './footprint'
import { formatKb, formatMs, formatRatio } from './format'
import type { ImportResult } from './imports'
import { SCHEME_LABELS, type Scheme } from './payloads'
import type { ClockRow, RatioTable } from './summaries'

/** One target of issue 8 with its verdict. */
export type Target = { label: string; status: 'PASS' | 'FAIL' | 'N/A'; measured: string }

export const LIMITS = {
  signingRatio: 1.5,
  importOverBareMs: 30,
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
  return ['@signet/binance', '@signet/bybit', '@signet/okx'].map((name) => {
    const row = imports?.rows.find((r) => r.name === name)
    const ok = row && !row.error ? row.overBareMs <= LIMITS.importOverBareMs : undefined
    return {
      label: `Import ${name} < ${LIMITS.importOverBareMs} ms over bare node`,
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
 * Clock: the true offset inside Signet's reported uncertainty in every trial, and Signet's median absolute error
 * at most a quarter of a single-sample method's (checked against both single-sample methods).
 */
export function clockTargets(rows: readonly ClockRow[] | undefined, syncs: number): Target[] {
  const get = (m: ClockRow['method']) => rows?.find((r) => r.method === m)
  const signet = get('signetK')
  const one = get('signet1')
  if (!signet || !one) return [{ label: 'Clock accuracy', status: 'N/A', measured: 'not measured' }]
  const inside = [signet, one].every((r) => r.inside!.outside === 0)
  const share = (m: 'noCorrection' | 'halfRtt') => signet.absError.median / get(m)!.absError.median
  return [
    {
      label: 'True offset inside Signet’s reported uncertainty in every trial',
      status: verdict(inside),
      measured: `${signet.inside!.trials - signet.inside!.outside}/${signet.inside!.trials} after ${syncs} syncs, ${one.inside!.trials - one.inside!.outside}/${one.inside!.trials} after 1`,
    },
    ...(['noCorrection', 'halfRtt'] as const).map((m) => ({
      label: `Median error ≤ ¼ of single-sample ${m === 'noCorrection' ? 'server − local-after (ccxt)' : 'RTT/2-corrected (tiagosiebler)'}`,
      status: verdict(share(m) <= LIMITS.clockErrorShare),
      measured: `${formatMs(signet.absError.median)} vs ${formatMs(get(m)!.absError.median)} (${(share(m) * 100).toFixed(0)}%)`,
    })),
  ]
}
