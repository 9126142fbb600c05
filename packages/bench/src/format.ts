/** ns/op for tables: `850 ns`, `12.3 µs`, `1.23 ms`. */
export function formatNs(ns: number): string {
  if (!Number.isFinite(ns)) return 'n/a'
  if (ns < 1000) return `${Math.round(ns)} ns`
  if (ns < 1e6) return `${(ns / 1000).toFixed(ns < 1e4 ? 2 : 1)} µs`
  return `${(ns / 1e6).toFixed(2)} ms`
}

/** A ratio to the floor: `1.12×`. */
export const formatRatio = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a')

/** Bytes as kB (1 kB = 1000 bytes, as npm reports unpacked size). */
export const formatKb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

/** Bytes as MB (1 MB = 10^6 bytes) for large installs, kB below 1 MB. */
export const formatSize = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : formatKb(bytes)

/** Milliseconds with one decimal. */
export const formatMs = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'n/a')

/** A Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
