import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NetworkError, type VerifierKey } from '@signet/core'
import { startEmulator } from '@signet/emulator'
import { integerOption, listOption, stringOption } from '../_args'
import { type CommandSpec, EXIT } from '../_command'
import { type EmulatorKey, type EmulatorKeyType, issueEmulatorKey } from '../_emulatorKeys'
import { describeSkew, parseSkew } from '../_skew'
import { formatTable } from '../_table'
import { envPrefix } from '../credentials'

// The socket errors of listen() a user can act on, as a message with a hint instead of a stack.
function listenError(error: unknown, port: number): unknown {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'EADDRINUSE') {
    return new NetworkError(`port ${port} on 127.0.0.1 is already in use (EADDRINUSE)`, {
      cause: error,
      hint: 'Another program (or another signet emulate) listens there: pick another --port, or leave it out for a free one.',
    })
  }
  if (code === 'EACCES') {
    return new NetworkError(`port ${port} on 127.0.0.1 needs privileges (EACCES)`, {
      cause: error,
      hint: 'Ports below 1024 need root: use a port from 1024 up, or leave --port out for a free one.',
    })
  }
  return error
}

const keyNames: Record<EmulatorKeyType, string> = {
  hmac: 'HMAC',
  ed25519: 'Ed25519',
  rsa: 'RSA',
  secp256k1: 'secp256k1 wallet',
}

/** `signet emulate`. @internal */
export const emulateCommand: CommandSpec = {
  name: 'emulate',
  summary: 'Run a local exchange emulator for your own bot, with skewed clocks and latency',
  description: [
    "Serves the exchanges' own verifiers on 127.0.0.1, each under its real paths: the order lifecycle (place,",
    'query, open orders, cancel, cancel all), balances and server time, answered like the exchange with its error',
    'codes and rate limits (anything else gets the exchange\'s "unknown path" error), with the clock skew,',
    'latency and jitter you choose. Prints the base URLs and keys issued for this run only (HMAC for every',
    'exchange, plus Ed25519 and RSA where the exchange takes them, and a passphrase where it needs one), then',
    'runs until Ctrl+C. These keys are valid nowhere else.',
    '',
    '--skew is the exchange clock minus the local clock: --skew=-2500 makes the local clock 2.5 s ahead.',
    '--inspect also serves a page that shows every request live (what was received and signed, the verdict and',
    'why a signature was refused), the clocks, rate-limit usage and bans, with switches for faults.',
  ].join('\n'),
  options: [
    ['--exchange <ids>', 'Exchange ids separated by commas (default: all)'],
    ['--skew <ms>', 'Exchange clock minus local clock in ms, or per exchange: binance=-2500,bybit=8000'],
    ['--port <n>', 'TCP port on 127.0.0.1 (default: a free one)'],
    ['--latency <ms>', 'One-way latency added to every request and answer (default: 0)'],
    ['--jitter <ms>', 'Extra random delay up to this many ms each way (default: 0)'],
    ['--inspect', 'Serve the request inspector page and print its URL'],
  ],
  examples: [
    'signet emulate --exchange binance --skew 2500 --port 8080',
    'signet emulate --skew binance=-2500,okx=20000',
    'signet emulate --exchange binance --inspect',
  ],
  async run(context, options) {
    const { argv, io, style } = context
    const ids =
      listOption(stringOption(argv, options, 'exchange')) ?? io.exchanges.map((e) => e.definition.id)
    const served = ids.map((id) => context.exchange(id))
    const definitions = served.map((e) => e.definition)
    const skew = parseSkew(
      stringOption(argv, options, 'skew'),
      definitions.map((d) => d.id),
    )
    const keys: Record<string, EmulatorKey[]> = {}
    for (const exchange of served) {
      const issued: EmulatorKey[] = []
      for (const type of ['hmac', 'ed25519', 'rsa'] as const) {
        const key = await issueEmulatorKey(exchange, type)
        if (key) issued.push(key)
      }
      keys[exchange.definition.id] = issued
    }
    const port = integerOption(argv, options, 'port', { min: 0, max: 65535 }) ?? 0
    const emulator = await startEmulator({
      exchanges: served,
      keys: Object.fromEntries(
        Object.entries(keys).map(([id, list]): [string, VerifierKey[]] => [
          id,
          list.map((k) => k.verifierKey),
        ]),
      ),
      clockSkewMs: skew,
      port,
      latencyMs: integerOption(argv, options, 'latency', { min: 0, max: 60_000 }) ?? 0,
      jitterMs: integerOption(argv, options, 'jitter', { min: 0, max: 60_000 }) ?? 0,
      inspector: options.inspect === true,
    }).catch((error: unknown) => {
      throw listenError(error, port)
    })
    const dir = mkdtempSync(join(tmpdir(), 'signet-emulator-'))
    try {
      const skewOf = (id: string) => (typeof skew === 'number' ? skew : (skew[id] ?? 0))
      context.print(
        style.bold(`Signet emulator on ${emulator.url}`) +
          style.dim('  (keys below work on this emulator only)'),
      )
      if (emulator.inspectorUrl) context.print(`Inspector: ${emulator.inspectorUrl}`)
      context.print()
      context.print(
        formatTable(
          definitions.map((d) => [
            d.id,
            emulator.baseUrl(d.id),
            `${skewOf(d.id) >= 0 ? '+' : ''}${skewOf(d.id)} ms (${describeSkew(skewOf(d.id))})`,
            keys[d.id]!.map((k) => keyNames[k.type]).join(', '),
          ]),
          { header: ['exchange', 'base URL', 'clock skew', 'keys'] },
          style,
        ),
      )
      context.print()
      for (const definition of definitions) {
        const prefix = envPrefix(definition.id)
        context.print(`export ${prefix}BASE_URL=${emulator.baseUrl(definition.id)}`)
        for (const [index, key] of keys[definition.id]!.entries()) {
          const lines = [`${prefix}API_KEY=${key.credentials.apiKey}`]
          if (key.credentials.secret) lines.push(`${prefix}SECRET=${key.credentials.secret}`)
          if (key.credentials.privateKey) {
            const file = join(dir, `${definition.id}-${key.type}.pem`)
            writeFileSync(file, key.credentials.privateKey, { mode: 0o600 })
            lines.push(`${prefix}PRIVATE_KEY_FILE=${file}`)
          }
          if (key.credentials.passphrase) lines.push(`${prefix}PASSPHRASE=${key.credentials.passphrase}`)
          const title = `# ${definition.name}, ${keyNames[key.type]} key${index > 0 ? ' (instead of the one above)' : ''}`
          context.print(style.dim(title))
          for (const line of lines) context.print(`${index > 0 ? '# ' : ''}export ${line}`)
        }
      }
      context.print()
      const first = definitions[0]
      if (first) {
        context.print(`Try: signet doctor --exchange ${first.id} --base-url ${emulator.baseUrl(first.id)}`)
      }
      context.print(style.dim('Press Ctrl+C to stop.'))
      await io.untilStopped()
    } finally {
      await emulator.stop()
      rmSync(dir, { recursive: true, force: true })
    }
    const requests = emulator.requests().length
    context.print(`\nStopped after ${requests} request(s) and ${emulator.orders().length} order(s).`)
    return EXIT.ok
  },
}
