import type { RequestIntent } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { describeHyperliquidIntent } from '../src'

const wire = { a: 0, b: true, p: '50000', s: '0.01', r: false, t: { limit: { tif: 'Gtc' } } }
const exchange = (action: Record<string, unknown>, extra: Partial<RequestIntent> = {}): RequestIntent => ({
  method: 'POST',
  path: '/exchange',
  body: { action } as never,
  security: 'signed',
  ...extra,
})

describe('describeHyperliquidIntent', () => {
  it('default: an order action with one order; the symbol is the asset index as text', () => {
    expect(describeHyperliquidIntent(exchange({ type: 'order', orders: [wire], grouping: 'na' }))).toEqual({
      kind: 'order',
      symbol: '0',
      side: 'buy',
      quantity: '0.01',
      price: '50000',
      quoteQuantity: undefined,
    })
    expect(
      describeHyperliquidIntent(
        exchange({ type: 'order', orders: [{ ...wire, a: 10001, b: false }], grouping: 'na' }),
      ),
    ).toMatchObject({ symbol: '10001', side: 'sell' })
  })

  it('behavior: modify and a single batchModify are orders; a TWAP has a size and no price', () => {
    expect(describeHyperliquidIntent(exchange({ type: 'modify', oid: 1, order: wire }))).toMatchObject({
      kind: 'order',
      quantity: '0.01',
    })
    expect(
      describeHyperliquidIntent(exchange({ type: 'batchModify', modifies: [{ oid: 1, order: wire }] })),
    ).toMatchObject({ kind: 'order', price: '50000' })
    expect(
      describeHyperliquidIntent(
        exchange({ type: 'twapOrder', twap: { a: 0, b: true, s: '1', r: false, m: 5, t: false } }),
      ),
    ).toMatchObject({ kind: 'order', quantity: '1', price: undefined })
  })

  it('error: several or no orders, a typed field of the wrong type, fields outside the body, unknown actions', () => {
    for (const intent of [
      exchange({ type: 'order', orders: [wire, wire], grouping: 'na' }),
      exchange({ type: 'order', orders: [], grouping: 'na' }),
      exchange({
        type: 'batchModify',
        modifies: [
          { oid: 1, order: wire },
          { oid: 2, order: wire },
        ],
      }),
      exchange({ type: 'order', orders: [{ ...wire, a: '0' }], grouping: 'na' }),
      exchange({ type: 'order', orders: [{ ...wire, a: -0 }], grouping: 'na' }),
      exchange({ type: 'order', orders: [{ ...wire, a: 0.5 }], grouping: 'na' }),
      exchange({ type: 'order', orders: [{ ...wire, b: 'true' }], grouping: 'na' }),
      exchange({ type: 'order', orders: [{ ...wire, s: { v: 1 } }], grouping: 'na' }),
      exchange({ type: 'order', orders: [wire], grouping: 'na' }, { params: { s: '5' } }),
      { ...exchange({ type: 'noop' }), body: { action: { type: 'noop' }, nonce: 1 } as never },
      exchange({ type: 'somethingNew' }),
    ])
      expect(describeHyperliquidIntent(intent).kind, JSON.stringify(intent)).toBe('refused')
  })

  it('behavior: user-signed transfers, sub-accounts, vaults and approvals are sensitive by action type', () => {
    const kind = (type: string) => describeHyperliquidIntent(exchange({ type })).kind
    expect(
      ['usdSend', 'spotSend', 'withdraw3', 'usdClassTransfer', 'subAccountTransfer', 'vaultTransfer'].map(
        kind,
      ),
    ).toEqual(['withdraw', 'withdraw', 'withdraw', 'transfer', 'transfer', 'transfer'])
    expect(['createSubAccount', 'approveAgent', 'approveBuilderFee'].map(kind)).toEqual([
      'sub-account',
      'key-management',
      'key-management',
    ])
    expect(kind('cancel')).toBe('cancel')
    expect(kind('noop')).toBe('read')
    expect(kind('updateLeverage')).toBe('unknown')
    expect(
      describeHyperliquidIntent({ method: 'POST', path: '/info', body: { type: 'meta' }, security: 'none' })
        .kind,
    ).toBe('read')
  })
})
