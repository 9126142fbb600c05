import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleSizeSection } from './bundleSize'
import { renderCharts } from './charts'
import type { AgentResult } from './children/agent'
import type { ClockChildConfig, ClockChildResult } from './children/clock'
import { FULL_LIBRARIES, type FullChildResult } from './children/fullPath'
import { SIGN_LIBRARIES, type SignChildConfig, type SignChildResult } from './children/sign'
import type { ThroughputConfig, ThroughputResult } from './children/throughput'
import { COMPARED_PACKAGES } from './compared'
import { footprint } from './footprint'
import { measureImports } from './imports'
import { benchDir, repoDir, versionOf } from './paths'
import { generateKeys } from './payloads'
import type { ProfileChildResult } from './profile'
import { REPRODUCE, renderMarkdown } from './report'
import type { BenchResults } from './results'
import { type ChildOutcome, runChildProcess, startEmulatorProcess } from './runChildProcess'
import { seededRandom } from './stats'
import { clockRows, fullPathTable, signingTable } from './summaries'
import {
  agentTargets,
  clockTargets,
  footprintTargets,
  fullPathTargets,
  importTargets,
  signingTargets,
  throughputTargets,
} from './targets'

/** Settings of a run; `--quick` trades precision for time (for trying the harness). */
function settings(quick: boolean, seed: number) {
  const sign: SignChildConfig = quick
    ? { rounds: 6, batchMs: 5, warmupMs: 40, budgetMs: 3000, seed }
    : { rounds: 31, batchMs: 10, warmupMs: 150, budgetMs: 15_000, seed }
  const full: SignChildConfig = quick
    ? { rounds: 5, batchMs: 10, warmupMs: 50, budgetMs: 3000, seed }
    : { rounds: 21, batchMs: 20, warmupMs: 200, budgetMs: 15_000, seed }
  const clock: ClockChildConfig = {
    trials: quick ? 8 : 40,
    // 16 time requests: at 8, the ideal estimator's median error is itself ~0.27 of the single-sample method's
    // (README "The clock's quarter"), so the quarter would pass or fail by the draw; the clock keeps its best 8.
    samplesPerTrial: 16,
    latencyMs: { up: 4, down: 12 },
    jitterMs: 30,
    maxSkewMs: 5000,
    seed,
  }
  const throughput: Omit<ThroughputConfig, 'url'> = quick
    ? { levels: [1, 16, 64], slices: 2, sliceMs: 300, maxRequestsPerSlice: 1000, seed }
    : { levels: [1, 16, 64], slices: 7, sliceMs: 400, maxRequestsPerSlice: 5000, seed }
  // Same jitter, same round trip, no asymmetry: what several samples buy when the one-way delays are equal.
  const clockSymmetric: ClockChildConfig = {
    ...clock,
    trials: quick ? 6 : 40,
    latencyMs: { up: 8, down: 8 },
    seed: seed + 1,
  }
  return {
    sign,
    full,
    clock,
    clockSymmetric,
    throughput,
    importRounds: quick ? 3 : 20,
    heavyImportRounds: quick ? 2 : 5,
  }
}

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`)

/** Runs every measurement, writes results/latest.{json,md} and the README section, prints the tables. */
export async function runAll(args: readonly string[]): Promise<void> {
  if (args.includes('--render')) {
    // Rewrites results/latest.md and the README section from results/latest.json (after a report change).
    const results: BenchResults = JSON.parse(readFileSync(join(benchDir, 'results', 'latest.json'), 'utf8'))
    writeFileSync(join(benchDir, 'results', 'latest.md'), `# Signet benchmarks\n\n${renderMarkdown(results)}`)
    updateReadme(renderMarkdown(results, { readme: true }))
    log('rendered results/latest.md and the README section from results/latest.json')
    return
  }
  const quick = args.includes('--quick')
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
  const want = (part: string) => !only || only.includes(part)
  const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? Date.now() % 1_000_000)
  const config = settings(quick, seed)
  const started = performance.now()
  const loadStart = loadavg()[0]!
  const dir = mkdtempSync(join(tmpdir(), 'signet-bench-'))
  const env = { keysFile: join(dir, 'keys.json') }
  // Throwaway keys for this run only, shared with the children through a file in a private temp directory.
  writeFileSync(env.keysFile, JSON.stringify(generateKeys()), { mode: 0o600 })
  log(`${quick ? 'quick' : 'full'} run, seed ${seed}, ${cpus().length} cores, load ${loadStart.toFixed(2)}`)

  const sequential = async <T>(names: readonly string[], kind: string, childConfig: unknown) => {
    const out: ChildOutcome<T>[] = []
    for (const name of names) {
      const outcome = await runChildProcess<T>(kind, name, childConfig, env, {
        timeoutMs: 180_000,
        exposeGc: true,
      })
      log(`${kind} ${name}: ${outcome.error ?? 'ok'} (${outcome.seconds.toFixed(1)} s)`)
      out.push(outcome)
    }
    return out
  }

  try {
    const signing = want('sign') ? await sequential<SignChildResult>(SIGN_LIBRARIES, 'sign', config.sign) : []
    const full = want('full') ? await sequential<FullChildResult>(FULL_LIBRARIES, 'full', config.full) : []

    let imports: BenchResults['imports']
    if (want('import')) {
      const t = performance.now()
      imports = measureImports(config.importRounds, config.heavyImportRounds, seededRandom(seed))
      log(`imports: ok (${((performance.now() - t) / 1000).toFixed(1)} s)`)
    }
    const footprints = COMPARED_PACKAGES.map((name) => footprint(name))

    let clock: BenchResults['clock']
    let clockSymmetric: BenchResults['clockSymmetric']
    if (want('clock')) {
      const process = await runChildProcess<ClockChildResult>('clock', undefined, config.clock, env, {
        timeoutMs: 180_000,
      })
      log(`clock: ${process.error ?? 'ok'} (${process.seconds.toFixed(1)} s)`)
      clock = { rows: process.result ? clockRows(process.result) : [], process }
      const symmetric = await runChildProcess<ClockChildResult>(
        'clock',
        undefined,
        config.clockSymmetric,
        env,
        {
          timeoutMs: 180_000,
        },
      )
      log(`clock (symmetric): ${symmetric.error ?? 'ok'} (${symmetric.seconds.toFixed(1)} s)`)
      clockSymmetric = { rows: symmetric.result ? clockRows(symmetric.result) : [], process: symmetric }
    }

    let throughput: ChildOutcome<ThroughputResult> | undefined
    if (want('throughput')) {
      try {
        const emulator = await startEmulatorProcess(env)
        try {
          throughput = await runChildProcess<ThroughputResult>(
            'throughput',
            undefined,
            { ...config.throughput, url: emulator.url },
            env,
            // 7 rounds of 0.4 s for 19 library columns at 3 levels, plus warm-up: about 3 minutes.
            { timeoutMs: 300_000 },
          )
        } finally {
          await emulator.stop()
        }
      } catch (error) {
        throughput = { error: (error as Error).message, seconds: 0 }
      }
      log(`throughput: ${throughput.error ?? 'ok'} (${throughput.seconds.toFixed(1)} s)`)
    }

    let agent: BenchResults['agent']
    if (want('agent')) {
      agent = await runChildProcess<AgentResult>(
        'agent',
        undefined,
        quick
          ? { rounds: 500, concurrency: 16, throughputMs: 1000 }
          : { rounds: 5000, concurrency: 16, throughputMs: 3000 },
        env,
        { timeoutMs: 120_000 },
      )
      log(`agent: ${agent.error ?? 'ok'} (${agent.seconds.toFixed(1)} s)`)
    }

    let profile: BenchResults['profile']
    if (want('profile')) {
      profile = await runChildProcess<ProfileChildResult>(
        'profile',
        undefined,
        { requests: quick ? 3000 : 20_000 },
        env,
        {
          timeoutMs: 180_000,
        },
      )
      log(`profile: ${profile.error ?? 'ok'} (${profile.seconds.toFixed(1)} s)`)
    }

    const signingT = signingTable(signing.flatMap((o) => (o.result ? [o.result] : [])))
    const fullResults = full.flatMap((o) => (o.result ? [o.result] : []))
    const fullT = fullPathTable(fullResults)
    const cpu = cpus()
    const results: BenchResults = {
      meta: {
        date: new Date().toISOString(),
        node: process.version,
        cpu: cpu[0]?.model.trim() ?? 'unknown',
        cores: cpu.length,
        platform: `${platform()} ${release()}`,
        loadAverage: { start: loadStart, end: loadavg()[0]! },
        seed,
        seconds: (performance.now() - started) / 1000,
        quick,
        command: REPRODUCE,
      },
      versions: Object.fromEntries(COMPARED_PACKAGES.map((n) => [n, versionOf(n)])),
      signing: { table: signingT, processes: signing },
      fullPath: { table: fullT, processes: full },
      imports,
      footprint: footprints,
      clock,
      clockSymmetric,
      throughput,
      profile,
      agent,
      targets: [
        ...signingTargets(signingT),
        ...importTargets(imports),
        ...footprintTargets(footprints),
        ...fullPathTargets(fullResults),
        ...clockTargets(clock?.rows, clockSymmetric?.rows, config.clock.samplesPerTrial),
        ...throughputTargets(throughput?.result),
        ...agentTargets(agent?.result),
      ],
    }
    const name = quick || only ? 'quick' : 'latest'
    const resultsDir = join(benchDir, 'results')
    mkdirSync(resultsDir, { recursive: true })
    writeFileSync(join(resultsDir, `${name}.json`), `${toJson(results)}\n`)
    const markdown = renderMarkdown(results)
    // The bundled size of a minimal bot before and after the capability split (src/bundleSize.ts).
    const bundleSizes = await bundleSizeSection()
    writeFileSync(join(resultsDir, `${name}.md`), `# Signet benchmarks\n\n${markdown}${bundleSizes}`)
    process.stdout.write(bundleSizes)
    // Charts are drawn from the same results as the tables, never by hand.
    const chartsDir = join(resultsDir, name === 'latest' ? 'charts' : 'charts-quick')
    mkdirSync(chartsDir, { recursive: true })
    for (const [file, svg] of Object.entries(renderCharts(results))) writeFileSync(join(chartsDir, file), svg)
    if (name === 'latest') updateReadme(renderMarkdown(results, { readme: true }))
    process.stdout.write(`\n${markdown}\n`)
    log(
      `wrote packages/bench/results/${name}.json and .md${name === 'latest' ? ' and the README section' : ''}`,
    )
    for (const failed of [
      ...signing,
      ...full,
      clock?.process,
      clockSymmetric?.process,
      throughput,
      profile,
    ].filter((o) => o?.error)) {
      log(`not measured: ${failed!.error}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Pretty JSON with numbers kept to 6 significant digits and arrays of numbers on one line (a readable diff). */
export function toJson(value: unknown): string {
  const text = JSON.stringify(
    value,
    (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v),
    2,
  )
  return text.replace(
    /\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g,
    (_, list: string) => `[${list.split(/,\s+/).join(', ')}]`,
  )
}

/** Replaces the text between the README's bench markers (and nothing else). */
export function replaceBetweenMarkers(readme: string, content: string): string {
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  const i = readme.indexOf(start)
  const j = readme.indexOf(end)
  if (i < 0 || j < i) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> section')
  return `${readme.slice(0, i + start.length)}\n${content.trim()}\n${readme.slice(j)}`
}

function updateReadme(content: string) {
  const path = join(repoDir, 'README.md')
  writeFileSync(path, replaceBetweenMarkers(readFileSync(path, 'utf8'), content))
}
