// Issue 20, one vocabulary: WebSocket auth is a method of every signer, remote ones included; the agent signs the
// login on its own clock, and only for keys whose policy allows it.

import { createHmac } from 'node:crypto'
import { bybitEmulation } from '@signet/bybit/emulate'
import { type Emulator, startEmulator } from '@signet/emulator'
import { okxEmulation } from '@signet/okx/emulate'
import { createOkxVerifier } from '@signet/okx/verify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRemoteSigner, PolicyDeniedError } from '../src'
import { parsePolicy } from '../src/policy'
import type { RunningAgent } from '../src/startAgent'
import { credentialsFor, startTestAgent, verifierKeyFor } from './fixtures'

let emulator: Emulator
let agent: RunningAgent
let audit: Awaited<ReturnType<typeof startTestAgent>>['audit']
let running: Awaited<ReturnType<typeof startTestAgent>> | undefined

beforeAll(async () => {
  emulator = await startEmulator({
    exchanges: [bybitEmulation, okxEmulation],
    keys: { bybit: [verifierKeyFor('bybit-trade')], okx: [verifierKeyFor('okx-trade')] },
  })
  const key = (exchange: string, webSocketAuth: boolean) => ({
    exchange,
    endpoints: ['GET /x'],
    webSocketAuth,
    baseUrl: `${emulator.url}/${exchange}`,
  })
  const policy = parsePolicy(
    JSON.stringify({
      version: 1,
      keys: {
        'bybit-trade': key('bybit', true),
        'okx-trade': key('okx', true),
        'okx-read': key('okx', false),
      },
    }),
  )
  running = await startTestAgent(policy, 'signet-agent-ws-')
  agent = running.agent
  audit = running.audit
})

afterAll(async () => {
  await running?.stop()
  await emulator?.stop()
})

describe('remote signer: signWebSocketAuth through the agent', () => {
  it("default: OKX's login from a remote signer passes OKX's own login check", async () => {
    const signer = createRemoteSigner({ exchange: 'okx', keyId: 'okx-trade', socketPath: agent.socketPath })
    const login = (await signer.signWebSocketAuth!()) as { op: string; args: [{ timestamp: string }] }
    expect(login.op).toBe('login')
    const at = Number(login.args[0].timestamp) * 1000
    const verifier = createOkxVerifier({ keys: [verifierKeyFor('okx-trade') as never], now: () => at + 1000 })
    expect(verifier.verifyWsLogin(login)).toMatchObject({ ok: true })
  })

  it('args: Bybit windowMs reaches the agent as expires = timestamp + windowMs, signed with the key', async () => {
    const signer = createRemoteSigner({
      exchange: 'bybit',
      keyId: 'bybit-trade',
      socketPath: agent.socketPath,
    })
    const before = Date.now()
    const auth = (await signer.signWebSocketAuth!({ windowMs: 10_000 })) as { args: [string, number, string] }
    const [apiKey, expires, signature] = auth.args
    const credentials = credentialsFor('bybit-trade')
    expect(apiKey).toBe(credentials.apiKey)
    expect(expires).toBeGreaterThanOrEqual(before + 10_000 - 2000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 10_000 + 2000)
    expect(signature).toBe(
      createHmac('sha256', credentials.secret as string)
        .update(`GET/realtime${expires}`)
        .digest('hex'),
    )
  })

  it('error: a key whose policy does not allow WebSocket logins is refused with the rule, and audited', async () => {
    const signer = createRemoteSigner({ exchange: 'okx', keyId: 'okx-read', socketPath: agent.socketPath })
    const error = await signer.signWebSocketAuth!().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PolicyDeniedError)
    expect(error).toMatchObject({ rule: 'web-socket-auth' })
    expect(audit.at(-1)).toMatchObject({ allow: false, rule: 'web-socket-auth', path: 'signWebSocketAuth' })
  })

  it("error: the exchange's refusal (OKX fixes its login window) comes back as a typed error", async () => {
    const signer = createRemoteSigner({ exchange: 'okx', keyId: 'okx-trade', socketPath: agent.socketPath })
    const error = await signer.signWebSocketAuth!({ windowMs: 5000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PolicyDeniedError)
    expect(error).toMatchObject({ rule: 'sign' })
  })
})
