import { stripVTControlCharacters, styleText } from 'node:util'

/** Styling (node:util `styleText`) that turns itself off when the output is not a terminal or `NO_COLOR` is set. @internal */
export type Style = {
  readonly enabled: boolean
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  green(text: string): string
  yellow(text: string): string
  cyan(text: string): string
}

type Format = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan'
// The decision is ours (colorsEnabled, which knows the injected stream and env); Node 22+ would otherwise
// check process.stdout itself.
const wrap = (enabled: boolean, format: Format) => (text: string) =>
  enabled ? styleText(format, text, { validateStream: false }) : text

/**
 * Colours on when the stream is a TTY, unless `NO_COLOR` is set to anything non-empty (no-color.org) or
 * `TERM=dumb`; `FORCE_COLOR` (not `0`) turns them on anyway. @internal
 */
export function colorsEnabled(
  stream: { isTTY?: boolean | undefined },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}

/** Builds the styling functions for one stream. @internal */
export function createStyle(enabled: boolean): Style {
  return {
    enabled,
    bold: wrap(enabled, 'bold'),
    dim: wrap(enabled, 'dim'),
    red: wrap(enabled, 'red'),
    green: wrap(enabled, 'green'),
    yellow: wrap(enabled, 'yellow'),
    cyan: wrap(enabled, 'cyan'),
  }
}

/** Text without ANSI escapes, to measure its width. @internal */
export function stripAnsi(text: string): string {
  return stripVTControlCharacters(text)
}
