import type {
  EmulationFailure,
  EmulationNewOrder,
  EmulationOrder,
  EmulationRequest,
  EmulationRoute,
  ExchangeDefinition,
  ExchangeDiagnosis,
  ExchangeExamples,
  ExchangeVerification,
} from '@signet/core'
import { describe, expect, it } from 'vitest'
import { emulationFromExamples, jsonAnswer, jsonVerifier, newOrderFrom } from '../src/kit/index'

// A made-up exchange: JSON envelope {code, data}, errors {code, msg}, orders by `clientOid`.
const definition = {
  id: 'toy',
  name: 'Toy',
  products: {
    spot: {
      rest: { live: 'https://toy.invalid' },
      serverTime: { method: 'GET', path: '/time', security: 'none' },
    },
  },
  defaultProduct: 'spot',
  clientOrderIdParam: 'clientOid',
} as unknown as ExchangeDefinition
const verification: ExchangeVerification = {
  createVerifier: (options) =>
    jsonVerifier(options, {
      exchange: 'toy',
      errors: {},
      error: (code, msg) => ({ code, msg }),
      serverTime: (ms) => ({ code: '0', data: ms }),
      ok: (data) => ({ code: '0', data }),
      generic: {
        'not-found': [404, '404', 'Not Found'],
        'duplicate-order': [400, '10', 'Duplicate clientOid'],
        'order-not-found': [400, '11', 'No such order'],
        internal: [500, '50', 'Internal'],
      },
      check: (received) => received.accept('k'),
    }),
}
const examples: ExchangeExamples = {
  account: { method: 'GET', path: '/account', security: 'signed' },
  placeOrder: (clientOid) => ({
    method: 'POST',
    path: '/order',
    body: { clientOid, symbol: 'BTC-USDT', side: 'BUY', qty: '0.5', price: '100' },
    security: 'signed',
  }),
  cancelOrder: (id) => ({ method: 'DELETE', path: `/order/${id}`, security: 'signed' }),
}
const options = {
  definition,
  verification,
  diagnosis: {} as ExchangeDiagnosis,
  examples,
  order: { sides: { BUY: 'buy', SELL: 'sell' } as const, quantity: 'qty' },
  queryOrder: (clientOid: string) => ({
    method: 'GET' as const,
    path: '/order',
    params: { clientOid },
    security: 'signed' as const,
  }),
  symbols: { separator: '-' },
  answers: {
    balance: (b: { asset: string; free: string }) => ({ ccy: b.asset, avail: b.free }),
    order: (o: EmulationOrder) => ({ id: o.id, clientOid: o.clientOrderId, state: o.status }),
  },
  error: (code: string, msg: string) => ({ code, msg }),
  failures: {
    'insufficient-balance': [400, '20', 'Balance insufficient'],
    'bad-parameter': [400, '30', 'Invalid parameter'],
  },
} as const
const request = (
  params: Record<string, string>,
  pathParams: Record<string, string> = {},
): EmulationRequest => ({
  params,
  pathParams,
  serverTime: 1_700_000_000_000,
})
const route = (routes: readonly EmulationRoute[], action: EmulationRoute['action']) =>
  routes.find((r) => r.action === action)!
const order: EmulationOrder = {
  id: '7',
  clientOrderId: 'c1',
  clientOrderIdGiven: true,
  symbol: 'BTC-USDT',
  side: 'buy',
  type: 'limit',
  quantity: '0.5',
  price: '100',
  status: 'open',
  fillPrice: undefined,
  createdAt: 0,
  updatedAt: 0,
  params: {},
}

