import type { Emulation } from '@signet/core'
import { UsageError } from './_intent'
import { colorsEnabled, createStyle, type Style } from './_style'
import type { CliIo } from './types'

/** What every command gets: IO, styles for both streams, argv for byte-exact options. @internal */
export type Context = {
  io: CliIo
  argv: readonly string[]
  /** Styling for stdout. */
  style: Style
  /** Styling for stderr. */
  errStyle: Style
  print(text?: string): void
  /** Writes a transient progress line on stderr, only when stderr is a terminal. */
  progress(text: string | undefined): void
  /** The exchange with this id, with its capabilities. */
  exchange(id: string): Emulation
}

/** @internal */
export function createContext(io: CliIo, argv: readonly string[]): Context {
  const interactive = io.stderr.isTTY === true
  let shown = false
  return {
    io,
    argv,
    style: createStyle(colorsEnabled(io.stdout, io.env)),
    errStyle: createStyle(colorsEnabled(io.stderr, io.env)),
    print: (text = '') => io.stdout.write(`${text}\n`),
    progress(text) {
      if (!interactive) return
      if (text === undefined) {
        if (shown) io.stderr.write('\r\u001b[K')
        shown = false
        return
      }
      io.stderr.write(`\r\u001b[K${text}`)
      shown = true
    },
    exchange(id) {
      const found = io.exchanges.find((e) => e.definition.id === id.toLowerCase())
      if (!found) {
        throw new UsageError(
          `unknown exchange "${id}"; known: ${io.exchanges.map((e) => e.definition.id).join(', ') || '(none)'}`,
        )
      }
      return found
    },
  }
}
