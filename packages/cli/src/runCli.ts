import { CredentialFormatError, InvalidParameterError, isSignetError } from '@signet/core'
import { emulations } from '@signet/exchanges/emulate'
import { cac } from 'cac'
import pkg from '../package.json' with { type: 'json' }
import { type CommandSpec, EXIT } from './_command'
import { createContext } from './_context'
import { UsageError } from './_intent'
import { readInput } from './_readInput'
import type { Style } from './_style'
import { agentCommand } from './commands/agent'
import { demoCommand } from './commands/demo'
import { doctorCommand } from './commands/doctor'
import { emulateCommand } from './commands/emulate'
import { explainCommand } from './commands/explain'
import { signCommand } from './commands/sign'
import type { CliIo, RunCliOptions } from './types'

const commands: readonly CommandSpec[] = [
  doctorCommand,
  explainCommand,
  signCommand,
  emulateCommand,
  demoCommand,
  agentCommand,
]

// Options whose value may be negative: `--skew -2500` would otherwise read as short flags.
const negativeValueOptions = new Set(['--skew'])

/**
 * Runs the `signet` command line in this process and resolves with the exit code; nothing calls
 * `process.exit`, so tests and other programs can embed it.
 *
 * @example
 * process.exitCode = await runCli(process.argv)
 */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<number> {
  const io: CliIo = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    env: options.env ?? process.env,
    exchanges: options.exchanges ?? emulations,
    fetch: options.fetch ?? globalThis.fetch,
    readFile: options.readFile ?? ((path, read) => readInput(path, read)),
    untilStopped: options.untilStopped ?? untilSignal,
  }
  const args = joinNegativeValues(argv)
  const context = createContext(io, args)
  const cli = cac('signet')
  cli.option('-h, --help', 'Show help').option('-v, --version', 'Show the version')
  for (const spec of commands) {
    const command = cli.command(spec.name, spec.summary)
    for (const [raw, description] of spec.options) command.option(raw, description)
    // cac passes declared positional arguments first and the options last; commands read positionals as `_`.
    command.action((...all: unknown[]) =>
      spec.run(context, { ...(all.at(-1) as Record<string, unknown>), _: all.slice(0, -1).flat() }),
    )
  }
  const fail = (message: string, hint?: string) => {
    const { red, dim } = context.errStyle
    io.stderr.write(`${red('error:')} ${message}\n${hint ? `${dim(hint)}\n` : ''}`)
  }
  try {
    cli.parse([...args], { run: false })
    const spec = commands.find((c) => c.name.split(' ')[0] === cli.matchedCommandName)
    if (cli.options.help) {
      context.print(spec ? commandHelp(spec, context.style) : globalHelp(context.style))
      return EXIT.ok
    }
    if (cli.options.version && !spec) {
      context.print(pkg.version)
      return EXIT.ok
    }
    if (!spec) {
      if (cli.args.length > 0) {
        fail(`unknown command "${cli.args[0]}"`, 'Run `signet --help` for the list of commands.')
        return EXIT.usage
      }
      context.print(globalHelp(context.style))
      return EXIT.ok
    }
    return await (cli.runMatchedCommand() as Promise<number>)
  } catch (error) {
    context.progress(undefined)
    if (error instanceof UsageError || (error instanceof Error && error.name === 'CACError')) {
      const command = cli.matchedCommandName ? ` ${cli.matchedCommandName}` : ''
      fail(error.message, `Run \`signet${command} --help\` for usage.`)
      return EXIT.usage
    }
    if (error instanceof InvalidParameterError || error instanceof CredentialFormatError) {
      fail(error.shortMessage, error.hint)
      return EXIT.usage
    }
    if (isSignetError(error)) {
      fail(error.shortMessage, error.hint)
      return EXIT.problem
    }
    // Anything else is unexpected; its message is shown, never a stack with values in it.
    fail(error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    return EXIT.problem
  }
}

function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const next = argv[i + 1]
    // `--secret-file -` (standard input): the parser would read `-` as a positional argument.
    const stdinValue = next === '-' && arg.startsWith('--') && !arg.includes('=')
    if (stdinValue || (negativeValueOptions.has(arg) && next !== undefined && /^-\d/.test(next))) {
      out.push(`${arg}=${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

function optionTable(options: readonly (readonly [string, string])[]): string {
  const width = Math.max(...options.map(([raw]) => raw.length))
  return options.map(([raw, description]) => `  ${raw.padEnd(width)}  ${description}`).join('\n')
}

function globalHelp(style: Style): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    `${style.bold('signet')} ${pkg.version}: ${pkg.description}`,
    '',
    style.bold('Usage:'),
    '  $ signet <command> [options]',
    '',
    style.bold('Commands:'),
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    style.bold('Options:'),
    optionTable([
      ['-h, --help', 'Show help (also after a command: signet doctor --help)'],
      ['-v, --version', 'Show the version'],
    ]),
    '',
    'Colours are off when stdout is not a terminal or NO_COLOR is set.',
  ].join('\n')
}

function commandHelp(spec: CommandSpec, style: Style): string {
  return [
    `${style.bold(`signet ${spec.name}`)}: ${spec.summary}`,
    '',
    style.bold('Usage:'),
    `  $ signet ${spec.name}${spec.options.length > 0 ? ' [options]' : ''}`,
    '',
    spec.description,
    '',
    style.bold('Options:'),
    optionTable([...spec.options, ['-h, --help', 'Show this help']]),
    '',
    style.bold('Examples:'),
    ...spec.examples.map((example) => `  $ ${example}`),
  ].join('\n')
}
