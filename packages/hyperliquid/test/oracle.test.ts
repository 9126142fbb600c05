import { CancelByCloidRequest, CancelRequest, OrderRequest, parser } from '@nktkas/hyperliquid/api/exchange'
import { signL1Action } from '@nktkas/hyperliquid/signing'
import ccxt from 'ccxt'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createHyperliquidSigner } from '../src/index'
import { createHyperliquidVerifier } from '../src/verify/index'
import { cancelActionArb, contextArb, orderActionArb } from './_arbitraries'
import { PYTHON_SDK, pythonVectors } from './vectors'

type Sig = { r: string; s: string; v: number }
type Ccxt = {
  privateKey: string
  options: Record<string, unknown>
  signL1Action(action: unknown, nonce: number, vault?: string, expiresAfter?: number): Sig
  ethEncodeStructuredData(domain: unknown, types: unknown, message: unknown): Uint8Array
  signMessage(message: Uint8Array, privateKey: string): Sig
}
const exchange = new (ccxt as unknown as { hyperliquid: new (o: object) => Ccxt }).hyperliquid({})

/**
 * A viem-shaped wallet for @nktkas/hyperliquid (which signs through viem or ethers, neither installed here): it
 * encodes the typed data with ccxt's EIP-712 encoder (a port of ethers'), so the nktkas path contributes its own
 * action parsing, key order, number formatting, msgpack and action hash, and shares EIP-712 with ccxt.
 */
const walletFor = (privateKey: string) => ({
  address: '0x0000000000000000000000000000000000000000',
  signTypedData: async (args: { domain: unknown; types: Record<string, unknown>; message: unknown }) => {
    const { EIP712Domain: _, ...types } = args.types
    const sig = exchange.signMessage(
      exchange.ethEncodeStructuredData(args.domain, types, args.message),
      privateKey,
    )
    const word = (h: string) => h.slice(2).padStart(64, '0')
    return `0x${word(sig.r)}${word(sig.s)}${sig.v.toString(16)}`
  },
})

const same = (a: Sig, b: Sig) => BigInt(a.r) === BigInt(b.r) && BigInt(a.s) === BigInt(b.s) && a.v === b.v

type Context = {
  privateKey: string
  nonce: number
  testnet: boolean
  vaultAddress?: string | undefined
  expiresAfter?: number | undefined
}

/** Signs `raw` with Signet, @nktkas/hyperliquid and ccxt; returns all three and the wire forms. */
async function signAll(raw: Record<string, unknown>, parse: (a: unknown) => unknown, ctx: Context) {
  const signer = createHyperliquidSigner({
    privateKey: ctx.privateKey,
    environment: ctx.testnet ? 'testnet' : 'mainnet',
  })
  const signed = await signer.sign(
    {
      method: 'POST',
      path: '/exchange',
      body: { action: raw as never, vaultAddress: ctx.vaultAddress, expiresAfter: ctx.expiresAfter },
      security: 'signed',
    },
    { nonce: BigInt(ctx.nonce) },
  )
  const body = JSON.parse(signed.body!) as { action: unknown; signature: Sig }
  const nktkasAction = parse(structuredClone(raw))
  const vault = ctx.vaultAddress?.toLowerCase() as `0x${string}` | undefined
  const nktkas = await signL1Action({
    wallet: walletFor(ctx.privateKey) as never,
    action: nktkasAction as never,
    nonce: ctx.nonce,
    isTestnet: ctx.testnet,
    vaultAddress: vault,
    expiresAfter: ctx.expiresAfter,
  })
  exchange.privateKey = ctx.privateKey
  exchange.options.sandboxMode = ctx.testnet
  // ccxt takes the vault without 0x (its formatVaultAddress) and the action as nktkas built it.
  const ccxtSig = exchange.signL1Action(
    structuredClone(nktkasAction),
    ctx.nonce,
    vault?.slice(2),
    ctx.expiresAfter,
  )
  return { signer, body, nktkasAction, nktkas, ccxtSig }
}

/** Sends the ccxt-signed request to Signet's verifier, as Hyperliquid would receive it from ccxt. */
function verifyCcxtRequest(address: string, action: unknown, sig: Sig, ctx: Context) {
  const verifier = createHyperliquidVerifier({
    keys: [{ apiKey: address, environment: ctx.testnet ? 'testnet' : 'live' }],
    now: () => ctx.nonce,
    environment: ctx.testnet ? 'testnet' : 'live',
  })
  const body = JSON.stringify({
    action,
    nonce: ctx.nonce,
    signature: sig,
    ...(ctx.vaultAddress ? { vaultAddress: ctx.vaultAddress.toLowerCase() } : {}),
    ...(ctx.expiresAfter ? { expiresAfter: ctx.expiresAfter } : {}),
  })
  return verifier.verify({
    method: 'POST',
    url: '/exchange',
    headers: { 'content-type': 'application/json' },
    body,
  })
}

