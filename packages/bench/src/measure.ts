import { median, shuffled } from './stats'

/** One thing to time: a call that does one operation (sync, or awaited when `async`). */
export type Unit = { id: string; run: () => unknown; async: boolean }

/** A floor and the implementations compared with it, measured in the same process and the same rounds. */
export type Group = { key: string; floor: Unit; impls: Unit[] }

export type MeasureOptions = {
  /** Rounds; each round times one batch of every unit, in a fresh random order. */
  rounds: number
  /** Target duration of one batch, in ms. */
  batchMs: number
  /** Warm-up per unit before calibrating (lets the JIT settle), in ms. */
  warmupMs: number
  random: () => number
  /** Stop after this many ms even if rounds remain (at least `minRounds` are always run). */
  budgetMs?: number
  minRounds?: number
  /** Collection before each batch. @default 'minor' */
  gc?: 'minor' | 'major'
}

/** Per unit: ns/op of each round; per implementation: its ratio to the floor of the same round. */
export type GroupResult = {
  key: string
  floor: { id: string; nsPerOp: number[] }
  impls: { id: string; nsPerOp: number[]; ratio: number[] }[]
  opsPerBatch: Record<string, number>
}

type GcFn = (options?: { type?: 'minor' | 'major' }) => void
const gc = (globalThis as { gc?: GcFn }).gc

let sink: unknown

// One turn of the event loop. Calls that resolve at once never leave the microtask queue, so without it a whole run
// would go by without one: finalization callbacks wait for a turn (undici's `Request` lets go of ky's `AbortSignal`
// in one), and the full-path child grew by ~4 kB per ky call to ~450 MB, a heap no program that does I/O keeps.
const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Awaits `run` `n` times, one after another, letting the event loop turn after every `turnEvery` calls. */
export async function repeat(run: () => unknown, n: number, turnEvery = 200): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await run()
    if (i % turnEvery === 0) await turn()
  }
}

async function batch(unit: Unit, n: number, gcType: 'minor' | 'major'): Promise<number> {
  // Collect the previous unit's garbage first, so each batch pays only for its own allocations. Libraries whose
  // objects outlive a scavenge (per-request axios instances, undici streams) leave old-generation garbage: the
  // full-path benchmark collects it too, or the next unit's batch would pay for it. The turn runs the finalizers
  // that collection queued; the second collection takes what they let go.
  gc?.({ type: gcType })
  await turn()
  gc?.({ type: gcType })
  const start = process.hrtime.bigint()
  if (unit.async) for (let i = 0; i < n; i++) sink = await unit.run()
  else for (let i = 0; i < n; i++) sink = unit.run()
  return Number(process.hrtime.bigint() - start) / n
}

/** Runs `unit` for about `ms`, growing batches, then returns the median ns/op of five batches of the final size. */
async function warm(unit: Unit, ms: number, gcType: 'minor' | 'major'): Promise<number> {
  const deadline = performance.now() + ms
  let n = 1
  while (performance.now() < deadline || n <= 2) {
    const perOp = await batch(unit, n, gcType)
    if (perOp * n < ms * 1e5) n *= 2 // grow batches until one takes ~ms/10
  }
  const settled: number[] = []
  for (let i = 0; i < 5; i++) settled.push(await batch(unit, n, gcType))
  return median(settled)
}

/**
 * Times every unit of every group in interleaved rounds: ratios compare an implementation with the floor timed
 * moments before or after it in the same process, so machine noise (other processes, CPU frequency) mostly cancels.
 */
export async function measureGroups(
  groups: readonly Group[],
  options: MeasureOptions,
): Promise<GroupResult[]> {
  const {
    rounds,
    batchMs,
    warmupMs,
    random,
    budgetMs = Number.POSITIVE_INFINITY,
    minRounds = 5,
    gc: gcType = 'minor',
  } = options
  const started = performance.now()
  const ops = new Map<string, number>()
  const all = groups.flatMap((g) => [g.floor, ...g.impls])
  for (const unit of shuffled(all, random)) {
    const perOp = await warm(unit, warmupMs, gcType)
    ops.set(unit.id, Math.max(1, Math.min(1_000_000, Math.round((batchMs * 1e6) / perOp))))
  }
  const results = groups.map<GroupResult>((g) => ({
    key: g.key,
    floor: { id: g.floor.id, nsPerOp: [] },
    impls: g.impls.map((u) => ({ id: u.id, nsPerOp: [], ratio: [] })),
    opsPerBatch: Object.fromEntries([g.floor, ...g.impls].map((u) => [u.id, ops.get(u.id)!])),
  }))
  for (let round = 0; round < rounds; round++) {
    if (round >= minRounds && performance.now() - started > budgetMs) break
    for (const index of shuffled(
      groups.map((_, i) => i),
      random,
    )) {
      const group = groups[index]!
      const result = results[index]!
      const times = new Map<string, number>()
      for (const unit of shuffled([group.floor, ...group.impls], random)) {
        times.set(unit.id, await batch(unit, ops.get(unit.id)!, gcType))
      }
      const floor = times.get(group.floor.id)!
      result.floor.nsPerOp.push(floor)
      for (const impl of result.impls) {
        const ns = times.get(impl.id)!
        impl.nsPerOp.push(ns)
        impl.ratio.push(ns / floor)
      }
    }
  }
  void sink
  return results
}

/** Median ns/op and median same-round ratio of one implementation. */
export function summarizeImpl(impl: { nsPerOp: number[]; ratio: number[] }) {
  return { nsPerOp: median(impl.nsPerOp), ratio: median(impl.ratio), rounds: impl.ratio.length }
}
