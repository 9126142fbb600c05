import type { Impl } from './adapters/types'
import { renderCharts } from './charts'
import { formatKb, formatMs, formatNs, formatRatio, formatSize, table } from './format'
import { SCHEME_LABELS, type Scheme } from './payloads'
import type { BenchResults } from './results'
import type { Cell, RatioTable } from './summaries'

export const REPRODUCE = 'pnpm install --frozen-lockfile && pnpm bench'

const IMPL_HEADERS: [Impl, string][] = [
  ['signet-sync', 'Signet `signSync`'],
  ['signet-async', 'Signet `sign`'],
  ['ccxt', 'ccxt `sign()`'],
  ['binance-connector', '@binance/connector'],
  ['siebly', 'tiagosiebler SDK¹'],
]

const cell = (c: Cell | undefined) => {
  if (!c) return '–'
  const rejected = c.accepted === false ? ` ✗ rejected (${c.code})` : ''
  return `${formatNs(c.nsPerOp)} · **${formatRatio(c.ratio)}**${rejected}`
}

function ratioSection(t: RatioTable, rowLabel: (row: string) => string, impls: [Impl, string][]): string {
  const used = impls.filter(([impl]) => t.rows.some((r) => t.cells[r]?.[impl]))
  return table(
    ['Request', 'floor (node:crypto)', ...used.map(([, h]) => h)],
    t.rows.map((row) => [
      rowLabel(row),
      formatNs(t.floorNs[row]!),
      ...used.map(([impl]) => cell(t.cells[row]?.[impl])),
    ]),
  )
}

const CLOCK_LABELS = {
  signetK: 'Signet `createServerClock`, after N syncs',
  signet1: 'Signet `createServerClock`, after 1 sync (what the client does on first use)',
  noCorrection: 'single sample: server − local time after response (ccxt `loadTimeDifference`)',
  halfRtt: 'single sample + RTT/2 correction (tiagosiebler `fetchTimeOffset`)',
}

/**
 * Renders the results as Markdown: every table and the method notes (results/latest.md), or with `readme` the
 * targets, the signing table and one line per other measurement (the README section).
 */
