import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { joinParams } from '../src/encoding/joinParams'
import { encodeComponent, percentEncode } from '../src/encoding/percentEncode'
import { InvalidParameterError } from '../src/errors/input'
import { formatScalar } from '../src/request/formatScalar'
import { normalizeParams } from '../src/request/normalizeParams'
import { decodeForm, parseRawRequest } from '../src/request/parseRawRequest'
import { serializeJsonBody } from '../src/request/serializeJsonBody'

describe('normalizeParams', () => {
  it('default: keeps insertion order and drops undefined', () => {
    expect(
      normalizeParams({
        symbol: 'BTCUSDT',
        side: 'BUY',
        price: undefined,
        quantity: '0.01',
        reduceOnly: false,
        id: 12n,
      }),
    ).toMatchInlineSnapshot(`
        [
          [
            "symbol",
            "BTCUSDT",
          ],
          [
            "side",
            "BUY",
          ],
          [
            "quantity",
            "0.01",
          ],
          [
            "reduceOnly",
            "false",
          ],
          [
            "id",
            "12",
          ],
        ]
      `)
  })

  it('error: rejects NaN, Infinity, nested objects, arrays, null, functions and symbols, naming the key', () => {
    const bad: Record<string, unknown> = {
      nan: Number.NaN,
      inf: Number.POSITIVE_INFINITY,
      nested: { a: 1 },
      list: [1],
      nothing: null,
      fn: () => 1,
      sym: Symbol('x'),
    }
    for (const [key, value] of Object.entries(bad)) {
      let caught: unknown
      try {
        normalizeParams({ ok: '1', [key]: value } as never)
      } catch (error) {
        caught = error
      }
      expect(caught, key).toBeInstanceOf(InvalidParameterError)
      expect((caught as InvalidParameterError).field).toBe(key)
      expect((caught as Error).message).toContain(`"${key}"`)
    }
  })

  it('error: messages say what was expected and what was received', () => {
    expect(() => normalizeParams({ price: Number.NaN })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "price": expected a finite number or a decimal string, received NaN.]`,
    )
    expect(() => normalizeParams({ filter: { a: 1 } } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "filter": expected a string, finite number, boolean or bigint, received an object.]`,
    )
  })
})

