import ccxt from 'ccxt'
import { describe, expect, it } from 'vitest'
import { hyperliquidDiagnosis, hyperliquidStringToSign } from '../src/diagnose/index'
import { hyperliquidExamples } from '../src/emulate/index'
import { createHyperliquidSigner } from '../src/index'
import { createHyperliquidVerifier } from '../src/verify/index'

const KEY = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318' // made up for this test
const T = 1_700_000_000_000
const signer = createHyperliquidSigner({ privateKey: KEY })
const intent = hyperliquidExamples.placeOrder('explain-1')
const variants = hyperliquidDiagnosis.signatureVariants({
  credentials: { apiKey: '', privateKey: KEY },
  intent,
  timestamp: T,
})
const byId = (id: string) => variants.find((v) => v.id === id)!
/** r ‖ s ‖ v as one hex string, r and s as 32 bytes. */
const joined = (sig: Sig) =>
  `0x${sig.r.slice(2).padStart(64, '0')}${sig.s.slice(2).padStart(64, '0')}${sig.v.toString(16)}`
/** The address a variant says Hyperliquid would recover. */
const recoveredBy = (id: string) => /recovers? (0x[0-9a-f]{40})/.exec(byId(id).description)![1]

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
    const body = JSON.parse(signer.signSync!(intent, { nonce: BigInt(T) }).body!) as { signature: Sig }
    expect(variants[0]).toMatchObject({ id: 'correct', signature: joined(body.signature) })
    expect(recoveredBy('correct')).toBe(signer.address)
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
    expect(await recoveredFor(exchange.signL1Action(sorted, T))).toBe(recoveredBy('sorted-keys'))
    const floats = { ...action, orders: [{ ...action.orders[0], p: 20000, s: 0.001 }] }
    expect(await recoveredFor(exchange.signL1Action(floats, T))).toBe(recoveredBy('float-numbers'))
    const zeros = { ...action, orders: [{ ...action.orders[0], p: '20000.00000000', s: '0.00100000' }] }
    expect(await recoveredFor(exchange.signL1Action(zeros, T))).toBe(recoveredBy('trailing-zeros'))
    expect(await recoveredFor(exchange.signL1Action(action, T, signer.address.slice(2)))).toBe(
      recoveredBy('vault-added'),
    )
    // ccxt's signature for the sorted action is the variant's, byte for byte once r and s are 32 bytes.
    const made = exchange.signL1Action(sorted, T)
    expect(joined(made)).toBe(byId('sorted-keys').signature)
  })

  it('behavior: testnet-signed requests sent to mainnet name the testnet-source address', async () => {
    const testnet = createHyperliquidSigner({ privateKey: KEY, environment: 'testnet' })
    const body = JSON.parse(testnet.signSync!(intent, { nonce: BigInt(T) }).body!) as { signature: Sig }
    expect(await recoveredFor(body.signature)).toBe(recoveredBy('testnet-source'))
  })

  it('behavior: a testnet-signed body carries exactly the testnet-source signature (what explain compares)', () => {
    const testnet = createHyperliquidSigner({ privateKey: KEY, environment: 'testnet' })
    const { signature } = JSON.parse(testnet.signSync!(intent, { nonce: BigInt(T) }).body!) as {
      signature: Sig
    }
    expect(byId('testnet-source').signature).toBe(joined(signature))
    expect(variants.filter((v) => v.signature === joined(signature)).map((v) => v.id)).toEqual([
      'testnet-source',
    ])
  })

  it('behavior: user-signed actions list chain mistakes instead', () => {
    const ids = hyperliquidDiagnosis
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