export function renderMarkdown(r: BenchResults, options: { readme?: boolean } = {}): string {
  const out: string[] = []
  const m = r.meta
  out.push(
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu} (${m.cores} cores), Node ${m.node}, ${m.platform}; load average ${m.loadAverage.start.toFixed(2)} → ${m.loadAverage.end.toFixed(2)}; ${Math.round(m.seconds)} s${m.quick ? ' (quick mode: few rounds, indicative only)' : ''}.`,
    `Reproduce: \`${REPRODUCE}\`. Raw data: \`packages/bench/results/latest.json\`; method: \`packages/bench/results/latest.md\`.`,
    '',
    '**Targets**',
    '',
    table(
      ['Target', 'Result', 'Measured'],
      r.targets.map((t) => [
        t.label,
        t.status === 'PASS' ? '✅ PASS' : t.status === 'FAIL' ? '❌ FAIL' : 'N/A',
        t.measured,
      ]),
    ),
    '',
    '**1. Signing one order request** (median ns/op · median ratio to the hand-written floor timed in the same process and round; the floor column is the floor’s median over all processes)',
    '',
    ratioSection(r.signing.table, (row) => SCHEME_LABELS[row as Scheme] ?? row, IMPL_HEADERS),
    '',
    '¹ npm `binance` 3.6.5 / `bybit-api` 4.7.7 / `okx-api` 3.2.3 (WebCrypto, key imported on every request, their default). ✗ = Signet’s verifier (the exchange’s check) rejected that library’s request.',
    verdicts(r),
    '',
  )
  if (options.readme) {
    out.push(readmeSummary(r))
    return out.join('\n')
  }
  out.push(
    '**2. Full order call, network replaced** (injected fetch / axios adapter answering a canned success; floor = node:crypto signing + one fetch + JSON.parse)',
    '',
    ratioSection(
      r.fullPath.table,
      (row) =>
        ({ binance: 'Binance order (HMAC)', bybit: 'Bybit order (HMAC)', okx: 'OKX order' })[row] ?? row,
      [
        ['signet-async', 'Signet client `request`'],
        ['signet-signer-ky', 'Signet signer + ky²'],
        ['ky-minimal', 'minimal ky call²'],
        ['signet-signer-fetch', 'Signet signer + bare fetch²'],
        ['ccxt', 'ccxt implicit API'],
        ['binance-connector', '@binance/connector `newOrder`'],
        ['siebly', 'tiagosiebler SDK `submit…Order`'],
      ],
    ),
    '',
    '² Diagnostics for the client’s cost: the same signer and request sent with a ky instance configured like the client’s (retry 0, 10 s timeout), and with the bare injected fetch (no clock, no classification).',
    '',
    '**3. Cold import, memory and install footprint** (fresh `node` process per import, median of runs, minus a bare `node -e`)',
    '',
  )
  const fp = new Map(r.footprint.map((f) => [f.name, f]))
  out.push(
    table(
      [
        'Package',
        'Import over bare node',
        'CPU over bare',
        '`import()` in process',
        'Peak RSS (over bare)',
        'On disk (with deps)',
        'Runtime deps (third-party)',
      ],
      (r.imports?.rows ?? []).map((row) => {
        const f = fp.get(row.name)
        const disk =
          !f || 'error' in f ? 'n/a' : `${formatSize(f.totalBytes)} (own ${formatSize(f.ownBytes)})`
        const deps = !f || 'error' in f ? 'n/a' : `${f.dependencies.length} (${f.thirdParty})`
        return row.error
          ? [row.name, row.error, '', '', '', disk, deps]
          : [
              row.name,
              formatMs(row.overBareMs),
              formatMs(row.cpuOverBareMs),
              formatMs(row.inProcessMs),
              `${row.peakRssMb.toFixed(1)} MiB (+${row.rssOverBareMb.toFixed(1)})`,
              disk,
              deps,
            ]
      }),
    ),
    '',
  )
  const signetDisk = ['@signet/binance', '@signet/bybit', '@signet/okx'].flatMap((name) => {
    const f = fp.get(name)
    if (!f || 'error' in f) return []
    const k = f.kinds
    return [
      `core + ${name.slice(8)} ${formatKb(f.totalBytes)} = ESM ${formatKb(k.esm)} + CJS ${formatKb(k.cjs)} + type declarations ${formatKb(k.types)} + other ${formatKb(k.other)}`,
    ]
  })
  if (signetDisk.length > 0) out.push(`On disk, by kind of file: ${signetDisk.join('; ')}.`, '')
  out.push('**4. Clock-offset accuracy**', '')
  const scenarios = [
    ['', r.clock],
    [
      "Same jitter with symmetric latency (where Signet is held to ¼ of the best peer's median error): ",
      r.clockSymmetric,
    ],
  ] as const
  for (const [label, part] of scenarios) {
    const clock = part?.process.result
    if (!clock || !part) {
      if (label === '') out.push(`not measured: ${part?.process.error ?? 'skipped'}`, '')
      continue
    }
    const c = clock.config
    out.push(
      `${label}${c.trials} trials against the emulator, each with a random skew in ±${c.maxSkewMs} ms (the truth: the emulator serves \`Date.now() + skew\`), one-way latency ${c.latencyMs.up} ms up / ${c.latencyMs.down} ms down plus uniform 0–${c.jitterMs} ms jitter each way; N = ${c.samplesPerTrial} time requests per trial, which also score the single-sample methods (${clock.errors.noCorrection.length} samples).`,
      '',
      table(
        [
          'Estimator',
          'median abs. error',
          'p95',
          'max',
          'signed median',
          'truth inside reported ± (median ±)',
        ],
        part.rows.map((row) => [
          CLOCK_LABELS[row.method].replace('N syncs', `${c.samplesPerTrial} syncs`),
          formatMs(row.absError.median),
          formatMs(row.absError.p95),
          formatMs(row.absError.max),
          formatMs(row.signedMedian),
          row.inside
            ? `${row.inside.trials - row.inside.outside}/${row.inside.trials} (±${formatMs(row.inside.medianUncertaintyMs)})`
            : 'no bound reported',
        ]),
      ),
      '',
    )
    if (c.latencyMs.up !== c.latencyMs.down) {
      out.push(
        `Half the latency asymmetry, (${c.latencyMs.down} − ${c.latencyMs.up}) / 2 = ${(c.latencyMs.down - c.latencyMs.up) / 2} ms, cannot be seen from round trips by any estimator (the NTP limit): it bounds the error of every midpoint method, Signet's included.`,
        '',
      )
    }
  }
  out.push(
    '**5. Client throughput against the loopback emulator** (emulator in its own process; signed account request)',
    '',
  )
  const tp = r.throughput?.result
  if (tp) {
    for (const c of tp.cases) {
      const impls = [...new Set(c.rows.map((x) => x.impl))]
      const levels = [...new Set(c.rows.map((x) => x.concurrency))]
      const cell = (impl: string, level: number) => {
        const x = c.rows.find((row) => row.impl === impl && row.concurrency === level)
        if (!x) return '–'
        // Every request of a slice failed: no latency to show (JSON turns the NaN percentiles into null).
        if (x.requests === 0) return `0/s · ${x.errors} err`
        const cpu = x.cpuUsPerRequest === undefined ? '' : ` · ${Math.round(x.cpuUsPerRequest)} µs`
        return `${Math.round(x.requestsPerSecond)}/s · ${x.latencyMs.p50.toFixed(1)} / ${x.latencyMs.p99.toFixed(1)} ms${cpu}${x.errors ? ` · ${x.errors} err` : ''}`
      }
      out.push(
        `${c.exchange} \`${c.request}\` (req/s · p50 / p99 latency · CPU of the library's process per request · errors; every request checked by the emulator's verifier)`,
        '',
        table(
          ['In flight', ...impls.map((i) => THROUGHPUT_LABELS[i] ?? i)],
          levels.map((l) => [`${l}`, ...impls.map((i) => cell(i, l))]),
        ),
        '',
      )
    }
    out.push(
      "³ Diagnostics for ky's share: the same signer and request sent by ky (configured as the client's: retry 0, 10 s timeout) on the client's own transport (`createTransportFetch`), and by that transport without ky. signer + ky calls ky as the client does (the signed strings passed through ky to the transport, past ky's `Request`), with nothing of the client's pipeline: ky's floor, what any client that sends through ky pays; the transport alone gets them as a user writes them (headers and body in the init).",
      '',
    )
    const samples = Object.entries(tp.errorSamples ?? {})
    if (samples.length > 0)
      out.push(`First error per library: ${samples.map(([k, v]) => `${k}: ${v}`).join('; ')}`, '')
  } else out.push(`not measured: ${r.throughput?.error ?? 'skipped'}`, '')
  const profile = r.profile?.result
  out.push(
    "**6. Where the client's time goes** (CPU profile of `client.request` with the network replaced, sampled every 100 µs; import cost split by part)",
    '',
  )
  if (profile) {
    const stages = [...new Set(profile.runs.flatMap((run) => run.shares.map((x) => x.stage)))]
    out.push(
      table(
        [
          'Stage',
          ...profile.runs.map(
            (run) => `${run.exchange} (${run.usPerRequest.toFixed(0)} µs/request profiled)`,
          ),
        ],
        stages.map((stage) => [
          stage,
          ...profile.runs.map((run) => {
            const share = run.shares.find((x) => x.stage === stage)?.share
            return share === undefined ? '–' : `${(share * 100).toFixed(1)}%`
          }),
        ]),
      ),
      '',
      table(
        ['Import part', 'ms (median of 7 fresh processes)'],
        profile.imports.map((x) => [x.part, x.ms.toFixed(1)]),
      ),
      '',
    )
  } else out.push(`not measured: ${r.profile?.error ?? 'skipped'}`, '')
  const agent = r.agent?.result
  out.push(
    "**7. Remote signing through `@signet/agent`** (the Binance order intent signed locally and through `createRemoteSigner` over the agent's Unix socket, alternating; then one agent's throughput)",
    '',
  )
  if (agent) {
    const ms = (us: number) => `${(us / 1000).toFixed(3)} ms`
    out.push(
      table(
        ['', 'p50', 'p99'],
        [
          ['local `sign`', ms(agent.localUs.p50), ms(agent.localUs.p99)],
          ['remote `sign` (agent)', ms(agent.remoteUs.p50), ms(agent.remoteUs.p99)],
          ['added by the agent', ms(agent.addedUs.p50), ms(agent.addedUs.p99)],
        ],
      ),
      '',
      `One agent: ${Math.round(agent.signaturesPerSecond)} signatures/s with ${agent.concurrency} in flight from one bot (${agent.errors} errors).`,
      '',
    )
  } else out.push(`not measured: ${r.agent?.error ?? 'skipped'}`, '')
  if (!options.readme) out.push(METHOD_NOTES)
  return out.join('\n')
}

