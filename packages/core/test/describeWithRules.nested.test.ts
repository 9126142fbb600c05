import { describe, expect, it } from 'vitest'
import { describeWithRules } from '../src/kit'

const seen: Record<string, string>[] = []
const describeIntent = describeWithRules({
  place: 'json',
  orders: {
    'POST /order': (fields) => {
      seen.push({ ...fields })
      return {
        kind: 'order',
        symbol: fields.symbol!,
        side: 'buy',
        quantity: fields['config.limit.size'],
        price: undefined,
        quoteQuantity: undefined,
      }
    },
  },
  cancels: {},
  sensitive: [],
  reads: ['POST /balance'],
  nested: ['config'],
})
const order = (body: Record<string, unknown>) =>
  describeIntent({ method: 'POST', path: '/order', body: body as never, security: 'signed' })

describe('describeWithRules: nested fields and non-GET reads', () => {
  it('default: a nested field is read by its dotted name', () => {
    expect(order({ symbol: 'X', config: { limit: { size: '0.5', post_only: false } } })).toMatchObject({
      kind: 'order',
      quantity: '0.5',
    })
    expect(seen.at(-1)).toEqual({
      symbol: 'X',
      'config.limit.size': '0.5',
      'config.limit.post_only': 'false',
    })
  })

  it('behavior: arrays in a nested field are read by index', () => {
    order({ symbol: 'X', config: { ids: ['a', 'b'] } })
    expect(seen.at(-1)).toEqual({ symbol: 'X', 'config.ids.0': 'a', 'config.ids.1': 'b' })
  })

  it('error: a dotted or empty name at the top or inside, or a nested field not declared nested', () => {
    for (const body of [
      { symbol: 'X', 'config.limit.size': '0.5', config: { limit: {} } },
      { symbol: 'X', config: { limit: {} }, 'config.limit.size': '0.5' },
      { symbol: 'X', config: { 'limit.size': '0.5' } },
      { symbol: 'X', config: { limit: { '': '0.5' } } },
      { symbol: 'X', other: { size: '0.5' } },
    ])
      expect(order(body)).toMatchObject({ kind: 'refused' })
  })

  it('behavior: an endpoint listed in reads is a read whatever its method; others are unknown', () => {
    expect(describeIntent({ method: 'POST', path: '/balance', security: 'signed' })).toEqual({ kind: 'read' })
    expect(describeIntent({ method: 'POST', path: '/balances', security: 'signed' })).toEqual({
      kind: 'unknown',
    })
  })
})

describe('describeWithRules: sensitive prefixes with an id segment', () => {
  const withIds = describeWithRules({
    place: 'json',
    orders: {},
    cancels: {},
    sensitive: [['/v2/accounts/*/transactions', 'withdraw']],
  })
  const kind = (path: string) => withIds({ method: 'POST', path, security: 'signed' }).kind

  it('behavior: `*` matches one segment and nothing else', () => {
    expect(kind('/v2/accounts/abc-123/transactions')).toBe('withdraw')
    expect(kind('/v2/accounts/abc/transactions/tx1')).toBe('withdraw')
    expect(kind('/v2/accounts/transactions')).toBe('unknown')
    expect(kind('/v2/accounts/a/b/transactions')).toBe('unknown')
    expect(kind('/v2/accounts')).toBe('unknown')
  })
})

describe('describeWithRules: unjudged endpoints', () => {
  it('error: an unjudged endpoint is refused with its own reason', () => {
    const withEdit = describeWithRules({
      place: 'form',
      orders: {},
      cancels: {},
      sensitive: [],
      unjudged: { 'POST /edit': 'it changes an order without naming its side' },
    })
    expect(withEdit({ method: 'POST', path: '/edit', security: 'signed' })).toEqual({
      kind: 'refused',
      reason: 'POST /edit: it changes an order without naming its side',
    })
    expect(withEdit({ method: 'POST', path: '/constructor', security: 'signed' }).kind).toBe('unknown')
  })
})
