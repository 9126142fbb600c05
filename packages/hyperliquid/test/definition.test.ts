import { describe, expect, it } from 'vitest'
import { hyperliquidExamples } from '../src/emulate/index'
import { clientOrderIdOf, cloidOf, hyperliquid } from '../src/index'
import { createHyperliquidVerifier, hyperliquidVerification } from '../src/verify/index'

describe('hyperliquid definition', () => {
  it('default: freshness as data (spec hyperliquid.md §6)', () => {
    expect(hyperliquid.freshness).toEqual({
      kind: 'nonce',
      ordering: 'unique-recent',
      unitsPerMs: 1,
      tolerance: { aheadMs: 86_400_000, behindMs: 172_799_999 },
    })
  })

  it('behavior: the examples sign and the verifier accepts them; the cloid carries the client order id', async () => {
    const { credentials, verifierKey } = hyperliquidVerification.testKey!()
    const signer = hyperliquid.createSigner(credentials)
    const verifier = hyperliquidVerification.createVerifier({
      keys: [verifierKey],
      now: () => 1_700_000_000_000,
    })
    const raw = (r: { method: string; url: string; headers: Record<string, string>; body?: string }) => ({
      ...r,
      body: r.body ?? '',
    })
    const place = await signer.sign(hyperliquidExamples.placeOrder('demo-1'), { nonce: 1_700_000_000_000n })
    const cancel = await signer.sign(hyperliquidExamples.cancelOrder('demo-1'), {
      nonce: 1_700_000_000_001n,
    })
    const placed = verifier.verify(raw(place))
    const canceled = verifier.verify(raw(cancel))
    expect(placed).toMatchObject({ ok: true, params: { type: 'order' } })
    expect(canceled).toMatchObject({ ok: true, params: { type: 'cancelByCloid' } })
    if (placed.ok && canceled.ok) {
      expect(placed.params.cloid).toBe('0x64656d6f2d3100000000000000000000')
      expect(placed.params.clientOrderId).toBe('demo-1')
      expect(canceled.params.clientOrderId).toBe('demo-1')
    }
    // The account example is the signed `noop`: it proves the key and the clock and changes nothing else.
    const account = await signer.sign(hyperliquidExamples.account, { nonce: 1_700_000_000_002n })
    expect(verifier.verify(raw(account))).toMatchObject({
      ok: true,
      path: '/exchange',
      params: { type: 'noop' },
    })
  })

  it('behavior: server time from exchangeStatus; no passive samples', () => {
    const verifier = createHyperliquidVerifier({ keys: [], now: () => 0 })
    expect(hyperliquid.parseServerTime(JSON.parse(verifier.respond.serverTime(1_700_000_000_123).body))).toBe(
      1_700_000_000_123,
    )
    expect(() => hyperliquid.parseServerTime({ specialStatuses: null })).toThrow(/exchangeStatus/)
    // No passive samples: the Date header has whole seconds, and answers carry no other server time.
    expect('serverTimeFromResponse' in hyperliquid).toBe(false)
  })

  it('behavior: hosts per environment (spec hyperliquid.md §1)', () => {
    expect(hyperliquid.products[hyperliquid.defaultProduct]?.rest).toEqual({
      live: 'https://api.hyperliquid.xyz',
      testnet: 'https://api.hyperliquid-testnet.xyz',
    })
  })

  it('behavior: the verifier answers like Hyperliquid outside the signature', () => {
    const verifier = createHyperliquidVerifier({ keys: [], now: () => 0 })
    const at = (r: { method?: string; url?: string; headers?: Record<string, string>; body?: string }) =>
      verifier.verify({
        method: 'POST',
        url: '/exchange',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        ...r,
      })
    expect(at({ url: '/nope' })).toMatchObject({ ok: false, kind: 'not-found', response: { status: 404 } })
    expect(at({ method: 'GET' })).toMatchObject({ ok: false, response: { status: 405 } })
    expect(at({ headers: { 'content-type': 'text/plain' } })).toMatchObject({
      ok: false,
      code: 'content-type',
      response: { status: 415 },
    })
    expect(at({ body: 'not json' })).toMatchObject({
      ok: false,
      code: 'deserialize',
      response: { status: 422 },
    })
    const unknownType = at({
      body: '{"action":{"type":"nope"},"nonce":1,"signature":{"r":"0x1","s":"0x1","v":27}}',
    })
    expect(unknownType.ok || unknownType.response.body).toMatchInlineSnapshot(
      `"Failed to deserialize the JSON body into the target type: Invalid parameter "action.type": expected a known action type, received "nope"."`,
    )
    expect(verifier.respond.error('order-not-found').body).toBe(
      '{"status":"ok","response":{"type":"cancel","data":{"statuses":[{"error":"Order was never placed, already canceled, or filled."}]}}}',
    )
  })
})

describe('cloidOf', () => {
  it('behavior: short ids travel readably, long ones hashed, cloids lower-cased', () => {
    expect(cloidOf('grid-7')).toBe('0x677269642d3700000000000000000000')
    expect(clientOrderIdOf(cloidOf('grid-7'))).toBe('grid-7')
    expect(cloidOf('0x0000000000000000000000000000ABCD')).toBe('0x0000000000000000000000000000abcd')
    expect(clientOrderIdOf('0x0000000000000000000000000000abcd')).toBe('0x0000000000000000000000000000abcd')
    const long = cloidOf('an-order-id-longer-than-16-bytes')
    expect(long).toMatch(/^0x[0-9a-f]{32}$/)
    expect(cloidOf('an-order-id-longer-than-16-bytes')).toBe(long)
    expect(cloidOf('é')).toBe('0xc3a90000000000000000000000000000')
    expect(clientOrderIdOf(cloidOf('é'))).toBe(cloidOf('é'))
  })
})
