/** One run of a character diff: text both have (`equal`), only the first has (`delete`) or only the second has (`insert`). */
export type DiffPart = { op: 'equal' | 'delete' | 'insert'; text: string }

// Above this many cells the middle is shown as one replacement instead of a character-level LCS.
const MAX_CELLS = 4_000_000

/**
 * Character-level diff from `from` to `to`: common prefix and suffix, then a longest-common-subsequence
 * alignment of the middle (code points, so a surrogate pair is never split).
 *
 * @example
 * diffChars('a b', 'a%20b') // [{ op: 'equal', text: 'a' }, { op: 'delete', text: ' ' }, { op: 'insert', text: '%20' }, { op: 'equal', text: 'b' }]
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

/** Where two texts first differ (code point index), or undefined when they are equal. */
export function firstDifference(from: string, to: string): number | undefined {
  const a = Array.from(from)
  const b = Array.from(to)
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i
  return undefined
}
