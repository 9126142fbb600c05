import { integerOption, listOption, stringOption } from '../_args'
import { type CommandSpec, EXIT } from '../_command'
import { UsageError } from '../_intent'
import { renderDoctor, statusMark } from '../_renderDoctor'
import { credentialsFromEnv, credentialsFromFile, envPrefix, hasCredentials } from '../credentials'
import { type DoctorReport, runDoctor } from '../runDoctor'

/** `signet doctor`. @internal */
export const doctorCommand: CommandSpec = {
  name: 'doctor',
  summary: 'Check the clock offset, the credentials and one signed read-only call',
  description: [
    'Measures the offset between this machine and the exchange (several round trips to its time endpoint, with a',
    "bound on the error) and judges it against the exchange's timestamp window; checks the credentials for hidden",
    'whitespace, quotes, the wrong key type and passphrase shape; then makes one signed read-only call and names',
    'the exact cause of any failure. Secrets, passphrases and signatures are never printed, only lengths and',
    'positions of problems.',
    '',
    'Credentials come from SIGNET_<EXCHANGE>_API_KEY, _SECRET, _PRIVATE_KEY or _PRIVATE_KEY_FILE, _PASSPHRASE',
    '(and _ENVIRONMENT), or from --credentials-file: a JSON object { apiKey, secret | privateKey | privateKeyFile,',
    'passphrase?, environment? }, or one such object per exchange id. SIGNET_<EXCHANGE>_BASE_URL (printed by',
    '`signet emulate`) replaces the exchange host unless --base-url is given.',
    '',
    'Exit code: 0 when nothing is wrong (warnings allowed unless --strict), 1 when a check failed, 64 on usage errors.',
  ].join('\n'),
  options: [
    ['--exchange <ids>', 'Exchange id, or several separated by commas (default: those with credentials set)'],
    ['--base-url <url>', 'Base URL instead of the exchange host (a proxy, `signet emulate`)'],
    ['--product <name>', "Product whose hosts and time endpoint are used (default: the exchange's default)"],
    ['--environment <name>', 'Host entry: live, testnet, demo, ... (default: live)'],
    ['--samples <n>', 'Timed round trips to the time endpoint, after one untimed (default: 5)'],
    ['--timeout <ms>', 'Timeout of each HTTP request in ms (default: 10000)'],
    ['--credentials-file <path>', 'JSON file with the credentials instead of environment variables'],
    ['--strict', 'Also exit 1 on warnings (a local clock outside the window)'],
    ['--json', 'Print a machine-readable report'],
  ],
  examples: [
    'SIGNET_BINANCE_API_KEY=... SIGNET_BINANCE_SECRET=... signet doctor --exchange binance',
    'signet doctor --exchange bybit --base-url http://127.0.0.1:8080/bybit --json',
    'signet doctor --exchange okx --timeout 3000',
  ],
  async run(context, options) {
    const { io, argv } = context
    const file = stringOption(argv, options, 'credentials-file')
    const baseUrl = stringOption(argv, options, 'base-url')
    const samples = integerOption(argv, options, 'samples', { min: 1, max: 50 }) ?? 5
    const timeoutMs = integerOption(argv, options, 'timeout', { min: 1, max: 600_000 })
    const lookup = (id: string) =>
      file ? credentialsFromFile(file, id, io.readFile) : credentialsFromEnv(id, io.env, io.readFile)
    let ids = listOption(stringOption(argv, options, 'exchange'))
    if (!ids || ids.length === 0) {
      ids = io.exchanges.map((e) => e.definition.id).filter((id) => hasCredentials(lookup(id).input))
      if (ids.length === 0) {
        throw new UsageError(
          `pass --exchange (one of ${io.exchanges.map((e) => e.definition.id).join(', ')}) or set SIGNET_<EXCHANGE>_API_KEY`,
        )
      }
    }
    if (baseUrl && ids.length > 1)
      throw new UsageError('--base-url applies to one exchange; pass one --exchange')
    const reports: DoctorReport[] = []
    for (const capabilities of ids.map((id) => context.exchange(id))) {
      const exchange = capabilities.definition
      const report = await runDoctor({
        exchange: capabilities,
        // `signet emulate` prints SIGNET_<EXCHANGE>_BASE_URL next to the keys; the flag wins.
        baseUrl: baseUrl ?? io.env[`${envPrefix(exchange.id)}BASE_URL`],
        product: stringOption(argv, options, 'product'),
        environment: stringOption(argv, options, 'environment'),
        samples,
        timeoutMs,
        credentials: lookup(exchange.id),
        fetch: io.fetch,
        onSample: (done, total) => context.progress(`sampling ${exchange.name} time ${done}/${total}…`),
      })
      context.progress(undefined)
      reports.push(report)
      if (!options.json) context.print(`${renderDoctor(report, context.style)}\n`)
    }
    const warned = reports.some((r) => r.clock.status === 'warn')
    const ok = reports.every((r) => r.ok) && !(options.strict && warned)
    if (options.json) {
      context.print(JSON.stringify({ ok, reports }, null, 2))
    } else {
      const { style } = context
      const verdict = ok
        ? warned
          ? `${statusMark('warn', style)} nothing blocks Signet, but see the warnings above`
          : `${statusMark('ok', style)} all checks passed`
        : `${statusMark('fail', style)} ${reports.filter((r) => !r.ok).length || 'some'} exchange(s) need attention`
      context.print(style.bold(verdict))
    }
    return ok ? EXIT.ok : EXIT.problem
  },
}
