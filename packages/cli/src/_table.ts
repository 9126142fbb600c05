import { type Style, stripAnsi } from './_style'

/** Options of `formatTable`. @internal */
export type TableOptions = {
  /** Column titles. */
  header: readonly string[]
  /** Alignment per column. @default 'left' for every column */
  align?: readonly ('left' | 'right')[]
  /** Spaces before each line. @default 2 */
  indent?: number
}

/** Lays out rows as aligned columns under a dimmed header and rule; cells may carry ANSI colours. @internal */
export function formatTable(
  rows: readonly (readonly string[])[],
  options: TableOptions,
  style: Style,
): string {
  const { header, align = [], indent = 2 } = options
  const widths = header.map((title, column) =>
    Math.max(stripAnsi(title).length, ...rows.map((row) => stripAnsi(row[column] ?? '').length)),
  )
  const pad = (cell: string, column: number) => {
    const gap = ' '.repeat(Math.max(0, widths[column]! - stripAnsi(cell).length))
    return align[column] === 'right' ? gap + cell : cell + gap
  }
  const line = (cells: readonly string[]) =>
    ' '.repeat(indent) +
    header
      .map((_, column) => pad(cells[column] ?? '', column))
      .join('  ')
      .trimEnd()
  const rule = ' '.repeat(indent) + widths.map((w) => '─'.repeat(w)).join('  ')
  return [style.dim(line(header)), style.dim(rule), ...rows.map(line)].join('\n')
}
