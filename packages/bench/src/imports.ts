import { spawnSync } from 'node:child_process'
import { COMPARED_PACKAGES } from './compared'
import { benchDir } from './paths'
import { median, shuffled } from './stats'

export type ImportRow = {
  name: string
  /** Median wall time of `node -e "await import(name)"` minus that of the bare process, ms. */
  overBareMs: number
  /**
   * Median CPU time (user + system) of the process minus the bare process's, ms: less sensitive than wall time
   * to other processes competing for the cores.
   */
  cpuOverBareMs: number
  /** Median time of the `import()` itself, measured inside the process, ms. */
  inProcessMs: number
  /** Median peak RSS of the process (resourceUsage().maxRSS), and its excess over the bare process, MiB. */
  peakRssMb: number
  rssOverBareMb: number
  runs: number
  error?: string | undefined
}

export type ImportResult = {
  bare: { wallMs: number; cpuMs: number; peakRssMb: number; runs: number }
  rows: ImportRow[]
}

type Run = { wallMs: number; inProcessMs: number; cpuMs: number; rssKb: number } | { error: string }

function once(specifier: string | undefined): Run {
  // Both processes print the same line; only the import differs (bare = `node -e` with no import).
  const body =
    specifier === undefined
      ? 'const d = 0'
      : `const t = performance.now(); await import(${JSON.stringify(specifier)}); const d = performance.now() - t`
  const code = `${body}; const u = process.resourceUsage(); process.stdout.write(JSON.stringify({ d, rss: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 }))`
  const start = process.hrtime.bigint()
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: benchDir,
    encoding: 'utf8',
  })
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6
  if (out.status !== 0)
    return { error: (out.stderr || `exit ${out.status}`).split('\n').find((l) => l.trim()) ?? '' }
  const parsed = JSON.parse(out.stdout)
  return { wallMs, inProcessMs: parsed.d, cpuMs: parsed.cpu, rssKb: parsed.rss }
}

/**
 * Cold import cost: each package imported in a fresh `node` process, the packages and the bare process
 * interleaved in a new random order each round; medians minus the bare process's median. Third-party packages
 * (up to seconds each, far from any target) get `heavyRounds` rounds, Signet's and the bare process `rounds`.
 */
export function measureImports(rounds: number, heavyRounds: number, random: () => number): ImportResult {
  const names: (string | undefined)[] = [undefined, ...COMPARED_PACKAGES]
  const runs = new Map<string | undefined, Run[]>(names.map((n) => [n, []]))
  const roundsOf = (name: string | undefined) =>
    name === undefined || name.startsWith('@signet/') ? rounds : Math.min(rounds, heavyRounds)
  for (let r = 0; r < rounds; r++) {
    for (const name of shuffled(names, random)) if (r < roundsOf(name)) runs.get(name)!.push(once(name))
  }
  const ok = (list: Run[]) => list.filter((x): x is Exclude<Run, { error: string }> => !('error' in x))
  const bareRuns = ok(runs.get(undefined)!)
  const bareWall = median(bareRuns.map((x) => x.wallMs))
  const bareCpu = median(bareRuns.map((x) => x.cpuMs))
  const bareRss = median(bareRuns.map((x) => x.rssKb)) / 1024
  const rows = COMPARED_PACKAGES.map<ImportRow>((name) => {
    const all = runs.get(name)!
    const good = ok(all)
    const failed = all.find((x) => 'error' in x) as { error: string } | undefined
    const peak = median(good.map((x) => x.rssKb)) / 1024
    return {
      name,
      overBareMs: median(good.map((x) => x.wallMs)) - bareWall,
      cpuOverBareMs: median(good.map((x) => x.cpuMs)) - bareCpu,
      inProcessMs: median(good.map((x) => x.inProcessMs)),
      peakRssMb: peak,
      rssOverBareMb: peak - bareRss,
      runs: good.length,
      error: good.length === 0 ? failed?.error : undefined,
    }
  })
  return { bare: { wallMs: bareWall, cpuMs: bareCpu, peakRssMb: bareRss, runs: bareRuns.length }, rows }
}
