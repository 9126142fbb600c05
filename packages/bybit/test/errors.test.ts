import {
  createServerClock,
  type ExchangeResponse,
  InvalidSignatureError,
  RateLimitError,
  TimestampOutOfWindowError,
} from '@signet/core'
import { toExchangeError } from '@signet/core/kit'
import { describe, expect, it } from 'vitest'
import { bybit, bybitErrors, classifyBybitError } from '../src/index'

const envelope = (retCode: number, retMsg: string, time = 1706972587030) =>
  JSON.stringify({ retCode, retMsg, result: {}, retExtInfo: {}, time })
const answer = (body: string, status = 200, headers: Record<string, string> = {}): ExchangeResponse => ({
  status,
  headers,
  body,
})

// spec bybit.md §4: runtime message from https://github.com/bybit-exchange/pybit/issues/191
const SPEC_10002 =
  'invalid request, please check your server timestamp or recv_window param. req_timestamp[1706972576658],server_timestamp[1706972587026],recv_window[5000]'

describe('classifyBybitError', () => {
  it('default: retCode 0 is a success', () => {
    expect(classifyBybitError(answer(envelope(0, 'OK')))).toBeUndefined()
    expect(bybit.classifyError(answer(envelope(0, 'success')))).toBeUndefined()
  })

  it('behavior: the 10002 example from the spec yields the server time and how far off the request was', () => {
    const classified = classifyBybitError(answer(envelope(10002, SPEC_10002)))
    // 1706972587026 - 1706972576658 = 10368 ms behind.
    expect(classified).toEqual({
      kind: 'timestamp',
      code: 10002,
      message: SPEC_10002,
      hint: "Your timestamp was 10368 ms behind Bybit's clock (recv_window 5000 ms): sync the local clock or use a server-aligned clock before widening recv_window.",
      serverTime: 1706972587026,
    })
  })

  it('behavior: the 10002 server time moves the offset of a core server clock', () => {
    let mono = 0
    const localAtSend = 1706972576658
    const clock = createServerClock({
      fetchServerTime: async () => Number.NaN,
      wallNow: () => localAtSend + mono,
      monotonicNow: () => mono,
    })
    expect(clock.status()).toMatchObject({ state: 'unsynced', offsetMs: 0 })
    const sentAt = clock.monotonicNow()
    mono = 50
    const { serverTime } = classifyBybitError(answer(envelope(10002, SPEC_10002)))!
    clock.observe({ serverTime: serverTime!, sentAt, receivedAt: clock.monotonicNow() })
    const status = clock.status()
    expect(status.state).toBe('synced')
    // The server stamped 1706972587026 between local 1706972576658 and +50 ms: offset in [10318, 10369].
    expect(status.offsetMs).toBeGreaterThanOrEqual(10318)
    expect(status.offsetMs).toBeLessThanOrEqual(10369)
    expect(clock.now()).toBeCloseTo(localAtSend + 50 + status.offsetMs, 6)
  })

  it('behavior: a timestamp ahead of the server, the older "req_timestamp: n" form, and the doc text', () => {
    const ahead = classifyBybitError(
      answer(
        envelope(
          10002,
          'invalid request. req_timestamp[1700000001500],server_timestamp[1700000000000],recv_window[5000]',
        ),
      ),
    )
    expect(ahead).toMatchObject({ serverTime: 1700000000000 })
    expect(ahead?.hint).toMatch(/^Your timestamp was 1500 ms ahead/)
    // Wording modelled on the V2 message quoted in spec §4 (sieblyio/bybit-api#5).
    const v2 = classifyBybitError(
      answer(
        envelope(
          10002,
          'invalid request, please check your timestamp and recv_window param. req_timestamp: 1600000000000 server_timestamp: 1600000002000 recv_window: 1000',
        ),
      ),
    )
    expect(v2).toMatchObject({ serverTime: 1600000002000 })
    // The documented text has no numbers: the envelope's `time` is still a server-time sample.
    const doc = classifyBybitError(
      answer(envelope(10002, 'The request time exceeds the time window range.', 1700000000123)),
    )
    expect(doc).toMatchObject({ kind: 'timestamp', serverTime: 1700000000123 })
    expect(doc?.hint).toMatch(/server_time - recv_window <= timestamp < server_time \+ 1000/)
  })

  it('behavior: each authentication code maps to its cause', () => {
    const kinds = [10003, 10004, 10005, 10010, 10007, 33004, 10006, 10018, 10001, 10016, 10017].map(
      (code) => [code, classifyBybitError(answer(envelope(code, bybitErrors[code]!.message)))?.kind],
    )
    expect(kinds).toEqual([
      [10003, 'invalid-api-key'],
      [10004, 'invalid-signature'],
      [10005, 'permission'],
      [10010, 'ip-not-allowed'],
      [10007, 'invalid-api-key'],
      [33004, 'invalid-api-key'],
      [10006, 'rate-limit'],
      [10018, 'rate-limit'],
      [10001, 'other'],
      [10016, 'other'],
      [10017, 'other'],
    ])
    for (const code of [10003, 10004, 10005, 10010, 33004, 10006]) {
      expect(classifyBybitError(answer(envelope(code, 'x')))?.hint, String(code)).toBeTruthy()
    }
  })

  it('behavior: the body is read whatever the HTTP status (spec §6)', () => {
    expect(classifyBybitError(answer(envelope(10003, 'API key is invalid.'), 401))).toMatchObject({
      kind: 'invalid-api-key',
      code: 10003,
      message: 'API key is invalid.',
    })
  })

  it('behavior: 10004 with origin_string points at the text Bybit echoed', () => {
    const msg =
      'Error sign, please check your signature generation algorithm: origin_string[***{"category":"linear","qty":"1"}]'
    expect(classifyBybitError(answer(envelope(10004, msg)))?.hint).toMatch(/^Bybit echoed the text it hashed/)
  })

  it('behavior: rate limits carry the wait Bybit announced', () => {
    const limited = classifyBybitError(
      answer(envelope(10006, 'Too many visits!', 1700000000000), 200, {
        'X-Bapi-Limit-Reset-Timestamp': '1700000000750',
      }),
    )
    expect(limited).toMatchObject({ kind: 'rate-limit', retryAfterMs: 750 })
    expect(classifyBybitError(answer('', 429, { 'retry-after': '2' }))).toMatchObject({
      kind: 'rate-limit',
      code: undefined,
      retryAfterMs: 2000,
    })
  })

  it('behavior: HTML and other non-JSON bodies are classified by status without crashing', () => {
    const html =
      '<html><head><title>403 Forbidden</title></head><body><center>cloudfront</center></body></html>'
    expect(classifyBybitError(answer(html, 403))).toEqual({
      kind: 'rate-limit',
      code: undefined,
      message: 'HTTP 403: 403 Forbidden',
      hint: 'HTTP 403 means an IP rate limit was breached (back off), a blocked region (US or mainland-China IP), or a GET sent with a body.',
      retryAfterMs: undefined,
    })
    expect(classifyBybitError(answer('<html><body>Bad Gateway</body></html>', 502))).toMatchObject({
      kind: 'other',
      message: 'HTTP 502: Bad Gateway',
      hint: expect.stringMatching(/may or may not have been executed/),
    })
    expect(classifyBybitError(answer('{"retCode":100', 200))).toMatchObject({
      kind: 'other',
      code: undefined,
    })
    expect(classifyBybitError(answer('upstream timeout', 504))).toMatchObject({
      kind: 'other',
      message: 'HTTP 504: upstream timeout',
    })
    expect(classifyBybitError(answer('', 401))).toMatchObject({ kind: 'invalid-api-key' })
    expect(classifyBybitError(answer('x'.repeat(1000), 400))?.message.length).toBeLessThan(200)
    expect(classifyBybitError(answer(envelope(123456, 'something else')))).toMatchObject({
      kind: 'other',
      code: 123456,
    })
  })

  it('behavior: classified answers become the typed core errors', () => {
    const err = (code: number, msg: string) =>
      toExchangeError(classifyBybitError(answer(envelope(code, msg)))!, { exchange: 'bybit', status: 200 })
    expect(err(10002, SPEC_10002)).toBeInstanceOf(TimestampOutOfWindowError)
    expect(err(10004, 'Error sign!')).toBeInstanceOf(InvalidSignatureError)
    expect(err(10006, 'Too many visits')).toBeInstanceOf(RateLimitError)
  })
})

describe('serverTimeFromResponse', () => {
  it('default: reads the top-level `time` every V5 answer carries', () => {
    expect(bybit.serverTimeFromResponse?.(answer(envelope(0, 'OK', 1700000000456)))).toBe(1700000000456)
    expect(bybit.serverTimeFromResponse?.(answer('<html></html>', 502))).toBeUndefined()
    expect(bybit.serverTimeFromResponse?.(answer('{"retCode":0}'))).toBeUndefined()
  })
})
