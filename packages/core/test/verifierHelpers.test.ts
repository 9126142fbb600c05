import { describe, expect, it } from 'vitest'
import { checkTimestamp } from '../src/clock/checkTimestamp'
import { InvalidParameterError } from '../src/errors/input'
import { parseJsonObject } from '../src/exchange/parseJsonObject'
import { retryAfterMs } from '../src/exchange/retryAfterMs'
import { servesPath } from '../src/exchange/servesPath'
import { summarizeBody } from '../src/exchange/summarizeBody'
import { checkIntent } from '../src/request/checkIntent'
import { requestParams } from '../src/request/requestParams'

describe('servesPath', () => {
  it('default: exact entries and prefix entries ending in *', () => {
    const paths = ['/api/v3/order', '/api/v1/order/client-order/*']
    expect(servesPath(paths, '/api/v3/order')).toBe(true)
    expect(servesPath(paths, '/api/v3/orde')).toBe(false)
    expect(servesPath(paths, '/api/v1/order/client-order/abc')).toBe(true)
    expect(servesPath(paths, '/api/v1/order/client-order/')).toBe(false)
    expect(servesPath(undefined, '/anything')).toBe(true)
  })
})

describe('requestParams', () => {
  it('default: decoded query, then JSON fields or form pairs', () => {
    expect(requestParams('a=%40b&c=1', '{"size":"1","n":2,"o":{"x":1}}')).toEqual({
      a: '@b',
      c: '1',
      size: '1',
      n: '2',
      o: '{"x":1}',
    })
    expect(requestParams('', 'q=1&r=%20', 'application/x-www-form-urlencoded')).toEqual({ q: '1', r: ' ' })
    expect(requestParams('', 'not json')).toEqual({})
  })
})

describe('checkIntent', () => {
  const ok = { method: 'GET', path: '/api/v1/accounts', security: 'signed' } as const
  it('default: accepts a plain intent', () => {
    expect(() => checkIntent(ok, { exchange: 'X' })).not.toThrow()
  })
  it('error: names the field that is wrong', () => {
    const cases: [unknown, string][] = [
      [{ ...ok, method: 'get' }, 'method'],
      [{ ...ok, path: '/a?b=1' }, 'path'],
      [{ ...ok, path: 'api' }, 'path'],
      [{ ...ok, method: 'POST', form: { a: 1 } }, 'form'],
      [{ ...ok, body: { a: 1 } }, 'body'],
    ]
    for (const [intent, field] of cases) {
      let caught: unknown
      try {
        checkIntent(intent as never, { exchange: 'X' })
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(InvalidParameterError)
      expect((caught as InvalidParameterError).field).toBe(field)
    }
    expect(() =>
      checkIntent({ ...ok, method: 'POST', body: {} }, { exchange: 'Binance', json: false, form: true }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "body": expected no JSON body: Binance takes query parameters and form parameters, received a body.]`,
    )
    expect(() => checkTimestamp(1.5)).toThrow(InvalidParameterError)
    // The clock/signer contract: a fractional server-clock value is floored, not refused.
    expect(checkTimestamp(1_700_000_000_000.9)).toBe(1_700_000_000_000)
    expect(checkTimestamp(1_700_000_000_000)).toBe(1_700_000_000_000)
  })
})

describe('answer helpers', () => {
  it('default: retryAfterMs reads seconds and HTTP dates in any header case', () => {
    expect(retryAfterMs({ 'Retry-After': '7' })).toBe(7000)
    expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 1970 00:00:10 GMT' }, () => 4000)).toBe(6000)
    expect(retryAfterMs({ 'retry-after': 'soon' })).toBeUndefined()
    expect(retryAfterMs({})).toBeUndefined()
  })
  it('default: summarizeBody prefers the title, strips tags and truncates', () => {
    expect(
      summarizeBody('<html><head><title>502 Bad Gateway</title></head><body><h1>x</h1></body></html>'),
    ).toBe('502 Bad Gateway')
    expect(summarizeBody('<p>Access  denied</p>\n')).toBe('Access denied')
    expect(summarizeBody('x'.repeat(300), 10)).toBe('xxxxxxxxx…')
    expect(summarizeBody('')).toBe('')
  })
  it('default: parseJsonObject returns objects only and never throws', () => {
    expect(parseJsonObject(' {"code":-1022}')).toEqual({ code: -1022 })
    for (const body of ['', '<html>', '[1]', '{broken', 'null']) expect(parseJsonObject(body)).toBeUndefined()
  })
})