describe('emulationFromExamples', () => {
  it('behavior: declares time, balances, place, cancel and query where the definition and example requests send them', () => {
    const emulation = emulationFromExamples(options)
    expect(emulation.routes.map((r) => `${r.action} ${r.method} ${r.path}`)).toEqual([
      'time GET /time',
      'balances GET /account',
      'place POST /order',
      'cancel DELETE /order/{clientOrderId}',
      'query GET /order',
    ])
    expect(emulation.assets('ETH-BTC')).toEqual(['ETH', 'BTC'])
    expect(emulation.orderId(12)).toBe('12')
    expect(emulation.rateLimits.buckets).toEqual([])
  })

  it('behavior: place reads the order by the exchange names, the client id from the field the example puts it in', () => {
    const place = route(emulationFromExamples(options).routes, 'place') as {
      read(r: EmulationRequest): unknown
    }
    expect(
      place.read(request({ clientOid: 'c1', symbol: 'BTC-USDT', side: 'SELL', qty: '2', price: '9' })),
    ).toEqual({
      symbol: 'BTC-USDT',
      side: 'sell',
      type: 'limit',
      quantity: '2',
      price: '9',
      clientOrderId: 'c1',
    })
  })

  it('behavior: cancel and query name the order by the client id, in the path segment or the field the example uses', () => {
    const { routes } = emulationFromExamples(options)
    const read = (action: 'cancel' | 'query', r: EmulationRequest) =>
      (route(routes, action) as { read(r: EmulationRequest): unknown }).read(r)
    expect(read('cancel', request({}, { clientOrderId: 'c1' }))).toEqual({ clientOrderId: 'c1' })
    expect(read('query', request({ clientOid: 'c2' }))).toEqual({ clientOrderId: 'c2' })
  })

  it("behavior: answers in the verifier's envelope with the exchange's data shapes", () => {
    const { routes } = emulationFromExamples(options)
    const answer = (action: EmulationRoute['action'], result: unknown) =>
      JSON.parse(
        (route(routes, action) as { answer(t: unknown, r: EmulationRequest): { body: string } }).answer(
          result,
          request({}),
        ).body,
      )
    expect(answer('time', 1234)).toEqual({ code: '0', data: 1234 })
    expect(answer('balances', [{ asset: 'USDT', free: '5', locked: '0' }])).toEqual({
      code: '0',
      data: [{ ccy: 'USDT', avail: '5' }],
    })
    for (const action of ['place', 'cancel', 'query'] as const)
      expect(answer(action, order)).toEqual({ code: '0', data: { id: '7', clientOid: 'c1', state: 'open' } })
  })

  it("behavior: refusals use the verifier's generic errors or the exchange's rows; a bad parameter is named", () => {
    const emulation = emulationFromExamples(options)
    const failure = (f: EmulationFailure) => emulation.failure(f, 'place', request({}))
    expect(failure({ failure: 'order-not-found' })).toEqual(
      jsonAnswer(400, { code: '11', msg: 'No such order' }),
    )
    expect(failure({ failure: 'duplicate-order' })).toEqual(
      jsonAnswer(400, { code: '10', msg: 'Duplicate clientOid' }),
    )
    expect(failure({ failure: 'insufficient-balance' })).toEqual(
      jsonAnswer(400, { code: '20', msg: 'Balance insufficient' }),
    )
    expect(failure({ failure: 'bad-parameter', param: 'qty' })).toEqual(
      jsonAnswer(400, { code: '30', msg: 'Invalid parameter: qty' }),
    )
    const rejection = { status: 429, code: '429', message: 'Too many requests' }
    expect(
      emulation.rateLimited(
        { id: 'b', scope: 'ip', windowMs: 1000, limit: 1, rejection } as never,
        1,
        request({}),
        1000,
      ),
    ).toEqual(jsonAnswer(429, { code: '429', msg: 'Too many requests' }))
  })

  it('error: an example cancel request that carries the client order id nowhere is refused when the emulation is built', () => {
    expect(() =>
      emulationFromExamples({
        ...options,
        examples: {
          ...examples,
          cancelOrder: () => ({ method: 'DELETE', path: '/order', security: 'signed' }),
        },
      }),
    ).toThrow('DELETE /order carries the client order id nowhere')
  })
})

describe('newOrderFrom', () => {
  const read = (fields: Parameters<typeof newOrderFrom>[0], params: Record<string, string>) =>
    newOrderFrom(fields)(request(params)) as EmulationNewOrder | EmulationFailure

  it('behavior: without a type field, a price makes a limit order and its absence a market order', () => {
    expect(read({ quantity: 'size' }, { symbol: 'X', side: 'buy', size: '1' })).toMatchObject({
      type: 'market',
      price: undefined,
    })
    expect(read({ quantity: 'size' }, { symbol: 'X', side: 'buy', size: '1', price: '2' })).toMatchObject({
      type: 'limit',
      price: '2',
    })
  })

  it('behavior: a type field is read through its values', () => {
    const fields = {
      quantity: 'q',
      type: { field: 'ordType', values: { LMT: 'limit', MKT: 'market' } },
    } as const
    expect(read(fields, { symbol: 'X', side: 'sell', q: '1', ordType: 'MKT', price: '3' })).toMatchObject({
      type: 'market',
      price: undefined,
    })
  })

  it('error: a missing symbol, quantity or limit price and an unknown side or type are refused by field name', () => {
    const fields = { quantity: 'q', type: { field: 'ordType', values: { LMT: 'limit' } } } as const
    const full = { symbol: 'X', side: 'buy', q: '1', ordType: 'LMT', price: '3' }
    const refused = (param: string) => ({ failure: 'bad-parameter', param })
    expect(read(fields, { ...full, symbol: '' })).toEqual(refused('symbol'))
    expect(read(fields, { ...full, side: 'BUY' })).toEqual(refused('side'))
    expect(read(fields, { ...full, side: 'constructor' })).toEqual(refused('side'))
    expect(read(fields, { ...full, ordType: 'MKT' })).toEqual(refused('ordType'))
    expect(read(fields, { ...full, q: '' })).toEqual(refused('q'))
    const { price: _, ...noPrice } = full
    expect(read(fields, noPrice)).toEqual(refused('price'))
  })
})

describe('jsonAnswer', () => {
  it('default: the status, a JSON content type and compact JSON', () => {
    expect(jsonAnswer(201, { a: [1, 'b'] })).toEqual({
      status: 201,
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":[1,"b"]}',
    })
  })
})
