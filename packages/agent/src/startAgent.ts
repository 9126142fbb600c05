import { appendFileSync, chmodSync, existsSync, lstatSync, unlinkSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import { InvalidParameterError } from '@signet/core'
import { type AuditLine, type CreateAgentOptions, createAgent } from './createAgent'

/** Options of `startAgent`. */
export type StartAgentOptions = Omit<CreateAgentOptions, 'audit'> & {
  /** Unix domain socket to listen on, created owner-only (mode 600). */
  socketPath?: string | undefined
  /** Loopback TCP port instead of a socket (0 picks one); needs `tokens` in the policy. */
  port?: number | undefined
  /** Loopback address for `port`. @default '127.0.0.1' */
  host?: '127.0.0.1' | '::1' | 'localhost' | undefined
  /** File the audit log (JSON lines) is appended to, created mode 600. */
  auditFile?: string | undefined
  /** Receives every audit line as well. */
  audit?: ((line: AuditLine) => void) | undefined
}

/** A running agent. */
export type RunningAgent = { socketPath: string | undefined; url: string | undefined; stop(): Promise<void> }

const MAX_BODY = 256 * 1024

/**
 * Starts the signing agent over HTTP on a Unix domain socket (owner-only) or loopback TCP with bearer tokens.
 *
 * @example
 * const agent = await startAgent({ policy: loadPolicy('policy.json'), keys: createEnvKeyStore(), socketPath: '/run/signet/agent.sock' })
 */
export async function startAgent(options: StartAgentOptions): Promise<RunningAgent> {
  const { socketPath, port, host = '127.0.0.1', auditFile } = options
  if ((socketPath === undefined) === (port === undefined)) {
    throw new InvalidParameterError('socketPath', 'exactly one of socketPath or port', 'both or neither')
  }
  if (port !== undefined && !(options.policy.tokens?.length ?? 0)) {
    throw new InvalidParameterError(
      'port',
      'a policy with tokens (TCP is open to every local user)',
      'no tokens',
      {
        hint: 'Add "tokens" to the policy, or listen on a Unix socket (owner-only) instead.',
      },
    )
  }
  const agent = createAgent({
    ...options,
    audit: (line) => {
      if (auditFile) appendFileSync(auditFile, `${JSON.stringify(line)}\n`, { mode: 0o600 })
      options.audit?.(line)
    },
  })
  const server = createServer(async (req, res) => {
    // A caller that hangs up mid-request must not take the agent down.
    req.on('error', () => {})
    res.on('error', () => {})
    const answer = await route(req, agent).catch(() => ({
      status: 500,
      body: { error: { rule: 'internal', reason: 'the agent failed to answer' } },
    }))
    const text = JSON.stringify(answer.body)
    res.writeHead(answer.status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    })
    res.end(text)
  })
  server.keepAliveTimeout = 60_000
  server.on('clientError', (_error, socket) => socket.destroy())
  if (socketPath !== undefined) {
    // A stale socket from a crashed agent would make listen fail; anything else at that path is left alone.
    if (existsSync(socketPath) && lstatSync(socketPath).isSocket()) unlinkSync(socketPath)
    // Created owner-only from the start (umask), so no other user can connect in the moment before chmod.
    const previous = process.umask(0o177)
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(socketPath, resolve)
      })
    } finally {
      process.umask(previous)
    }
    chmodSync(socketPath, 0o600)
  } else {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, resolve)
    })
  }
  const address = server.address()
  const url =
    typeof address === 'object' && address
      ? `http://${host === '::1' ? '[::1]' : host}:${address.port}`
      : undefined
  return {
    socketPath,
    url: socketPath === undefined ? url : undefined,
    async stop() {
      agent.stop()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

async function route(req: IncomingMessage, agent: ReturnType<typeof createAgent>) {
  if (req.method !== 'POST' || req.url !== '/v1/sign') {
    return { status: 404, body: { error: { rule: 'route', reason: 'POST /v1/sign only' } } }
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    // Past the limit the rest is read and dropped (kept in no buffer), so the caller gets the answer, not EPIPE.
    if (size <= MAX_BODY) chunks.push(chunk as Buffer)
  }
  if (size > MAX_BODY)
    return { status: 413, body: { error: { rule: 'too-large', reason: `over ${MAX_BODY} bytes` } } }
  const auth = req.headers.authorization
  const token = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined
  return agent.handle(Buffer.concat(chunks).toString('utf8'), token)
}
