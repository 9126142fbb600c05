import type { Context } from './_context'

/** A command as data: cac registers it, the help renderer prints it, `run` returns the exit code. @internal */
export type CommandSpec = {
  name: string
  /** One line for the command list. */
  summary: string
  /** Paragraphs shown by `signet <name> --help`. */
  description: string
  options: readonly (readonly [rawName: string, description: string])[]
  examples: readonly string[]
  run(context: Context, options: Record<string, unknown>): Promise<number>
}

/** Exit codes every command uses. @internal */
export const EXIT = { ok: 0, problem: 1, unknown: 2, usage: 64 } as const