const THROUGHPUT_LABELS: Record<string, string> = {
  'signet-client': 'Signet client',
  'signet-signer-fetch': 'Signet signer + bare fetch',
  'signet-signer-ky': 'signer + ky³',
  'signet-signer-transport': 'signer + client transport³',
  ccxt: 'ccxt',
  'binance-connector': '@binance/connector',
  siebly: 'tiagosiebler SDK',
}

/** Sections 2-5 in a few lines, for the README. */
function readmeSummary(r: BenchResults): string {
  const lines: string[] = []
  // Drawn by the same run (packages/bench/src/charts.ts) from the numbers below.
  const charts = renderCharts(r)
  for (const [file, alt] of [
    ['signing.svg', 'Signing time relative to node:crypto, per library'],
    ['loopback.svg', 'Loopback throughput per library and concurrency'],
    ['full-call.svg', 'Full order call with the network replaced, per library'],
    ['clock.svg', 'Clock offset error per estimator'],
  ] as const) {
    if (charts[file]) lines.push(`![${alt}](packages/bench/results/charts/${file})`, '')
  }
  const full = r.fullPath.table
  const ratios = (impl: Impl) =>
    full.rows
      .map((row) => full.cells[row]?.[impl]?.ratio)
      .filter((x): x is number => x !== undefined)
      .map(formatRatio)
      .join(' / ')
  if (full.rows.length > 0) {
    lines.push(
      `- **Full order call, network replaced** (Binance / Bybit / OKX, ratio to node:crypto + bare fetch): Signet client ${ratios('signet-async')} (the same signer sent through ky alone: ${ratios('signet-signer-ky')}); ccxt ${ratios('ccxt')}; tiagosiebler SDKs ${ratios('siebly')}.`,
    )
  }
  const fp = new Map(r.footprint.map((f) => [f.name, f]))
  const size = (name: string) => {
    const f = fp.get(name)
    return !f || 'error' in f ? 'n/a' : `${formatSize(f.totalBytes)}, ${f.thirdParty} third-party deps`
  }
  const imp = (name: string) => {
    const row = r.imports?.rows.find((x) => x.name === name)
    return row && !row.error ? `${formatMs(row.overBareMs)}` : 'n/a'
  }
  lines.push(
    `- **Cold import over bare node / install size with dependencies:** @signet/binance ${imp('@signet/binance')} / ${size('@signet/binance')} (with core); @signet/client ${imp('@signet/client')} / ${size('@signet/client')}; ccxt ${imp('ccxt')} / ${size('ccxt')}; @binance/connector ${imp('@binance/connector')} / ${size('@binance/connector')}; binance ${imp('binance')} / ${size('binance')}.`,
  )
  const clock = r.clock?.rows
  if (clock && clock.length > 0) {
    const get = (m: string) => clock.find((x) => x.method === m)
    lines.push(
      `- **Clock offset, asymmetric jittery latency** (median abs. error): Signet ${formatMs(get('signetK')!.absError.median)} after ${r.clock!.process.result!.config.samplesPerTrial} syncs (${formatMs(get('signet1')!.absError.median)} after 1), truth inside its reported bound in ${get('signetK')!.inside!.trials - get('signetK')!.inside!.outside}/${get('signetK')!.inside!.trials} trials; single sample ${formatMs(get('noCorrection')!.absError.median)}, with RTT/2 correction ${formatMs(get('halfRtt')!.absError.median)}.`,
    )
  }
  const tp = r.throughput?.result
  if (tp) {
    for (const c of tp.cases) {
      const at64 = c.rows.filter((x) => x.concurrency === Math.max(...c.rows.map((y) => y.concurrency)))
      lines.push(
        `- **Loopback throughput, ${c.exchange}, ${at64[0]?.concurrency ?? 64} in flight** (req/s): ${at64.map((x) => `${THROUGHPUT_LABELS[x.impl] ?? x.impl} ${Math.round(x.requestsPerSecond)}`).join('; ')}.`,
      )
    }
  }
  lines.push('', 'All tables and the method: `packages/bench/results/latest.md`.')
  return lines.join('\n')
}

