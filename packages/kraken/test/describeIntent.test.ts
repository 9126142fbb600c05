import type { RequestIntent } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { describeKrakenIntent } from '../src'

const order = (form: Record<string, string | undefined>): RequestIntent => ({
  method: 'POST',
  path: '/0/private/AddOrder',
  form: {
    nonce: '1',
    pair: 'XBTUSDT',
    type: 'buy',
    ordertype: 'limit',
    volume: '0.01',
    price: '50000',
    ...form,
  },
  security: 'signed',
})

describe('describeKrakenIntent', () => {
  it('default: a limit order from the form fields', () => {
    expect(describeKrakenIntent(order({}))).toEqual({
      kind: 'order',
      symbol: 'XBTUSDT',
      side: 'buy',
      quantity: '0.01',
      price: '50000',
      quoteQuantity: undefined,
    })
  })

  it('behavior: oflags=viqc sizes the order in quote; a market order has no price; *-limit types bound by price2', () => {
    expect(
      describeKrakenIntent(order({ ordertype: 'market', oflags: 'post,viqc', volume: '100' })),
    ).toMatchObject({
      quantity: undefined,
      quoteQuantity: '100',
      price: undefined,
    })
    expect(describeKrakenIntent(order({ ordertype: 'market' }))).toMatchObject({
      price: undefined,
      quantity: '0.01',
    })
    expect(
      describeKrakenIntent(order({ ordertype: 'stop-loss-limit', price: '1', price2: '49000' })),
    ).toMatchObject({
      price: '49000',
    })
  })

  it('error: trigger-only order types, unknown sides, batches and edits are refused', () => {
    for (const form of [{ ordertype: 'stop-loss' }, { ordertype: 'trailing-stop' }, { type: 'BUY' }])
      expect(describeKrakenIntent(order(form)).kind, JSON.stringify(form)).not.toBe('order')
    expect(describeKrakenIntent(order({ ordertype: 'stop-loss' })).kind).toBe('refused')
    for (const name of ['AddOrderBatch', 'EditOrder', 'AmendOrder'])
      expect(describeKrakenIntent({ ...order({}), path: `/0/private/${name}` }).kind).toBe('refused')
  })

  it('behavior: withdrawals, transfers and sub-accounts are sensitive; account queries are reads', () => {
    const kind = (name: string) =>
      describeKrakenIntent({ method: 'POST', path: `/0/private/${name}`, security: 'signed' }).kind
    expect(
      ['Withdraw', 'WithdrawCancel', 'WalletTransfer', 'AccountTransfer', 'CreateSubaccount'].map(kind),
    ).toEqual(['withdraw', 'withdraw', 'transfer', 'transfer', 'sub-account'])
    expect(['Balance', 'OpenOrders', 'QueryOrders'].map(kind)).toEqual(['read', 'read', 'read'])
    expect(kind('GetWebSocketsToken')).toBe('unknown')
  })
})
