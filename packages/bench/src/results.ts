import type { AgentResult } from './children/agent'
import type { ClockChildResult } from './children/clock'
import type { FullChildResult } from './children/fullPath'
import type { SignChildResult } from './children/sign'
import type { ThroughputResult } from './children/throughput'
import type { Footprint } from './footprint'
import type { ImportResult } from './imports'
import type { ProfileChildResult } from './profile'
import type { ChildOutcome } from './runChildProcess'
import type { ClockRow, RatioTable } from './summaries'
import type { Target } from './targets'

/** Everything one `pnpm bench` run measured; written to results/latest.json. */
export type BenchResults = {
  meta: {
    date: string
    node: string
    cpu: string
    cores: number
    platform: string
    /** 1-minute load average before and after the run (a shared machine makes numbers noisier). */
    loadAverage: { start: number; end: number }
    seed: number
    seconds: number
    quick: boolean
    command: string
  }
  versions: Record<string, string>
  signing: { table: RatioTable; processes: ChildOutcome<SignChildResult>[] }
  fullPath: { table: RatioTable; processes: ChildOutcome<FullChildResult>[] }
  imports?: ImportResult | undefined
  footprint: (Footprint | { name: string; error: string })[]
  /** Asymmetric latency (truth inside the bound; median error ≤ every peer's). */
  clock?: { rows: ClockRow[]; process: ChildOutcome<ClockChildResult> } | undefined
  /** The same with symmetric latency (also ≤ ¼ of the best peer's median error: what several samples gain). */
  clockSymmetric?: { rows: ClockRow[]; process: ChildOutcome<ClockChildResult> } | undefined
  throughput?: ChildOutcome<ThroughputResult> | undefined
  /** Where the client's per-request time and import time go. */
  profile?: ChildOutcome<ProfileChildResult> | undefined
  /** Remote signing through @signet/agent: added latency and signatures per second. */
  agent?: ChildOutcome<AgentResult> | undefined
  targets: Target[]
}
