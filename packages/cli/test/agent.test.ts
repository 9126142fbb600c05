import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../src/runCli'

const dir = mkdtempSync(join(tmpdir(), 'signet-cli-agent-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const policy = join(dir, 'policy.json')
writeFileSync(
  policy,
  JSON.stringify({
    version: 1,
    keys: {
      bot: {
        exchange: 'binance',
        endpoints: ['POST /api/v3/order'],
        symbols: ['BTCUSDT'],
        maxQuantity: '0.1',
        maxNotional: '1000',
      },
    },
  }),
)
const order = (quantity: string) => {
  const file = join(dir, `order-${quantity}.json`)
  writeFileSync(
    file,
    JSON.stringify({
      keyId: 'bot',
      intent: {
        method: 'POST',
        path: '/api/v3/order',
        params: { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity, price: '50000' },
        security: 'signed',
      },
    }),
  )
  return file
}

async function run(args: string[]) {
  let out = ''
  let err = ''
  const append = (stream: 'out' | 'err', text: string) => {
    if (stream === 'out') out += text
    else err += text
    return true
  }
  const code = await runCli(['node', 'signet', ...args], {
    stdout: { write: (t: string) => append('out', t), isTTY: false } as never,
    stderr: { write: (t: string) => append('err', t), isTTY: false } as never,
    env: { NO_COLOR: '1' },
  })
  return { code, out, err }
}

describe('signet agent check', () => {
  it('default: an allowed order says so with its notional, exit 0', async () => {
    const r = await run(['agent', 'check', policy, order('0.01')])
    expect(r).toMatchObject({ code: 0 })
    expect(r.out).toContain('allowed: order buy 0.01 BTCUSDT @ 50000, notional 500')
  })

  it('error: a refused order names the rule and why, exit 1', async () => {
    const r = await run(['agent', 'check', policy, order('0.05')])
    expect(r.code).toBe(1)
    expect(r.out).toContain('refused by rule max-notional: notional 2500 is above 1000')
  })

  it('error: a broken policy names file and line; a missing action is a usage error', async () => {
    const broken = join(dir, 'broken.json')
    writeFileSync(
      broken,
      '{\n  "version": 1,\n  "keys": { "bot": { "exchange": "binance", "endpoints": ["post /x"] } }\n}',
    )
    const r = await run(['agent', 'check', broken, order('0.01')])
    expect(r.code).toBe(1)
    expect(r.err).toContain(`${broken}:3: keys.bot.endpoints.0`)
    expect((await run(['agent', 'frobnicate'])).code).toBe(64)
  })
})

describe('signet agent serve', () => {
  it('default: serves the policy on a socket; a remote signer gets allowed intents signed and refused ones named', async () => {
    const { createRemoteSigner, PolicyDeniedError } = await import('@signet/agent')
    const socketPath = join(dir, 'agent.sock')
    let stop!: () => void
    const stopped = new Promise<void>((resolve) => {
      stop = resolve
    })
    let out = ''
    const serving = runCli(['node', 'signet', 'agent', 'serve', '--policy', policy, '--socket', socketPath], {
      stdout: {
        write: (t: string) => {
          out += t
          return true
        },
        isTTY: false,
      } as never,
      stderr: { write: () => true, isTTY: false } as never,
      env: {
        NO_COLOR: '1',
        SIGNET_AGENT_BOT_API_KEY: 'cli-agent-key',
        SIGNET_AGENT_BOT_SECRET: 'cli-agent-secret-0123456789abcdef',
      },
      untilStopped: () => stopped,
    })
    await expect.poll(() => out).toContain(`Signet agent on ${socketPath}`)
    const signer = createRemoteSigner({ exchange: 'binance', keyId: 'bot', socketPath })
    const intent = JSON.parse((await import('node:fs')).readFileSync(order('0.01'), 'utf8')).intent
    // A refused intent is judged before the agent's clock is used (tests never reach Binance's host).
    const refused = await signer
      .sign({ ...intent, params: { ...intent.params, quantity: '5' } })
      .catch((e) => e)
    expect(refused).toBeInstanceOf(PolicyDeniedError)
    expect(refused.rule).toBe('max-quantity')
    expect(out).not.toContain('cli-agent-secret')
    stop()
    expect(await serving).toBe(0)
  })
})
