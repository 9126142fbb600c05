import type { Emulation } from '@signet/core'

/** A stream the CLI writes to. */
export type CliOutput = {
  write(text: string): unknown
  /** True when a terminal is attached: colours (stdout) and progress (stderr) are shown only then. */
  isTTY?: boolean | undefined
}

/** What `runCli` reads from and writes to; every field has a process default, tests inject their own. */
export type CliIo = {
  stdout: CliOutput
  stderr: CliOutput
  /** Environment variables (credentials, `NO_COLOR`). @default process.env */
  env: Readonly<Record<string, string | undefined>>
  /**
   * Exchanges the commands know, each with its capabilities (definition, verifier, diagnosis, examples, routes).
   * @default the registry's `emulations` (`@signet/exchanges`)
   */
  exchanges: readonly Emulation[]
  /** fetch used by doctor and demo. @default globalThis.fetch */
  fetch: typeof globalThis.fetch
  /**
   * Reads a UTF-8 input (credentials, private keys, secrets; `-` is standard input), refusing one larger than 64 KiB,
   * a FIFO or pipe with no writer after 10 s, and, with `private`, a file other users may read.
   * @default a size- and time-limited reader
   */
  readFile(path: string, options?: { private?: boolean }): string
  /** Resolves when a long-running command (`emulate`) should stop. @default on SIGINT or SIGTERM */
  untilStopped(): Promise<void>
}

/** Options of `runCli`: any part of the IO to replace. */
export type RunCliOptions = Partial<CliIo>
