import ccxt from 'ccxt'
import { describe, expect, it } from 'vitest'
import {
  createHyperliquidSigner,
  createHyperliquidVerifier,
  hyperliquid,
  hyperliquidStringToSign,
} from '../src/index'

const KEY = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318' // made up for this test
const T = 1_700_000_000_000
const signer = createHyperliquidSigner({ privateKey: KEY })
const intent = hyperliquid.examples.placeOrder('explain-1')
const variants = hyperliquid.signatureVariants({
  credentials: { apiKey: '', privateKey: KEY },
  intent,
  timestamp: T,
})
const byId = (id: string) => variants.find((v) => v.id === id)!

type Sig = { r: string; s: string; v: number }
const exchange = new (
  ccxt as unknown as {
    hyperliquid: new (o: object) => { signL1Action(a: unknown, n: number, vault?: string): Sig }
  }
).hyperliquid({
  privateKey: KEY,
})

/** The address Signet's verifier names for a request carrying `signature` over the correct body. */
async function recoveredFor(signature: Sig, body?: Record<string, unknown>) {
  const correct = JSON.parse((await signer.sign(intent, { nonce: BigInt(T) })).body!) as Record<
    string,
    unknown
  >
  const verifier = createHyperliquidVerifier({ keys: [{ apiKey: signer.address }], now: () => T })
  const result = verifier.verify({
    method: 'POST',
    url: '/exchange',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...correct, ...body, signature }),
  })
  expect(result.ok).toBe(false)
  return result.ok ? '' : /(0x[0-9a-f]{40})/.exec(JSON.parse(result.response.body).response)![1]
}

describe('hyperliquidSignatureVariants', () => {
  it('default: correct first, its signature the signer’s address; every variant distinct', () => {
    expect(variants[0]).toMatchObject({ id: 'correct', signature: signer.address })
    expect(variants.map((v) => v.id)).toMatchInlineSnapshot(`
      [
        "correct",
        "testnet-source",
        "sorted-keys",
        "trailing-zeros",
        "float-numbers",
        "vault-added",
        "no-vault-flag",
        "nonce-seconds",
        "nonce-microseconds",
        "nonce-little-endian",
        "json-instead-of-msgpack",
        "personal-sign",
      ]
    `)
    expect(new Set(variants.map((v) => v.signature)).size).toBe(variants.length)
    expect(variants[0]!.signedText).toBe(
      hyperliquidStringToSign({
        method: 'POST',
        url: '/exchange',
        headers: {},
        body: signer.signSync!(intent, { nonce: BigInt(T) }).body!,
      }),
    )
  })

  it('behavior: each mistake made by an independent implementation (ccxt) names the address its variant predicts', async () => {
    const action = (
      JSON.parse(signer.signSync!(intent, { nonce: BigInt(T) }).body!) as {
        action: { orders: Record<string, unknown>[] }
      }
    ).action
    const sorted = JSON.parse(
      JSON.stringify(action, (_, v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
      ),
    )
    expect(await recoveredFor(exchange.signL1Action(sorted, T))).toBe(byId('sorted-keys').signature)
    const floats = { ...action, orders: [{ ...action.orders[0], p: 20000, s: 0.001 }] }
    expect(await recoveredFor(exchange.signL1Action(floats, T))).toBe(byId('float-numbers').signature)
    const zeros = { ...action, orders: [{ ...action.orders[0], p: '20000.00000000', s: '0.00100000' }] }
    expect(await recoveredFor(exchange.signL1Action(zeros, T))).toBe(byId('trailing-zeros').signature)
    expect(await recoveredFor(exchange.signL1Action(action, T, signer.address.slice(2)))).toBe(
      byId('vault-added').signature,
    )
  })

  it('behavior: testnet-signed requests sent to mainnet name the testnet-source address', async () => {
    const testnet = createHyperliquidSigner({ privateKey: KEY, environment: 'testnet' })
    const body = JSON.parse(testnet.signSync!(intent, { nonce: BigInt(T) }).body!) as { signature: Sig }
    expect(await recoveredFor(body.signature)).toBe(byId('testnet-source').signature)
  })

  it('behavior: matches takes the address from the error or the signature as sent, and nothing else', async () => {
    const testnet = createHyperliquidSigner({ privateKey: KEY, environment: 'testnet' })
    const { signature } = JSON.parse(testnet.signSync!(intent, { nonce: BigInt(T) }).body!) as {
      signature: Sig
    }
    const variant = byId('testnet-source') as (typeof variants)[number] & { matches(text: string): boolean }
    const packed = `${signature.r}${signature.s.slice(2)}${signature.v.toString(16)}`
    expect(variant.matches(variant.signature.toUpperCase().replace('0X', '0x'))).toBe(true)
    expect(variant.matches(JSON.stringify(signature))).toBe(true)
    expect(variant.matches(packed)).toBe(true)
    expect(variant.matches(signer.address)).toBe(false)
    expect((byId('correct') as typeof variant).matches(packed)).toBe(false)
    expect(variant.matches('not a signature')).toBe(false)
  })

  it('behavior: user-signed actions list chain mistakes instead', () => {
    const ids = hyperliquid
      .signatureVariants({
        credentials: { apiKey: '', privateKey: KEY, environment: 'testnet' },
        intent: {
          method: 'POST',
          path: '/exchange',
          body: {
            action: {
              type: 'withdraw3',
              destination: '0x5e9ee1089755c3435139848e47e6635505d5a13a',
              amount: '1',
            },
          },
          security: 'signed',
        },
        timestamp: T,
      })
      .map((v) => v.id)
    expect(ids).toEqual(['correct', 'mainnet-chain', 'chain-id-42161', 'chain-id-1337', 'chain-id-1'])
  })
})
