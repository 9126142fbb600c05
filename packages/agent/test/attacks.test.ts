import type { RequestIntent } from '@signet/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { agentExchanges, createAgent } from '../src/createAgent'
import { type Decision, decide } from '../src/decide'
import { parsePolicy } from '../src/policy'
import { agentTestKeys, BASE, SENSITIVE, testPolicyText } from './fixtures'

const policy = parsePolicy(testPolicyText, 'test-policy.json')
const exchanges = Object.keys(BASE)
let cases = 0

/** Runs `decide` for the exchange's own key and asserts a refusal with a reason; counts the case. */
function refuse(exchange: string, intent: RequestIntent, rule?: string, keyId = `${exchange}-trade`) {
  const decision: Decision = decide({
    policy,
    keyId,
    tokenKeys: undefined,
    exchange,
    intent,
    describe: agentExchanges[exchange]!.describe,
    recentOrders: 0,
  })
  cases++
  if (decision.allow) throw new Error(`allowed: ${JSON.stringify(intent)}`)
  expect(decision.reason.length).toBeGreaterThan(10)
  if (rule) expect(decision.rule).toBe(rule)
}

type Place = 'params' | 'form' | 'body'
const homeOf = (intent: RequestIntent): Place => (intent.params ? 'params' : intent.form ? 'form' : 'body')

/** A copy of `intent` with the value at a dotted path in `place` set (or removed, for `undefined`). */
function withPath(intent: RequestIntent, place: Place, path: string, value: unknown): RequestIntent {
  const copy = structuredClone(intent) as Record<string, unknown>
  const names = path.split('.')
  copy[place] ??= {}
  let at = copy[place] as Record<string, unknown>
  for (const name of names.slice(0, -1)) at = at[name] as Record<string, unknown>
  if (value === undefined) delete at[names.at(-1)!]
  else at[names.at(-1)!] = value
  return copy as RequestIntent
}

function valueAt(intent: RequestIntent, place: Place, path: string): unknown {
  let at: unknown = intent[place]
  for (const name of path.split('.')) at = (at as Record<string, unknown>)[name]
  return at
}

/** The base order with one field replaced, wherever the exchange reads it. */
function orderWith(exchange: string, field: 'symbol' | 'quantity' | 'price', value: unknown): RequestIntent {
  const base = BASE[exchange]!
  return withPath(base.order, homeOf(base.order), base.fields[field], value)
}

// Characters that look like the ASCII ones in every allowed symbol (Cyrillic, Greek, full-width, dashes).
const LOOKALIKES: Record<string, string[]> = {
  B: ['\u0412', '\u0392', '\uFF22'],
  T: ['\u0422', '\u03A4', '\uFF34'],
  C: ['\u0421', '\u03F9', '\uFF23'],
  U: ['\u054D', '\uFF35'],
  S: ['\u0405', '\uFF33'],
  D: ['\uFF24'],
  '-': ['\u2010', '\u2011', '\u2212'],
  _: ['\uFF3F'],
}

