import {
  agentExchanges,
  createEnvKeyStore,
  createFileKeyStore,
  decide,
  parsePolicy,
  startAgent,
} from '@signet/agent/server'
import type { RequestIntent } from '@signet/core'
import { integerOption, stringOption } from '../_args'
import { type CommandSpec, EXIT } from '../_command'
import { UsageError } from '../_intent'

/** `signet agent serve | check`. @internal */
export const agentCommand: CommandSpec = {
  name: 'agent <action> [...files]',
  summary: 'Run the signing agent (serve), or explain what a policy decides for an intent (check)',
  description: [
    'serve: holds the keys and signs only what the policy allows, on an owner-only Unix socket (--socket) or',
    'loopback TCP with bearer tokens (--port). Keys come from SIGNET_AGENT_<KEY_ID>_API_KEY, _SECRET, _PASSPHRASE',
    "and _PRIVATE_KEY in the agent's environment, or from <dir>/<keyId>.json files (--keys-dir, mode 600). Every",
    'decision is appended to the audit log (--audit, JSON lines). Bots use createRemoteSigner from @signet/agent.',
    '',
    'check <policy.json> <request.json>: the decision the agent would make for a request file',
    '{ "keyId": "...", "intent": { "method", "path", "params" | "form" | "body", "security" } }, offline.',
  ].join('\n'),
  options: [
    ['--policy <file>', 'Policy file (serve)'],
    ['--socket <path>', 'Unix socket to listen on, created mode 600 (serve)'],
    ['--port <n>', 'Loopback TCP port instead of a socket; the policy must list tokens (serve)'],
    ['--audit <file>', 'Audit log, JSON lines, created mode 600 (serve)'],
    ['--keys-dir <dir>', 'Read keys from <dir>/<keyId>.json instead of the environment (serve)'],
  ],
  examples: [
    'signet agent serve --policy policy.json --socket /run/signet/agent.sock --audit audit.jsonl',
    'signet agent check policy.json order.json',
  ],
  async run(context, options) {
    const { argv, io, style } = context
    const [action, ...files] = (options._ as string[] | undefined) ?? []
    if (action === 'check') {
      const [policyFile, requestFile] = files
      if (!policyFile || !requestFile) throw new UsageError('agent check needs <policy.json> <request.json>')
      const policy = parsePolicy(io.readFile(policyFile), policyFile)
      let request: { keyId?: unknown; intent?: unknown }
      try {
        request = JSON.parse(io.readFile(requestFile))
      } catch {
        throw new UsageError(`${requestFile} is not JSON`)
      }
      const keyId = String(request.keyId ?? '')
      const exchangeId = policy.keys[keyId]?.exchange ?? ''
      const exchange = agentExchanges[exchangeId]
      if (!exchange) throw new UsageError(`the policy has no usable key "${keyId}"`)
      const decision = decide({
        policy,
        keyId,
        tokenKeys: undefined,
        exchange: exchangeId,
        intent: request.intent as RequestIntent,
        describe: exchange.describe,
        recentOrders: 0,
      })
      const d = decision.description
      const what =
        d?.kind === 'order'
          ? `order ${d.side} ${d.quantity ?? `${d.quoteQuantity} (quote)`} ${d.symbol}${d.price ? ` @ ${d.price}` : ''}`
          : (d?.kind ?? 'request')
      if (decision.allow) {
        context.print(
          `${style.green('allowed')}: ${what}${decision.notional ? `, notional ${decision.notional}` : ''}`,
        )
        return EXIT.ok
      }
      context.print(`${style.red('refused')} by rule ${style.bold(decision.rule)}: ${decision.reason}`)
      context.print(style.dim(`(${what})`))
      return EXIT.problem
    }
    if (action !== 'serve') throw new UsageError('agent needs an action: serve or check')
    const policyFile = stringOption(argv, options, 'policy')
    if (!policyFile) throw new UsageError('agent serve needs --policy <file>')
    const policy = parsePolicy(io.readFile(policyFile), policyFile)
    const keysDir = stringOption(argv, options, 'keys-dir')
    const running = await startAgent({
      policy,
      keys: keysDir ? createFileKeyStore(keysDir) : createEnvKeyStore(io.env),
      socketPath: stringOption(argv, options, 'socket'),
      port: integerOption(argv, options, 'port', { min: 0, max: 65535 }),
      auditFile: stringOption(argv, options, 'audit'),
    })
    context.print(
      `${style.bold('Signet agent')} on ${running.socketPath ?? running.url} with ${Object.keys(policy.keys).length} keys`,
    )
    context.print(style.dim('Press Ctrl+C to stop.'))
    await io.untilStopped()
    await running.stop()
    return EXIT.ok
  },
}