describe('formatScalar (the number rule)', () => {
  it('default: writes plain decimals and safe integers as String(n)', () => {
    expect([0.1, 52000, -3, 0, 123.456, 2 ** 53 - 1].map((n) => formatScalar('x', n))).toEqual([
      '0.1',
      '52000',
      '-3',
      '0',
      '123.456',
      '9007199254740991',
    ])
  })

  it('error: rejects numbers that print in exponent form, which every exchange would sign differently', () => {
    expect(() => formatScalar('quantity', 1e-7)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "quantity": expected a number without exponent form (pass decimals as strings, e.g. "0.0000001"), received 1e-7.]`,
    )
    expect(() => formatScalar('quantity', 1e21)).toThrow(InvalidParameterError)
  })

  it('error: rejects unsafe integers whose precision is already lost', () => {
    expect(() => formatScalar('orderId', 2 ** 53 + 2)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "orderId": expected a safe integer (or pass a bigint or a string), received 9007199254740994 (precision already lost).]`,
    )
    expect(formatScalar('orderId', 2n ** 53n + 1n)).toBe('9007199254740993')
  })

  it('behavior: every accepted number reads back to the same number and never contains an exponent', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        let text: string
        try {
          text = formatScalar('n', n)
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidParameterError)
          return
        }
        expect(text).not.toMatch(/e/i)
        expect(Number(text)).toBe(n === 0 ? 0 : n)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('serializeJsonBody', () => {
  it('default: compact JSON in key order, undefined fields dropped', () => {
    expect(
      serializeJsonBody({
        category: 'linear',
        qty: '0.01',
        price: undefined,
        reduceOnly: true,
        n: null,
        list: [1, 'a'],
      }),
    ).toBe('{"category":"linear","qty":"0.01","reduceOnly":true,"n":null,"list":[1,"a"]}')
  })

  it('args: a string is sent as is (byte-exact JSON the caller already serialised)', () => {
    expect(serializeJsonBody('{"category": "option"}')).toBe('{"category": "option"}')
  })

  it('behavior: equals JSON.stringify for JSON without risky numbers', () => {
    const safe = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'grapheme' }),
        fc.boolean(),
        fc.constant(null),
        fc.integer(),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string({ unit: 'grapheme' }), tie('value'), { maxKeys: 4 }),
      ),
    })).value
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'grapheme' }), safe), (body) => {
        // __proto__ keys are set with defineProperty by fast-check; JSON.stringify and our writer both see own keys.
        expect(serializeJsonBody(body as never)).toBe(JSON.stringify(body))
      }),
      { numRuns: 1000 },
    )
  })

  it("behavior: with any numbers, the text is JSON.stringify's or a typed error, never an exponent", () => {
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.double(),
        fc.integer(),
        fc.string(),
        fc.constant(undefined),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(fc.string(), tie('v'), { maxKeys: 3 }),
      ),
    })).v
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), (body) => {
        let text: string
        try {
          text = serializeJsonBody(body as never)
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidParameterError)
          return
        }
        expect(text).toBe(JSON.stringify(body))
        // Outside string literals, no number is written in exponent form.
        expect(text.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toMatch(/\d[eE][+-]?\d/)
      }),
      { numRuns: 2000 },
    )
    expect(serializeJsonBody({ id: 2n ** 64n, n: [1, undefined] } as never)).toBe(
      '{"id":18446744073709551616,"n":[1,null]}',
    )
  })

  it('error: names the nested field with the bad number', () => {
    expect(() => serializeJsonBody({ orders: [{ qty: 1e-9 }] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "body.orders[0].qty": expected a number without exponent form (pass decimals as strings, e.g. "0.0000001"), received 1e-9.]`,
    )
    expect(() => serializeJsonBody('{"a":')).toThrow(InvalidParameterError)
    expect(() => serializeJsonBody({ when: new Date(0) } as never)).toThrow(InvalidParameterError)
  })
})

describe('percentEncode', () => {
  /** An independent reference: RFC 3986 §2 byte by byte over UTF-8. */
  const reference = (text: string) =>
    [...Buffer.from(text, 'utf8')]
      .map((b) =>
        /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
          ? String.fromCharCode(b)
          : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
      )
      .join('')

  it('default: encodes reserved characters, spaces as %20, UTF-8 uppercase hex', () => {
    expect(percentEncode("a b@c:d,e/f+g=h&i%j!*'()~")).toBe(
      'a%20b%40c%3Ad%2Ce%2Ff%2Bg%3Dh%26i%25j%21%2A%27%28%29~',
    )
    expect(percentEncode('１２３４５６')).toBe('%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96')
  })

  it('behavior: equals the RFC 3986 byte-wise reference for any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(percentEncode(text)).toBe(reference(text))
        expect(decodeURIComponent(percentEncode(text))).toBe(text)
      }),
      { numRuns: 2000 },
    )
  })

  it("behavior: encodeComponent leaves !*'() raw, like encodeURIComponent", () => {
    expect(encodeComponent("!*'() @")).toBe("!*'()%20%40")
  })

  it('error: a lone surrogate is a typed error naming the field', () => {
    expect(() => percentEncode('a\uD800', 'symbol')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "symbol": expected well-formed Unicode text, received text with a lone surrogate.]`,
    )
  })
})

describe('joinParams', () => {
  it('default: raw join keeps text as is', () => {
    expect(
      joinParams([
        ['symbol', '１２'],
        ['price', '0.1'],
      ]),
    ).toBe('symbol=１２&price=0.1')
  })
  it('args: encoder applies to names and values', () => {
    expect(joinParams([['a b', 'c&d']], percentEncode)).toBe('a%20b=c%26d')
    expect(joinParams([])).toBe('')
  })
})

describe('parseRawRequest', () => {
  it('default: splits path and byte-exact query and lower-cases headers', () => {
    expect(
      parseRawRequest({ method: 'GET', url: '/a/b?x=%2B1&y=2', headers: { 'X-MBX-APIKEY': 'k' }, body: '' }),
    ).toEqual({
      method: 'GET',
      path: '/a/b',
      query: 'x=%2B1&y=2',
      headers: { 'x-mbx-apikey': 'k' },
      body: '',
    })
    expect(decodeForm('a=%40b&c=d+e&f')).toEqual([
      ['a', '@b'],
      ['c', 'd e'],
      ['f', ''],
    ])
  })
})
