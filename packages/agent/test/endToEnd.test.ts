import { statSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { binanceEmulation } from '@signet/binance/emulate'
import { bybitEmulation } from '@signet/bybit/emulate'
import { createClient } from '@signet/client'
import { coinbaseEmulation } from '@signet/coinbase/emulate'
import { isSignetError } from '@signet/core'
import { type Emulator, startEmulator } from '@signet/emulator'
import { gateioEmulation } from '@signet/gateio/emulate'
import { hyperliquidEmulation } from '@signet/hyperliquid/emulate'
import { krakenEmulation } from '@signet/kraken/emulate'
import { kucoinEmulation } from '@signet/kucoin/emulate'
import { okxEmulation } from '@signet/okx/emulate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRemoteSigner, PolicyDeniedError } from '../src'
import { agentExchanges } from '../src/createAgent'
import { parsePolicy } from '../src/policy'
import type { RunningAgent } from '../src/startAgent'
import { BASE, startTestAgent, testPolicyText, verifierKeyFor } from './fixtures'

const exchanges = Object.keys(BASE)
let emulator: Emulator
let agent: RunningAgent
let dir: string
let audit: Awaited<ReturnType<typeof startTestAgent>>['audit']
let running: Awaited<ReturnType<typeof startTestAgent>> | undefined

beforeAll(async () => {
  emulator = await startEmulator({
    exchanges: [
      binanceEmulation,
      bybitEmulation,
      okxEmulation,
      kucoinEmulation,
      gateioEmulation,
      krakenEmulation,
      coinbaseEmulation,
      hyperliquidEmulation,
    ],
    keys: Object.fromEntries(exchanges.map((id) => [id, [verifierKeyFor(`${id}-trade`)]])),
  })
  const policy = parsePolicy(testPolicyText, 'test-policy.json')
  for (const [id, key] of Object.entries(policy.keys))
    key.baseUrl = `${emulator.url}/${id.replace(/-(trade|read)$/, '')}`
  running = await startTestAgent(policy, 'signet-agent-')
  agent = running.agent
  dir = running.dir
  audit = running.audit
})

afterAll(async () => {
  await running?.stop()
  await emulator?.stop()
})

describe('end to end: bot → remote signer → agent → emulator', () => {
  it.each(exchanges)('default: allowed requests are accepted by the exchange verifier (%s)', async (id) => {
    const signer = createRemoteSigner({ exchange: id, keyId: `${id}-trade`, socketPath: agent.socketPath })
    const client = createClient({
      exchange: agentExchanges[id]!.definition,
      signer,
      baseUrl: `${emulator.url}/${id}`,
    })
    try {
      await client.request(BASE[id]!.read)
      await client.request(BASE[id]!.order)
    } finally {
      client.clock.stop()
    }
    const answered = emulator.requests().filter((r) => r.exchange === id && r.status < 300)
    expect(answered.map((r) => r.path)).toEqual(
      expect.arrayContaining([BASE[id]!.read.path, BASE[id]!.order.path]),
    )
    expect(emulator.orders(id)).toHaveLength(1)
  })

  it('error: a refused intent never reaches the exchange and the bot gets PolicyDeniedError with the rule', async () => {
    const signer = createRemoteSigner({
      exchange: 'bybit',
      keyId: 'bybit-trade',
      socketPath: agent.socketPath,
    })
    const client = createClient({
      exchange: agentExchanges.bybit!.definition,
      signer,
      baseUrl: `${emulator.url}/bybit`,
    })
    const order = BASE.bybit!.order
    const orders = () => emulator.requests().filter((r) => r.path === order.path).length
    const before = orders()
    const error = await client
      .request({ ...order, body: { ...(order.body as object), qty: '5' } })
      .catch((e: unknown) => e)
    client.clock.stop()
    expect(error).toBeInstanceOf(PolicyDeniedError)
    expect(isSignetError(error) && error.hint).toBeTruthy()
    expect((error as PolicyDeniedError).rule).toBe('max-quantity')
    expect(orders()).toBe(before)
    expect(audit.at(-1)).toMatchObject({ allow: false, rule: 'max-quantity', path: '/v5/order/create' })
  })

  it('behavior: the socket and the audit log are owner-only', () => {
    expect(statSync(agent.socketPath!).mode & 0o777).toBe(0o600)
    expect(statSync(join(dir, 'audit.jsonl')).mode & 0o777).toBe(0o600)
  })

  it('error: another user cannot open the socket', async () => {
    if (process.getuid?.() !== 0) {
      // Without root no other user can be tried; the mode check above is what keeps them out.
      expect(statSync(agent.socketPath!).mode & 0o077).toBe(0)
      return
    }
    const { spawnSync } = await import('node:child_process')
    const script = `require('node:http').request({ socketPath: ${JSON.stringify(agent.socketPath)}, path: '/v1/sign', method: 'POST' }).on('error', (e) => { console.log(e.code); process.exit(0) }).end('{}')`
    // nobody (65534) may traverse the temp dir but gets EACCES on the socket itself.
    const { chmodSync } = await import('node:fs')
    chmodSync(dir, 0o711)
    const out = spawnSync(process.execPath, ['-e', script], { uid: 65534, gid: 65534, encoding: 'utf8' })
    expect(out.stdout.trim()).toBe('EACCES')
  })

  it('error: a wrong route or an oversize body is refused by the server', async () => {
    const post = (path: string, body: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ socketPath: agent.socketPath, path, method: 'POST' }, (res) => {
          res.on('error', () => {})
          res.resume()
          resolve(res.statusCode ?? 0)
        })
        req.on('error', reject)
        // Node's client socket can report EPIPE after the answer to a large upload arrived; the answer is what counts.
        req.on('socket', (socket) => socket.on('error', () => {}))
        req.end(body)
      })
    expect(await post('/v1/other', '{}')).toBe(404)
    expect(await post('/v1/sign', 'x'.repeat(300_000))).toBe(413)
  })
})