describe('attack suite: every generated case is refused with a reason, on every exchange', () => {
  it('default: the base order, cancel and read of each exchange are allowed (the suite can fail)', () => {
    for (const exchange of exchanges) {
      const base = BASE[exchange]!
      for (const intent of [base.order, base.cancel, base.read]) {
        const d = decide({
          policy,
          keyId: `${exchange}-trade`,
          tokenKeys: undefined,
          exchange,
          intent,
          describe: agentExchanges[exchange]!.describe,
          recentOrders: 0,
        })
        expect(d, `${exchange} ${intent.method} ${intent.path}`).toMatchObject({ allow: true })
      }
    }
  })

  it.each(exchanges)('error: off-list symbols, case variants and Unicode look-alikes (%s)', (exchange) => {
    const symbol = BASE[exchange]!.symbol
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s !== symbol),
          fc.constantFrom(
            symbol.toLowerCase(),
            ` ${symbol}`,
            `${symbol} `,
            `${symbol}\u200b`,
            `\u200b${symbol}`,
          ),
          fc.nat({ max: symbol.length - 1 }).chain((i) => {
            const options = LOOKALIKES[symbol[i]!] ?? ['\u0430']
            return fc.constantFrom(...options).map((c) => symbol.slice(0, i) + c + symbol.slice(i + 1))
          }),
        ),
        (bad) =>
          refuse(
            exchange,
            orderWith(exchange, 'symbol', bad),
            BASE[exchange]!.typedSymbol ? undefined : 'symbol',
          ),
      ),
      { numRuns: 80 },
    )
  })

  it.each(exchanges.filter((e) => BASE[e]!.typedSymbol))(
    'error: other asset indexes, and numbers that are not asset indexes (%s)',
    (exchange) => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 20_000 }), (index) =>
          refuse(exchange, orderWith(exchange, 'symbol', index), 'symbol'),
        ),
        { numRuns: 40 },
      )
      for (const bad of [-1, -0, 0.5, 1e21, Number.MAX_SAFE_INTEGER + 1, true, null, [0], { a: 0 }])
        refuse(exchange, orderWith(exchange, 'symbol', bad), 'intent')
    },
  )

  it.each(exchanges)(
    'error: notional over the cap through price × quantity, each within its own cap (%s)',
    (exchange) => {
      // maxQuantity 0.1, maxNotional 1000: 0.05 × 20001 = 1000.05.
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 5000 }), (q, extra) => {
          const quantity = (q / 1000).toFixed(3)
          const price = String(Math.floor(1000 / (q / 1000)) + extra)
          const intent = orderWith(exchange, 'quantity', quantity)
          refuse(
            exchange,
            withPath(intent, homeOf(intent), BASE[exchange]!.fields.price, price),
            'max-notional',
          )
        }),
        { numRuns: 20 },
      )
    },
  )

  it.each(exchanges)(
    'error: quantities in exponent form, signed, spaced or otherwise not plain decimals (%s)',
    (exchange) => {
      const forms = [
        '1e-3',
        '1E-2',
        '5e-2',
        '0.5e0',
        '+0.01',
        '-0.01',
        ' 0.01',
        '0.01 ',
        '0x1',
        '.5',
        '5.',
        '1_0',
        'Infinity',
        'NaN',
        '\uFF10.\uFF10\uFF11',
        '0,01',
      ]
      for (const q of forms) refuse(exchange, orderWith(exchange, 'quantity', q), 'number-format')
      refuse(exchange, orderWith(exchange, 'quantity', 1e-7), 'number-format')
      fc.assert(
        fc.property(fc.double({ min: 1e-12, max: 1e-7, noNaN: true }), (q) =>
          refuse(exchange, orderWith(exchange, 'quantity', q), 'number-format'),
        ),
        { numRuns: 10 },
      )
    },
  )

  it.each(exchanges)('error: a quantity above the cap (%s)', (exchange) => {
    fc.assert(
      fc.property(fc.integer({ min: 101, max: 10_000_000 }), (thousandths) =>
        refuse(exchange, orderWith(exchange, 'quantity', (thousandths / 1000).toFixed(3)), 'max-quantity'),
      ),
      { numRuns: 20 },
    )
  })

  it.each(exchanges)(
    'error: a field moved to, or repeated in, a place the exchange does not read (%s)',
    (exchange) => {
      const base = BASE[exchange]!
      const home = homeOf(base.order)
      const readable = base.places ?? [home]
      for (const field of ['symbol', 'quantity', 'price'] as const) {
        const path = base.fields[field]
        const leaf = path.split('.').at(-1)!
        const value = valueAt(base.order, home, path)
        const without = withPath(base.order, home, path, undefined)
        for (const place of ['params', 'form', 'body'] as const) {
          // Moved where the exchange does not read it (under its own name and its dotted name).
          if (!readable.includes(place)) {
            refuse(exchange, withPath(without, place, leaf, value), 'intent')
            if (leaf !== path)
              refuse(exchange, { ...without, [place]: { [path]: value } } as RequestIntent, 'intent')
          }
          // Repeated in a second place, where the exchange and the policy could read different values.
          if (place !== home) refuse(exchange, withPath(base.order, place, leaf, '0.001'), 'intent')
        }
      }
    },
  )

  it.each(exchanges)('error: path case, percent-encoding, dot segments, slashes (%s)', (exchange) => {
    const path = BASE[exchange]!.order.path
    fc.assert(
      fc.property(fc.nat({ max: path.length - 2 }), fc.nat({ max: 7 }), (i, how) => {
        const at = i + 1
        const c = path[at]!
        const variants = [
          path.slice(0, at) + c.toUpperCase() + path.slice(at + 1),
          `${path.slice(0, at)}%${c.charCodeAt(0).toString(16).toUpperCase()}${path.slice(at + 1)}`,
          `${path.slice(0, at)}%${c.charCodeAt(0).toString(16)}${path.slice(at + 1)}`,
          path.replace(/\/([^/]+)$/, '/./$1'),
          path.replace(/\/([^/]+)$/, '/x/../$1'),
          `${path}/`,
          path.replace('/', '//'),
          path.toUpperCase(),
        ]
        const variant = variants[how]!
        if (variant === path) return
        refuse(exchange, { ...BASE[exchange]!.order, path: variant })
      }),
      { numRuns: 60 },
    )
  })

  it.each(exchanges)(
    'error: withdrawal, transfer, sub-account and key-management endpoints, even when listed (%s)',
    (exchange) => {
      for (const path of SENSITIVE[exchange]!) {
        if (typeof path !== 'string') {
          refuse(exchange, path, 'sensitive')
          continue
        }
        for (const method of ['GET', 'POST'] as const) {
          refuse(
            exchange,
            { method, path, security: 'signed', ...(method === 'POST' ? { body: { amount: '1' } } : {}) },
            'sensitive',
          )
        }
      }
    },
  )

  it.each(exchanges)('error: a key of another exchange, an unknown key, a read-only key (%s)', (exchange) => {
    const other = exchanges.find((e) => e !== exchange)!
    refuse(exchange, BASE[exchange]!.order, 'exchange', `${other}-trade`)
    refuse(exchange, BASE[exchange]!.order, 'key', 'nobody')
    refuse(exchange, BASE[exchange]!.order, 'key', '__proto__')
    refuse(exchange, BASE[exchange]!.order, 'read-only', `${exchange}-read`)
    refuse(exchange, BASE[exchange]!.cancel, 'read-only', `${exchange}-read`)
  })

  it.each(exchanges)('error: an endpoint the key does not list (%s)', (exchange) => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^(\/[a-z0-9]{1,8}){1,4}$/),
        fc.constantFrom('GET', 'POST', 'DELETE'),
        (path, method) => {
          if (policy.keys[`${exchange}-trade`]!.endpoints.includes(`${method} ${path}`)) return
          refuse(exchange, { method: method as 'GET', path, security: 'signed' }, 'endpoint')
        },
      ),
      { numRuns: 20 },
    )
  })

  it('behavior: the suite ran at least 1,000 cases', () => {
    expect(cases).toBeGreaterThanOrEqual(1000)
  })
})

