import type { ExchangeDefinition, RequestIntent } from '@signet/core'
import { runCli } from '../src/runCli'
import type { RunCliOptions } from '../src/types'

/** Runs the CLI in-process and captures both streams. */
export async function run(args: readonly string[], options: RunCliOptions = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['node', 'signet', ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    ...options,
  })
  return { code, stdout, stderr }
}

/** `SIGNET_<ID>_*` variables for text credentials. */
export function envFor(
  id: string,
  credentials: { apiKey?: string; secret?: string; privateKey?: string; passphrase?: string },
): Record<string, string> {
  const prefix = `SIGNET_${id.toUpperCase()}_`
  const env: Record<string, string> = {}
  if (credentials.apiKey !== undefined) env[`${prefix}API_KEY`] = credentials.apiKey
  if (credentials.secret !== undefined) env[`${prefix}SECRET`] = credentials.secret
  if (credentials.privateKey !== undefined) env[`${prefix}PRIVATE_KEY`] = credentials.privateKey
  if (credentials.passphrase !== undefined) env[`${prefix}PASSPHRASE`] = credentials.passphrase
  return env
}

/** The request flags that describe `intent` exactly: percent-encoded --query/--form, JSON --body. */
export function requestArgs(exchange: ExchangeDefinition, intent: RequestIntent): string[] {
  const pairs = (params: Record<string, unknown>) =>
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join('&')
  const args = ['--exchange', exchange.id, '--method', intent.method, '--path', intent.path]
  // An empty `--query=` would make the parser take the next argument as its value: leave empty ones out.
  if (intent.params && pairs(intent.params)) args.push(`--query=${pairs(intent.params)}`)
  if (intent.form && pairs(intent.form)) args.push(`--form=${pairs(intent.form)}`)
  if (intent.body !== undefined) {
    args.push(`--body=${typeof intent.body === 'string' ? intent.body : JSON.stringify(intent.body)}`)
  }
  return args
}
