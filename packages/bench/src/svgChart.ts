/** One group of bars (a row of a results table) with one value per series. */
export type BarGroup = { label: string; values: Record<string, number | undefined> }

/** Options of `barChart`. */
export type BarChartOptions = {
  title: string
  /** Unit shown after the axis values, e.g. `×` or `req/s`. */
  unit: string
  series: readonly { key: string; label: string }[]
  groups: readonly BarGroup[]
  /** Log scale for values spanning decades (signing ratios). @default false */
  log?: boolean
  /** A reference line, e.g. the floor at 1× or a target. */
  reference?: { value: number; label: string } | undefined
}

// A colour-blind-safe palette (Okabe–Ito), Signet first.
const COLOURS = ['#0072B2', '#56B4E9', '#009E73', '#E69F00', '#CC79A7', '#D55E00', '#F0E442', '#999999']

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const short = (x: number) =>
  x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toPrecision(2)

/**
 * Draws a grouped horizontal bar chart as standalone SVG text from measured numbers (no hand-drawn values):
 * one group per table row, one bar per series, its value printed at the bar's end.
 */
export function barChart(options: BarChartOptions): string {
  const { title, unit, series, groups, log = false, reference } = options
  const present = series.filter((s) => groups.some((g) => g.values[s.key] !== undefined))
  const values = groups
    .flatMap((g) => present.map((s) => g.values[s.key]))
    .filter((v): v is number => v !== undefined)
  if (reference) values.push(reference.value)
  const max = Math.max(...values, 1e-9)
  const min = log ? Math.min(...values.filter((v) => v > 0), 1) : 0
  const left = 170
  const width = 760
  const plot = width - left - 90
  const bar = 12
  const groupHeight = present.length * (bar + 2) + 14
  const legendHeight = 18 * Math.ceil(present.length / 3)
  const top = 34 + legendHeight
  const height = top + groups.length * groupHeight + 24
  const x = (v: number) => (log ? (Math.log(v / min) / Math.log(max / min || 10)) * plot : (v / max) * plot)
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="8" y="18" font-size="14" font-weight="600">${xml(title)}</text>`,
  ]
  present.forEach((s, i) => {
    const lx = 8 + (i % 3) * 250
    const ly = 30 + Math.floor(i / 3) * 18
    out.push(
      `<rect x="${lx}" y="${ly}" width="10" height="10" fill="${COLOURS[i % COLOURS.length]}"/>`,
      `<text x="${lx + 14}" y="${ly + 9}">${xml(s.label)}</text>`,
    )
  })
  groups.forEach((g, gi) => {
    const gy = top + gi * groupHeight
    out.push(
      `<text x="${left - 6}" y="${gy + groupHeight / 2}" text-anchor="end" font-weight="600">${xml(g.label)}</text>`,
    )
    present.forEach((s, si) => {
      const v = g.values[s.key]
      if (v === undefined) return
      const y = gy + si * (bar + 2)
      const w = Math.max(1, x(v))
      out.push(
        `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${COLOURS[si % COLOURS.length]}"><title>${xml(`${s.label}: ${short(v)} ${unit}`)}</title></rect>`,
        `<text x="${(left + w + 4).toFixed(1)}" y="${y + bar - 2}">${short(v)}${unit === '×' ? '×' : ` ${xml(unit)}`}</text>`,
      )
    })
  })
  if (reference) {
    const rx = (left + x(reference.value)).toFixed(1)
    out.push(
      `<line x1="${rx}" y1="${top - 4}" x2="${rx}" y2="${height - 18}" stroke="#333" stroke-dasharray="4 3"/>`,
      `<text x="${rx}" y="${height - 6}" text-anchor="middle">${xml(reference.label)}</text>`,
    )
  }
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