describe('transport attacks through the agent', () => {
  const agent = createAgent({ policy, keys: agentTestKeys })
  const body = (keyId: string, intent: unknown) => JSON.stringify({ keyId, intent })

  it('error: duplicate JSON keys anywhere in the request are refused before any decision', async () => {
    const base = JSON.stringify(BASE.bybit!.order.body).slice(1, -1)
    for (const text of [
      `{"keyId":"bybit-trade","keyId":"binance-trade","intent":${JSON.stringify(BASE.bybit!.order)}}`,
      `{"keyId":"bybit-trade","intent":{"method":"POST","path":"/v5/order/create","security":"signed","body":{${base},"qty":"50"}}}`,
      `{"keyId":"bybit-trade","intent":{"method":"POST","method":"GET","path":"/v5/order/create","security":"signed"}}`,
      // Nested: Coinbase's order configuration and Hyperliquid's order wire.
      `{"keyId":"coinbase-trade","intent":{"method":"POST","path":"/api/v3/brokerage/orders","security":"signed","body":{"product_id":"BTC-USDT","side":"BUY","order_configuration":{"limit_limit_gtc":{"base_size":"0.01","base_size":"50","limit_price":"50000"}}}}}`,
      `{"keyId":"hyperliquid-trade","intent":{"method":"POST","path":"/exchange","security":"signed","body":{"action":{"type":"order","orders":[{"a":0,"b":true,"p":"50000","s":"0.01","s":"50","r":false,"t":{"limit":{"tif":"Gtc"}}}],"grouping":"na"}}}}`,
    ]) {
      const answer = await agent.handle(text, undefined)
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({
        error: { rule: 'bad-request', reason: expect.stringContaining('duplicate key') },
      })
    }
  })

  it('error: unknown fields, wrong types and oversize bodies are refused', async () => {
    expect(
      (await agent.handle(body('bybit-trade', { ...BASE.bybit!.order, extra: 1 }), undefined)).status,
    ).toBe(400)
    expect((await agent.handle('{"keyId":1}', undefined)).status).toBe(400)
    expect((await agent.handle(`{"keyId":"${'x'.repeat(300_000)}"}`, undefined)).status).toBe(400)
    expect((await agent.handle('{"keyId":"a","intent":1e400}', undefined)).status).toBe(400)
  })

  it('error: a missing or wrong token, or a token for another key', async () => {
    const tokenPolicy = parsePolicy(
      testPolicyText.replace('"tokens": []', `"tokens": [${tokenEntry}]`),
      'p.json',
    )
    const guarded = createAgent({ policy: tokenPolicy, keys: agentTestKeys })
    const request = body('bybit-trade', BASE.bybit!.order)
    expect((await guarded.handle(request, undefined)).status).toBe(401)
    expect((await guarded.handle(request, 'wrong-token')).status).toBe(401)
    expect((await guarded.handle(request, 'binance-bot-token')).body).toMatchObject({
      error: { rule: 'key' },
    })
  })
})

// sha256('binance-bot-token'), allowed to use binance-trade only.
const tokenEntry = `{"name":"binance-bot","sha256":"${(await import('node:crypto')).createHash('sha256').update('binance-bot-token').digest('hex')}","keys":["binance-trade"]}`
