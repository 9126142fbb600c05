import {
  InvalidApiKeyError,
  InvalidSignatureError,
  PermissionError,
  RateLimitError,
  TimestampOutOfWindowError,
} from '@signet/core'
import { toExchangeError } from '@signet/core/kit'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { binance, binanceErrors, classifyBinanceError } from '../src/index'
import { binanceVerification } from '../src/verify/index'

const json = (status: number, code: number, msg: string, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: JSON.stringify({ code, msg }),
})

describe('classifyBinanceError', () => {
  it('default: success answers are not errors', () => {
    expect(
      classifyBinanceError({ status: 200, headers: {}, body: '{"serverTime":1499827319559}' }),
    ).toBeUndefined()
    expect(classifyBinanceError({ status: 200, headers: {}, body: '{}' })).toBeUndefined()
    expect(classifyBinanceError({ status: 200, headers: {}, body: '' })).toBeUndefined()
    // Some SAPI endpoints answer {"code":200,"msg":"success"} (ccxt handleErrors treats code 200/0 as success).
    expect(
      classifyBinanceError({ status: 200, headers: {}, body: '{"code":200,"msg":"success"}' }),
    ).toBeUndefined()
  })

  it('default: -1022 is an invalid signature whose hint starts with percent-encoding (spec §2, §6)', () => {
    const c = classifyBinanceError(json(400, -1022, 'Signature for this request is not valid.'))!
    expect(c).toMatchObject({
      kind: 'invalid-signature',
      code: -1022,
      message: 'Signature for this request is not valid.',
    })
    expect(c.hint).toMatch(
      /^Binance hashes the query string \+ body exactly as received: check first that you percent-encode/,
    )
    expect(toExchangeError(c, { exchange: 'binance', status: 400 })).toBeInstanceOf(InvalidSignatureError)
  })

  it('args: -1021 has two messages and a hint for each side of the clock (spec §4)', () => {
    const ahead = classifyBinanceError(
      json(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time."),
    )!
    const behind = classifyBinanceError(
      json(400, -1021, 'Timestamp for this request is outside of the recvWindow.'),
    )!
    expect(ahead.kind).toBe('timestamp')
    expect(behind.kind).toBe('timestamp')
    expect(ahead.hint).toMatch(/clock is ahead/)
    expect(behind.hint).toMatch(/more than recvWindow ms after its timestamp/)
    expect(toExchangeError(ahead, { exchange: 'binance' })).toBeInstanceOf(TimestampOutOfWindowError)
  })

  it('args: -2015 says which of key, IP, permission to check first; -2014 points at the header', () => {
    const c = classifyBinanceError(json(401, -2015, 'Invalid API-key, IP, or permissions for action.'))!
    expect(c.kind).toBe('invalid-api-key')
    expect(c.hint).toMatch(
      /check first that the key belongs to this environment.*then that your IP.*then that the key has the permission/,
    )
    expect(toExchangeError(c, { exchange: 'binance' })).toBeInstanceOf(InvalidApiKeyError)
    expect(classifyBinanceError(json(401, -2014, 'API-key format invalid.'))).toMatchObject({
      kind: 'invalid-api-key',
      hint: expect.stringMatching(/X-MBX-APIKEY/),
    })
    expect(
      toExchangeError(
        classifyBinanceError(json(401, -1002, 'You are not authorized to execute this request.'))!,
        { exchange: 'binance' },
      ),
    ).toBeInstanceOf(PermissionError)
  })

  it('args: 429 and 418 are rate limits with Retry-After in ms (spec §6)', () => {
    const c = classifyBinanceError(
      json(429, -1003, 'Too many requests; current limit is 1200 requests per minute.', {
        'Retry-After': '7',
      }),
    )!
    expect(c).toMatchObject({ kind: 'rate-limit', code: -1003, retryAfterMs: 7000 })
    expect(toExchangeError(c, { exchange: 'binance' })).toBeInstanceOf(RateLimitError)
    const ban = classifyBinanceError({
      status: 418,
      headers: { 'retry-after': '120' },
      body: '{"code":-1003,"msg":"Way too much request weight used; IP banned until 1700000000000."}',
    })!
    expect(ban).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 120_000,
      hint: expect.stringMatching(/banned/),
    })
    expect(classifyBinanceError({ status: 429, headers: {}, body: '' })).toMatchObject({
      kind: 'rate-limit',
      message: 'HTTP 429',
      retryAfterMs: undefined,
    })
  })

  it('args: HTML, empty and 5xx answers are classified without crashing', () => {
    const waf = classifyBinanceError({
      status: 403,
      headers: {},
      body: '<html><body><h1>403 Forbidden</h1></body></html>',
    })!
    expect(waf).toMatchObject({
      kind: 'other',
      code: undefined,
      message: 'HTTP 403: 403 Forbidden',
      hint: expect.stringMatching(/firewall/),
    })
    expect(
      classifyBinanceError({ status: 404, headers: {}, body: '<!DOCTYPE html><html>…</html>' }),
    ).toMatchObject({ kind: 'other', hint: expect.stringMatching(/host/) })
    expect(classifyBinanceError({ status: 503, headers: {}, body: '' })).toMatchObject({
      kind: 'other',
      message: 'HTTP 503',
      hint: expect.stringMatching(/unknown/),
    })
    expect(
      classifyBinanceError(json(500, -1000, 'An unknown error occurred while processing the request.')),
    ).toMatchObject({ kind: 'other', code: -1000 })
    expect(classifyBinanceError(json(400, -9999, 'Something new.'))).toEqual({
      kind: 'other',
      code: -9999,
      message: 'Something new.',
      hint: undefined,
    })
  })

  it('behavior: never throws, whatever the status and body', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), fc.oneof(fc.string(), fc.json()), (status, body) => {
        const c = classifyBinanceError({ status, headers: {}, body })
        if (status >= 400) expect(c).toBeDefined()
      }),
      { numRuns: 500 },
    )
  })

  it('behavior: every table row classifies to its own kind, and the definition uses this classifier', () => {
    for (const e of binanceErrors) {
      expect(binance.classifyError(json(e.status ?? 400, e.code, e.message)), String(e.code)).toMatchObject({
        kind: e.kind,
        code: e.code,
      })
    }
    expect(binanceErrors.map((e) => e.code)).toEqual(
      expect.arrayContaining([-1003, -1021, -1022, -1102, -1131, -2014, -2015]),
    )
  })

  it("behavior: the verifier's own error answers classify to the verifier's kinds", () => {
    const key = 'k'.repeat(64)
    const v = binanceVerification.createVerifier({
      keys: [{ apiKey: key, secret: 's'.repeat(64) }],
      now: () => 1_700_000_000_000,
    })
    const cases = [
      { url: '/api/v3/account?timestamp=1700000000000&signature=00', kind: 'invalid-signature' },
      { url: '/api/v3/account?timestamp=1600000000000&signature=00', kind: 'timestamp' },
      { url: '/api/v3/account?timestamp=1700000000000', kind: 'other' },
    ]
    for (const { url, kind } of cases) {
      const r = v.verify({ method: 'GET', url, headers: { 'X-MBX-APIKEY': key }, body: '' })
      if (r.ok) throw new Error('expected a rejection')
      expect(binance.classifyError(r.response)?.kind).toBe(kind)
    }
    const r = v.verify({
      method: 'GET',
      url: '/api/v3/account',
      headers: { 'X-MBX-APIKEY': 'x'.repeat(64) },
      body: '',
    })
    expect(!r.ok && binance.classifyError(r.response)?.kind).toBe('invalid-api-key')
  })
})
