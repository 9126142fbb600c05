import type { Style } from './_style'

/** One run of a character diff. @internal */
export type DiffPart = { op: 'equal' | 'delete' | 'insert'; text: string }

// Above this many cells the middle is shown as one replacement instead of a character-level LCS.
const MAX_CELLS = 4_000_000

/**
 * Character-level diff from `from` to `to`: common prefix and suffix, then a longest-common-subsequence
 * alignment of the middle (code points, so a surrogate pair is never split). @internal
 */
export function diffChars(from: string, to: string): DiffPart[] {
  const a = Array.from(from)
  const b = Array.from(to)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const parts: DiffPart[] = []
  const push = (op: DiffPart['op'], text: string) => {
    if (text === '') return
    const last = parts[parts.length - 1]
    if (last && last.op === op) last.text += text
    else parts.push({ op, text })
  }
  push('equal', a.slice(0, start).join(''))
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  if (midA.length * midB.length > MAX_CELLS) {
    push('delete', midA.join(''))
    push('insert', midB.join(''))
  } else {
    for (const part of lcsDiff(midA, midB)) push(part.op, part.text)
  }
  push('equal', a.slice(endA).join(''))
  return parts
}

function lcsDiff(a: string[], b: string[]): DiffPart[] {
  const n = a.length
  const m = b.length
  // lengths[i][j] = LCS length of a[i..] and b[j..], in one flat array.
  const lengths = new Uint32Array((n + 1) * (m + 1))
  const at = (i: number, j: number) => i * (m + 1) + j
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[at(i, j)] =
        a[i] === b[j]
          ? lengths[at(i + 1, j + 1)]! + 1
          : Math.max(lengths[at(i + 1, j)]!, lengths[at(i, j + 1)]!)
    }
  }
  const out: DiffPart[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ op: 'equal', text: a[i]! })
      i++
      j++
    } else if (j < m && (i === n || lengths[at(i, j + 1)]! > lengths[at(i + 1, j)]!)) {
      // On a tie the deletion comes first, so a replacement reads "removed, then added".
      out.push({ op: 'insert', text: b[j]! })
      j++
    } else {
      out.push({ op: 'delete', text: a[i]! })
      i++
    }
  }
  return out
}

/**
 * Makes hidden characters visible: `\n`, `\r`, `\t`, and other control or invisible characters as `\u{…}`,
 * so a signed text with a stray newline or zero-width space shows where it is. @internal
 */
export function visible(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: showing control characters is the point
    /[\u0000-\u001f\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060\ufeff]/g,
    (c) =>
      c === '\n'
        ? '\\n'
        : c === '\r'
          ? '\\r'
          : c === '\t'
            ? '\\t'
            : `\\u{${c.codePointAt(0)!.toString(16).padStart(4, '0')}}`,
  )
}

/** Where two texts first differ (code point index), or undefined when they are equal. @internal */
export function firstDifference(from: string, to: string): number | undefined {
  const a = Array.from(from)
  const b = Array.from(to)
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i
  return undefined
}

/**
 * Renders a diff as two lines, `yours` with the characters only it has marked and `correct` with the characters
 * only it has; without colours the marks are `[-…-]` and `{+…+}`, so they survive copy and paste. @internal
 */
export function renderDiff(parts: readonly DiffPart[], style: Style, labels = ['yours', 'correct']): string {
  const [mine = 'yours', theirs = 'correct'] = labels
  const width = Math.max(mine.length, theirs.length) + 1
  const label = (text: string) => style.dim(`${`${text}:`.padEnd(width)} `)
  const mark = (text: string, color: (t: string) => string, open: string, close: string) =>
    style.enabled ? color(style.bold(visible(text))) : `${open}${visible(text)}${close}`
  const yours = parts
    .filter((p) => p.op !== 'insert')
    .map((p) => (p.op === 'equal' ? visible(p.text) : mark(p.text, style.red, '[-', '-]')))
    .join('')
  const correct = parts
    .filter((p) => p.op !== 'delete')
    .map((p) => (p.op === 'equal' ? visible(p.text) : mark(p.text, style.green, '{+', '+}')))
    .join('')
  return [`${label(mine)}${yours}`, `${label(theirs)}${correct}`].join('\n')
}
