import type { RequestIntent } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { createHyperliquidSigner } from '../src/index'
import { createHyperliquidVerifier } from '../src/verify/index'

const T = 1_700_000_000_000
const KEY = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318' // made up for this test
const VAULT = '0x1719884eb866cb12b2287399b15f7db5e7d775ea'
const OTHER_VAULT = '0x5e9ee1089755c3435139848e47e6635505d5a13a'
const signer = createHyperliquidSigner({ privateKey: KEY })
const testnetSigner = createHyperliquidSigner({ privateKey: KEY, environment: 'testnet' })

const exchange = (body: object): RequestIntent => ({
  method: 'POST',
  path: '/exchange',
  body: body as never,
  security: 'signed',
})
const cases: Record<string, RequestIntent> = {
  order: exchange({
    action: {
      type: 'order',
      orders: [
        {
          a: 4,
          b: true,
          p: '1670.1',
          s: '0.0147',
          r: false,
          t: { limit: { tif: 'Ioc' } },
          c: '0x00000000000000000000000000000001',
        },
        {
          a: 10001,
          b: false,
          p: '0.5',
          s: '12',
          r: true,
          t: { trigger: { isMarket: true, triggerPx: '0.45', tpsl: 'sl' } },
        },
      ],
      grouping: 'normalTpsl',
      builder: { b: OTHER_VAULT, f: 10 },
    },
    vaultAddress: VAULT,
    expiresAfter: T + 60_000,
  }),
  cancel: exchange({ action: { type: 'cancel', cancels: [{ a: 3, o: 91490942 }] } }),
  cancelByCloid: exchange({
    action: { type: 'cancelByCloid', cancels: [{ asset: 0, cloid: '0x0000000000000000000000000000abcd' }] },
  }),
  modify: exchange({
    action: {
      type: 'modify',
      oid: 77738308,
      order: { a: 1, b: false, p: '2500', s: '1.5', r: false, t: { limit: { tif: 'Alo' } } },
    },
  }),
  updateIsolatedMargin: exchange({
    action: { type: 'updateIsolatedMargin', asset: 2, isBuy: true, ntli: -1000000 },
  }),
  batchModify: exchange({
    action: {
      type: 'batchModify',
      modifies: [
        {
          oid: '0x0000000000000000000000000000abcd',
          order: { a: 5, b: true, p: '3.25', s: '100', r: false, t: { limit: { tif: 'Gtc' } } },
        },
        {
          oid: 12,
          order: {
            a: 6,
            b: false,
            p: '7',
            s: '0.5',
            r: true,
            t: { trigger: { isMarket: false, triggerPx: '6.5', tpsl: 'tp' } },
          },
        },
      ],
    },
  }),
  scheduleCancel: exchange({ action: { type: 'scheduleCancel', time: T + 10_000 } }),
  updateLeverage: exchange({ action: { type: 'updateLeverage', asset: 3, isCross: true, leverage: 20 } }),
  usdSend: exchange({ action: { type: 'usdSend', destination: OTHER_VAULT, amount: '10.5' } }),
  spotSend: exchange({
    action: {
      type: 'spotSend',
      destination: OTHER_VAULT,
      token: 'PURR:0xc4bf3f870c0e9465323c0b6ed28096c2',
      amount: '3',
    },
  }),
  withdraw3: exchange({ action: { type: 'withdraw3', destination: OTHER_VAULT, amount: '2' } }),
  usdClassTransfer: exchange({ action: { type: 'usdClassTransfer', amount: '5.5', toPerp: true } }),
  approveBuilderFee: exchange({
    action: { type: 'approveBuilderFee', maxFeeRate: '0.001%', builder: VAULT },
  }),
  approveAgent: exchange({ action: { type: 'approveAgent', agentAddress: VAULT, agentName: 'bot-1' } }),
}

const ENUMS: readonly (readonly string[])[] = [
  ['Alo', 'Ioc', 'Gtc'],
  ['na', 'normalTpsl', 'positionTpsl'],
  ['tp', 'sl'],
]

/** A different value of the same kind, so the body still deserialises: only the signed bytes change. */
function mutate(value: unknown): unknown {
  if (typeof value === 'boolean') return !value
  if (typeof value === 'number') return value + 1
  const text = String(value)
  const set = ENUMS.find((e) => e.includes(text))
  if (set) return set[(set.indexOf(text) + 1) % set.length]
  const last = text.at(-1)!
  if (/^0x[0-9a-f]+$/.test(text)) return text.slice(0, -1) + (last === '0' ? '1' : '0')
  // The last digit, one up (9 down): decimals stay canonical, token ids and fee rates keep their shape.
  const at = text.search(/\d[^\d]*$/)
  if (at >= 0)
    return text.slice(0, at) + (text[at] === '9' ? '8' : String(Number(text[at]) + 1)) + text.slice(at + 1)
  return `${text}x`
}

/** Every leaf of the action, as a path and a setter on a copy of the body. */
function leaves(value: unknown, path: string[] = []): string[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, String(i)]))
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
  return [path]
}

