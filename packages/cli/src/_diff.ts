import { type DiffPart, visible } from '@signet/emulator'
import type { Style } from './_style'

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
