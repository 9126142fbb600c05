import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import {
  type RequestIntent,
  type SignedRequest,
  type Signer,
  type SignOptions,
  toSigner,
  type WebSocketAuthOptions,
} from '@signet/core'
import { describeRequestLine } from '@signet/core/kit'
import { AgentUnavailableError, PolicyDeniedError } from './errors'

/** Options of `createRemoteSigner`. */
export type CreateRemoteSignerOptions<exchange extends string = string> = {
  /** Exchange id the agent's key is for, e.g. `binance` (a literal type: another exchange's client refuses it). */
  exchange: exchange
  /** The key's id in the agent's policy. */
  keyId: string
  /** The agent's Unix socket. */
  socketPath?: string | undefined
  /** The agent's loopback URL, e.g. `http://127.0.0.1:7420` (needs `token`). */
  url?: string | undefined
  /** Bearer token the agent's policy lists for this bot. */
  token?: string | undefined
  /** Time to wait for the agent, in ms. @default 5000 */
  timeoutMs?: number | undefined
  /**
   * The environment the agent's key was created in, where the exchange tells keys apart by it (OKX `demo`,
   * Hyperliquid `testnet`): a client for other hosts then refuses the signer before anything is sent.
   */
  keyEnvironment?: string | undefined
}

/**
 * A `Signer` of type `remote` that asks a signing agent (`signet agent serve`) to judge and sign each intent, so
 * the bot process never holds the secret. The agent chooses the timestamp or nonce from its own clock;
 * `signWebSocketAuth` asks it for the exchange's WebSocket login, which the key's policy must allow.
 *
 * @example
 * const signer = createRemoteSigner({ exchange: 'binance', keyId: 'binance-main', socketPath: '/run/signet/agent.sock' })
 * const client = createClient({ exchange: binance, signer })
 */
export function createRemoteSigner<const exchange extends string>(
  options: CreateRemoteSignerOptions<exchange>,
): Signer<SignOptions, exchange> {
  const { exchange, keyId, socketPath, url, token, timeoutMs = 5000, keyEnvironment } = options
  const target = url ? new URL('/v1/sign', url) : undefined
  if (!socketPath && !target) throw new AgentUnavailableError('createRemoteSigner needs socketPath or url')
  // One keep-alive connection pool per signer: a remote signature costs one round trip, not a handshake.
  const agent = new HttpAgent({ keepAlive: true })
  /** One round trip to the agent: the answer's `field` on 200, a typed error otherwise. */
  const ask = <T>(payload: object, field: string, request: string) =>
    new Promise<T>((resolve, reject) => {
      const body = JSON.stringify(payload, (_, value) =>
        typeof value === 'bigint' ? value.toString() : value,
      )
      const req = httpRequest(
        {
          agent,
          method: 'POST',
          ...(socketPath
            ? { socketPath, path: '/v1/sign' }
            : { host: target!.hostname, port: target!.port, path: '/v1/sign' }),
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            let answer: Record<string, unknown> & { error?: { rule: string; reason: string } }
            try {
              answer = JSON.parse(Buffer.concat(chunks).toString('utf8'))
            } catch {
              return reject(
                new AgentUnavailableError(`The signing agent answered HTTP ${res.statusCode} without JSON`),
              )
            }
            if (res.statusCode === 200 && answer[field] !== undefined) return resolve(answer[field] as T)
            const rule = answer.error?.rule ?? 'unknown'
            const reason = answer.error?.reason ?? `HTTP ${res.statusCode}`
            reject(new PolicyDeniedError(rule, reason, { exchange, request }))
          })
        },
      )
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', (error) =>
        reject(
          new AgentUnavailableError(
            `The signing agent could not be reached: ${(error as NodeJS.ErrnoException).code ?? error.message}`,
            {
              exchange,
              hint: socketPath
                ? `Check that \`signet agent serve\` listens on ${socketPath} and this user may open it.`
                : `Check that the agent listens on ${url}.`,
            },
          ),
        ),
      )
      req.end(body)
    })
  const sign = (intent: RequestIntent, signOptions?: { windowMs?: number | undefined }) =>
    ask<SignedRequest>(
      { keyId, intent, ...(signOptions?.windowMs ? { windowMs: signOptions.windowMs } : {}) },
      'request',
      // The agent refuses a malformed intent by name; naming it here must not throw first.
      describeRequestLine(intent),
    )
  // The agent chooses the login's timestamp from its own clock, as for requests: a bot's timestamp is not sent.
  const signWebSocketAuth = (options?: WebSocketAuthOptions) => {
    const { timestamp: _bot, ...rest } = (options ?? {}) as WebSocketAuthOptions & Record<string, unknown>
    return ask<unknown>({ keyId, webSocketAuth: rest }, 'webSocketAuth', 'WebSocket login')
  }
  return toSigner({
    type: 'remote',
    exchange,
    keyType: 'remote',
    apiKey: keyId,
    keyEnvironment,
    sign,
    signWebSocketAuth,
  })
}