function withChange(body: Record<string, unknown>, path: string[], change: (v: unknown) => unknown) {
  const copy = structuredClone(body) as Record<string, unknown>
  let at: Record<string, unknown> = copy
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>
  at[path.at(-1)!] = change(at[path.at(-1)!])
  return copy
}

const verifier = (environment = 'live') =>
  createHyperliquidVerifier({ keys: [{ apiKey: signer.address }], now: () => T, environment })
const send = (body: unknown, environment?: string) =>
  verifier(environment).verify({
    method: 'POST',
    url: '/exchange',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

/** Hyperliquid's answer to a signature that recovers another address: HTTP 200, status err, the address named. */
function expectOtherAddress(result: ReturnType<typeof send>, what: string) {
  expect(result.ok, what).toBe(false)
  if (result.ok) return
  expect(result.code, what).toBe('unknown-signer')
  expect(result.response.status).toBe(200)
  const answer = JSON.parse(result.response.body) as { status: string; response: string }
  expect(answer.status).toBe('err')
  const named = /^User or API Wallet (0x[0-9a-f]{40}) does not exist\.$/.exec(answer.response)?.[1]
  expect(named, `${what}: ${answer.response}`).toBeDefined()
  expect(named, what).not.toBe(signer.address)
}

describe('verifier: every single-field mutation recovers another address', () => {
  for (const [name, intent] of Object.entries(cases)) {
    it(`behavior: ${name}: each action field, the nonce, the vault, the expiry and the source`, async () => {
      const signed = await signer.sign(intent, { nonce: BigInt(T) })
      expect(send(signed.body!).ok, 'the unmutated request').toBe(true)
      const body = JSON.parse(signed.body!) as Record<string, unknown>
      const action = body.action as Record<string, unknown>
      const userSigned = 'signatureChainId' in action
      const nonceField = 'time' in action ? 'time' : 'nonce'
      let count = 0
      for (const path of leaves(action, ['action'])) {
        const key = path.at(-1)!
        if (key === 'type' || key === 'hyperliquidChain') continue // another type is another struct; chain below
        if (userSigned && key === nonceField) continue // the nonce, below
        expectOtherAddress(send(withChange(body, path, mutate)), path.join('.'))
        count++
      }
      // The nonce (a user-signed action carries it twice: the request nonce and its time/nonce member).
      const nonce = withChange(body, ['nonce'], mutate)
      expectOtherAddress(
        send(userSigned ? withChange(nonce, ['action', nonceField], mutate) : nonce),
        'nonce',
      )
      if (!userSigned) {
        const { vaultAddress, expiresAfter, ...rest } = body
        if (vaultAddress) {
          expectOtherAddress(send({ ...body, vaultAddress: OTHER_VAULT }), 'vaultAddress changed')
          expectOtherAddress(
            send({ ...rest, ...(expiresAfter ? { expiresAfter } : {}) }),
            'vaultAddress removed',
          )
        } else expectOtherAddress(send({ ...body, vaultAddress: VAULT }), 'vaultAddress added')
        if (expiresAfter) {
          expectOtherAddress(
            send({ ...body, expiresAfter: (expiresAfter as number) + 1 }),
            'expiresAfter changed',
          )
          expectOtherAddress(
            send({ ...rest, ...(vaultAddress ? { vaultAddress } : {}) }),
            'expiresAfter removed',
          )
        } else expectOtherAddress(send({ ...body, expiresAfter: T + 1000 }), 'expiresAfter added')
        // The source: the same action signed for testnet (phantom agent source "b") and sent to mainnet.
        const testnet = await testnetSigner.sign(intent, { nonce: BigInt(T) })
        expectOtherAddress(send(testnet.body!), 'source b on mainnet')
      } else {
        const testnet = await testnetSigner.sign(intent, { nonce: BigInt(T) })
        expectOtherAddress(send(testnet.body!), 'signed for Testnet, sent to mainnet')
        expectOtherAddress(
          send(withChange(body, ['action', 'signatureChainId'], () => '0xa4b1')),
          'signatureChainId',
        )
      }
      expect(count).toBeGreaterThan(0)
    })
  }

  it('error: a user-signed action whose hyperliquidChain names the other chain is refused even when the signature recovers', async () => {
    const signed = await signer.sign(cases.usdSend!, { nonce: BigInt(T) })
    const body = JSON.parse(signed.body!) as { action: Record<string, unknown> }
    const result = send(withChange(body, ['action', 'hyperliquidChain'], () => 'Testnet'))
    expect(result).toMatchObject({ ok: false, code: 'wrong-chain' })
  })

  it('error: a user-signed action whose time differs from the request nonce is refused', async () => {
    const signed = await signer.sign(cases.usdSend!, { nonce: BigInt(T) })
    const body = JSON.parse(signed.body!) as Record<string, unknown>
    expect(send(withChange(body, ['action', 'time'], mutate))).toMatchObject({
      ok: false,
      code: 'nonce-mismatch',
    })
    expect(send(withChange(body, ['nonce'], mutate))).toMatchObject({ ok: false, code: 'nonce-mismatch' })
  })
})