/** One line saying whether the exchange check accepted every measured library's request. */
function verdicts(r: BenchResults): string {
  const all = r.signing.processes.flatMap((p) => p.result?.verified ?? [])
  if (all.length === 0) return 'No request was checked (Signet’s exchange packages are not built).'
  const rejected = all.filter((v) => !v.accepted)
  return rejected.length === 0
    ? `Signet’s verifiers accepted one signed request from every library and scheme above (${all.length} checked).`
    : `Rejected by Signet’s verifiers: ${rejected.map((v) => `${v.impl} ${v.scheme} (${v.code})`).join(', ')}.`
}

const METHOD_NOTES = `**How it is measured**

- Every number comes from this one run. Signing and full-path timings run one fresh \`node --expose-gc\` process per
  library; each process also times the floor, interleaved with the library in random order over many rounds
  (batches of ~10 ms for signing, ~20 ms for the full path; a minor GC before each signing batch and a full GC before
  each full-path batch, with one turn of the event loop between two collections so finalizers run as in a program that
  does I/O, so no batch pays for another's garbage). The ratio is the median over rounds of library ns/op ÷ floor
  ns/op from the same round, so machine noise mostly cancels; ns/op are medians and vary with load.
- The floor is hand-written node:crypto code with keys prepared once (KeyObjects): it builds the same query or JSON
  body and signs it, no validation. Signet's signers are created once (keys parsed once) and called with
  \`{ timestamp: Date.now(), windowMs: 5000 }\` (OKX: no window, so no \`expTime\` header); every library reads the
  clock itself. All libraries sign the same parameters, including the client order id (so none injects its own).
- Libraries are stopped right before the network: ccxt \`exchange.sign()\`; @binance/connector \`newOrder\` with its
  \`createRequest\` helper replaced by one returning the config; npm \`binance\` \`getRESTRequestSignature\` + the URL its
  \`_call\` builds; \`bybit-api\` \`buildRequest\`; \`okx-api\` \`signRequest\` + the headers its \`_call\` sets. One request
  from each is checked by Signet's verifier for that exchange.
- Full path: Signet's client (\`request\` with the signing benchmark's intent: Binance params in the query string)
  gets an injected \`fetch\`; ccxt gets \`fetchImplementation\` (throttler off); the axios-based SDKs get an axios
  adapter. All answer a canned success at once. The fetch stand-in does what \`fetch\` does before the socket (builds
  a \`Request\`, reads its body); an axios adapter receives the config with the body already serialised, which
  slightly favours the axios-based SDKs. Signet's client syncs its clock once (through the same fetch) before the
  timed rounds.
- Imports: \`node --input-type=module -e "await import(pkg)"\` from packages/bench, interleaved with a bare process,
  built dist only (no loader hooks). Peak RSS = \`process.resourceUsage().maxRSS\`. On disk: the published files of
  workspace packages (\`files\` + package.json/README/LICENSE) and installed directories of third-party packages, plus
  the production dependency closure (dependencies + installed optionalDependencies); 1 kB = 1000 bytes.
- Clock: each trial sets a new skew; Signet's clock syncs N times through the client's time request; each of those
  requests is also scored as the single-sample estimators compute it. Error = estimated offset − skew.
- Loopback: the emulator runs in its own process without rate limits (the peers run without their throttlers).
  Each library sends through its own default transport: Signet's client through ky on its own undici \`Agent\`
  (dispatch API, at most \`maxInFlight\` = 64 connections), "signer + bare fetch" through the global \`fetch\` as a
  user writes it (Node's default dispatcher, untuned), ccxt through undici's low-level \`request\` API on its own
  keep-alive \`Agent\` (no \`Request\`/\`Response\` objects), the others through axios. The emulator keeps idle
  connections for 60 s, as an exchange does, so every library sends on warm keep-alive connections. The CPU column
  is the library's process (user + system) per request: the emulator's work is the same for everyone. Each round
  times every library once, back to back in a shuffled order, for a fixed time; the table pools the rounds, and the
  targets take the median over rounds of the client's rate over another's from the same round (one second of the same
  code varies by about ±20% on a shared 2-core machine, so a pooled rate of a few rounds is decided by the moment).
`