/** All three sign alike, Signet's wire action is nktkas's, and Signet's verifier accepts the ccxt-signed request. */
async function expectAgreement(raw: Record<string, unknown>, parse: (a: unknown) => unknown, ctx: Context) {
  const { signer, body, nktkasAction, nktkas, ccxtSig } = await signAll(raw, parse, ctx)
  expect(JSON.stringify(body.action)).toBe(JSON.stringify(nktkasAction))
  expect(same(body.signature, nktkas)).toBe(true)
  expect(same(body.signature, ccxtSig)).toBe(true)
  expect(verifyCcxtRequest(signer.address, nktkasAction, ccxtSig, ctx).ok).toBe(true)
}

describe('oracles: ccxt 4.5.84 and @nktkas/hyperliquid 0.25.9', () => {
  it('behavior: 700 generated orders sign identically in all three, and the verifier accepts ccxt’s requests', async () => {
    const parse = parser(OrderRequest.entries.action)
    await fc.assert(
      fc.asyncProperty(orderActionArb, contextArb, (raw, ctx) => expectAgreement(raw, parse, ctx)),
      { numRuns: 700 },
    )
  }, 120_000)

  it('behavior: 700 generated cancels (by order id and by cloid) sign identically in all three', async () => {
    const cancel = parser(CancelRequest.entries.action)
    const byCloid = parser(CancelByCloidRequest.entries.action)
    await fc.assert(
      fc.asyncProperty(cancelActionArb, contextArb, (raw, ctx) =>
        expectAgreement(raw, raw.type === 'cancel' ? cancel : byCloid, ctx),
      ),
      { numRuns: 700 },
    )
  }, 120_000)

  describe('disagreements, each explained', () => {
    it('ccxt: nonces outside [2^40, 2^44) hash wrongly (it writes "00000" + hex instead of a u64), so the python vectors with nonce 0 fail in ccxt only', async () => {
      const v = pythonVectors[0]!
      exchange.privateKey = PYTHON_SDK.privateKey
      exchange.options.sandboxMode = false
      const ccxtSig = exchange.signL1Action(v.action, v.nonce)
      expect(same(ccxtSig, v.expected)).toBe(false)
      // The same action at a nonce with 11 hex digits agrees.
      const ctx = { privateKey: PYTHON_SDK.privateKey, nonce: 1_700_000_000_000, testnet: false }
      const { body, ccxtSig: agreeing } = await signAll(v.action, (a) => a, ctx)
      expect(same(body.signature, agreeing)).toBe(true)
    })

    it('ccxt: r and s go on the wire without leading zeros (like the python SDK), Signet and nktkas pad them to 32 bytes; the verifier reads both', async () => {
      const v = pythonVectors[0]! // its r has 63 hex digits
      const ctx = { privateKey: PYTHON_SDK.privateKey, nonce: 1_700_000_000_123, testnet: false }
      let found: { body: { signature: Sig }; ccxtSig: Sig } | undefined
      for (let i = 0; i < 64 && !found; i++) {
        const result = await signAll(v.action, (a) => a, { ...ctx, nonce: ctx.nonce + i })
        if (result.ccxtSig.r.length < 66 || result.ccxtSig.s.length < 66) found = result
      }
      expect(found, 'a nonce whose r or s has a leading zero nibble').toBeDefined()
      expect(found!.body.signature.r).toHaveLength(66)
      expect(same(found!.body.signature, found!.ccxtSig)).toBe(true)
    })

    it('nktkas passes a price with more than 8 decimals through; Signet refuses it, as the python SDK float_to_wire does (Hyperliquid would round it)', async () => {
      const raw = {
        type: 'order',
        orders: [{ a: 0, b: true, p: '100.123456789', s: '1', r: false, t: { limit: { tif: 'Gtc' } } }],
        grouping: 'na',
      }
      expect((parser(OrderRequest.entries.action)(raw) as { orders: { p: string }[] }).orders[0]!.p).toBe(
        '100.123456789',
      )
      const signer = createHyperliquidSigner({ privateKey: PYTHON_SDK.privateKey })
      await expect(
        signer.sign(
          { method: 'POST', path: '/exchange', body: { action: raw }, security: 'signed' },
          { nonce: 1n },
        ),
      ).rejects.toThrow(/action\.orders\[0\]\.p/)
    })
  })
})
