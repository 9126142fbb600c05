import type { Impl } from './adapters/types'
import { SCHEME_LABELS, type Scheme } from './payloads'
import type { BenchResults } from './results'
import { barChart } from './svgChart'

const LIBRARIES: { key: Impl; label: string }[] = [
  { key: 'signet-sync', label: 'Signet signSync' },
  { key: 'signet-async', label: 'Signet sign / client request' },
  { key: 'ky-minimal', label: 'minimal ky call' },
  { key: 'signet-signer-fetch', label: 'Signet signer + bare fetch' },
  { key: 'ccxt', label: 'ccxt' },
  { key: 'binance-connector', label: '@binance/connector' },
  { key: 'siebly', label: 'tiagosiebler SDK' },
]

const LOOPBACK: { key: string; label: string }[] = [
  { key: 'signet-client', label: 'Signet client' },
  { key: 'signet-signer-fetch', label: 'Signet signer + bare fetch' },
  { key: 'ccxt', label: 'ccxt' },
  { key: 'binance-connector', label: '@binance/connector' },
  { key: 'siebly', label: 'tiagosiebler SDK' },
]

/** The SVG charts of one run, by file name; every number comes from `results`. */
export function renderCharts(r: BenchResults): Record<string, string> {
  const charts: Record<string, string> = {}
  const signing = r.signing.table
  if (signing.rows.length > 0) {
    charts['signing.svg'] = barChart({
      title: 'Signing one order request: time relative to hand-written node:crypto (lower is better)',
      unit: '×',
      log: true,
      reference: { value: 1, label: 'floor 1×' },
      series: LIBRARIES.filter((l) => !['ky-minimal', 'signet-signer-fetch'].includes(l.key)),
      groups: signing.rows.map((row) => ({
        label: SCHEME_LABELS[row as Scheme]?.replace(/ POST \S+,/, '') ?? row,
        values: Object.fromEntries(LIBRARIES.map((l) => [l.key, signing.cells[row]?.[l.key]?.ratio])),
      })),
    })
  }
  const full = r.fullPath.table
  if (full.rows.length > 0) {
    charts['full-call.svg'] = barChart({
      title: 'Full order call, network replaced: µs per call (lower is better)',
      unit: 'µs',
      series: LIBRARIES.filter((l) => l.key !== 'signet-sync'),
      groups: full.rows.map((row) => ({
        label: row,
        values: Object.fromEntries(
          LIBRARIES.map((l) => {
            const cell = full.cells[row]?.[l.key]
            return [l.key, cell ? cell.nsPerOp / 1000 : undefined]
          }),
        ),
      })),
    })
  }
  const tp = r.throughput?.result
  if (tp && tp.cases.length > 0) {
    charts['loopback.svg'] = barChart({
      title: 'Loopback emulator: verified requests per second by requests in flight (higher is better)',
      unit: 'req/s',
      series: LOOPBACK,
      groups: tp.cases.flatMap((c) =>
        [...new Set(c.rows.map((x) => x.concurrency))].map((level) => ({
          label: `${c.exchange} · ${level} in flight`,
          values: Object.fromEntries(
            LOOPBACK.map((l) => [
              l.key,
              c.rows.find((x) => x.impl === l.key && x.concurrency === level)?.requestsPerSecond,
            ]),
          ),
        })),
      ),
    })
  }
  const clockGroups = [
    { label: 'asymmetric latency', rows: r.clock?.rows },
    { label: 'symmetric latency', rows: r.clockSymmetric?.rows },
  ].filter((g) => g.rows && g.rows.length > 0)
  if (clockGroups.length > 0) {
    const estimators = [
      { key: 'signetK', label: 'Signet, after N syncs' },
      { key: 'signet1', label: 'Signet, after 1 sync' },
      { key: 'noCorrection', label: 'single sample (ccxt)' },
      { key: 'halfRtt', label: 'single sample + RTT/2 (tiagosiebler)' },
    ]
    charts['clock.svg'] = barChart({
      title: 'Clock offset error against the emulator: median and p95 absolute error, ms (lower is better)',
      unit: 'ms',
      series: estimators,
      groups: clockGroups.flatMap((g) =>
        (['median', 'p95'] as const).map((stat) => ({
          label: `${stat}, ${g.label}`,
          values: Object.fromEntries(
            estimators.map((e) => [e.key, g.rows!.find((row) => row.method === e.key)?.absError[stat]]),
          ),
        })),
      ),
    })
  }
  return charts
}
