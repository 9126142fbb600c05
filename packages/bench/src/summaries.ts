import type { Impl } from './adapters/types'
import type { ClockChildResult } from './children/clock'
import type { FullChildResult } from './children/fullPath'
import type { SignChildResult } from './children/sign'
import type { GroupResult } from './measure'
import { median, type Summary, summarize } from './stats'

/** One implementation on one row: median ns/op, median same-round ratio to the floor, rounds, verifier verdict. */
export type Cell = {
  nsPerOp: number
  ratio: number
  rounds: number
  accepted?: boolean | undefined
  code?: string | number | undefined
}

/** A table of rows (schemes or exchanges) by implementation, plus the floor's ns/op per row. */
export type RatioTable = {
  rows: string[]
  /** Median of the floor's ns/op over every process that timed it. */
  floorNs: Record<string, number>
  cells: Record<string, Partial<Record<Impl, Cell>>>
}

/** Folds the per-process group results into one table. */
export function ratioTable(
  children: readonly { groups: GroupResult[] }[],
  verified: readonly {
    scheme: string
    impl: string
    accepted: boolean
    code?: string | number | undefined
  }[] = [],
): RatioTable {
  const floors = new Map<string, number[]>()
  // Rounds of the same implementation from several processes are pooled before taking medians.
  const pooled = new Map<string, Map<Impl, { ns: number[]; ratio: number[] }>>()
  for (const child of children) {
    for (const group of child.groups) {
      floors.set(group.key, [...(floors.get(group.key) ?? []), ...group.floor.nsPerOp])
      const row = pooled.get(group.key) ?? new Map()
      pooled.set(group.key, row)
      for (const impl of group.impls) {
        const name = impl.id.split(':')[0] as Impl
        const acc = row.get(name) ?? { ns: [], ratio: [] }
        acc.ns.push(...impl.nsPerOp)
        acc.ratio.push(...impl.ratio)
        row.set(name, acc)
      }
    }
  }
  const cells: RatioTable['cells'] = {}
  for (const [key, row] of pooled) {
    cells[key] = {}
    for (const [name, acc] of row) {
      const verdict = verified.find((v) => v.scheme === key && v.impl === name)
      cells[key]![name] = {
        nsPerOp: median(acc.ns),
        ratio: median(acc.ratio),
        rounds: acc.ratio.length,
        accepted: verdict?.accepted,
        code: verdict?.code,
      }
    }
  }
  const floorNs = Object.fromEntries([...floors].map(([k, v]) => [k, median(v)]))
  return { rows: [...floors.keys()], floorNs, cells }
}

/** The signing table from every signing process. */
export const signingTable = (children: readonly SignChildResult[]) =>
  ratioTable(
    children,
    children.flatMap((c) => c.verified),
  )

/** The full-path table from every full-path process. */
export const fullPathTable = (children: readonly FullChildResult[]) => ratioTable(children)

/** One estimator's accuracy: absolute error distribution, signed median, and containment where it reports a bound. */
export type ClockRow = {
  method: 'signetK' | 'signet1' | 'noCorrection' | 'halfRtt'
  absError: Summary
  signedMedian: number
  inside?: { trials: number; outside: number; medianUncertaintyMs: number } | undefined
}

/** Accuracy rows of the clock benchmark. */
export function clockRows(result: ClockChildResult): ClockRow[] {
  const row = (method: ClockRow['method']): ClockRow => {
    const errors = result.errors[method]
    const base = { method, absError: summarize(errors.map(Math.abs)), signedMedian: median(errors) }
    if (method !== 'signetK' && method !== 'signet1') return base
    return {
      ...base,
      inside: {
        trials: errors.length,
        outside: result.outside[method],
        medianUncertaintyMs: median(result.uncertainty[method]),
      },
    }
  }
  return [row('signetK'), row('signet1'), row('noCorrection'), row('halfRtt')]
}
