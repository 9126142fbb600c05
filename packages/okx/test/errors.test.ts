import { toExchangeError } from '@signet/core/kit'
import { describe, expect, it } from 'vitest'
import { classifyOkxError, okx, okxErrors, parseOkxServerTime } from '../src/index'

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: JSON.stringify(body),
})

describe('classifyOkxError', () => {
  it('default: success is undefined (code "0" as a string, spec okx.md §6)', () => {
    expect(classifyOkxError(json(200, { code: '0', msg: '', data: [] }))).toBeUndefined()
    expect(
      classifyOkxError(json(200, { event: 'login', code: '0', msg: '', connId: 'a4d3ae55' })),
    ).toBeUndefined()
  })

  it('behavior: every code of the issue maps to its kind (spec okx.md §6)', () => {
    const expected: Record<string, string> = {
      '50102': 'timestamp',
      '50111': 'invalid-api-key',
      '50112': 'timestamp',
      '50113': 'invalid-signature',
      '50114': 'invalid-api-key',
      '50119': 'invalid-api-key',
      '50120': 'permission',
      '50105': 'passphrase',
      '50104': 'passphrase',
      '50101': 'invalid-api-key',
      '50110': 'ip-not-allowed',
      '50036': 'timestamp',
      '50037': 'timestamp',
      '60006': 'timestamp',
      '60007': 'invalid-signature',
      '60024': 'passphrase',
      '50011': 'rate-limit',
      '50061': 'rate-limit',
    }
    for (const [code, kind] of Object.entries(expected)) {
      const result = classifyOkxError(json(okxErrors[code]?.status ?? 200, { code, msg: 'm', data: [] }))
      expect(result, code).toMatchObject({ kind, code, message: 'm' })
      expect(result?.hint, code).toBeTruthy()
    }
  })

  it('behavior: live bodies without data and numeric codes (typed clients) are read', () => {
    // https://github.com/pyted/okx/issues/1
    expect(classifyOkxError(json(401, { msg: 'Invalid OK-ACCESS-KEY', code: '50111' }))).toMatchObject({
      kind: 'invalid-api-key',
      code: '50111',
      message: 'Invalid OK-ACCESS-KEY',
    })
    expect(classifyOkxError(json(401, { msg: 'Invalid Sign', code: 50113 }))).toMatchObject({
      kind: 'invalid-signature',
      code: '50113',
    })
  })

  it('behavior: 50119 hints at a regional key (EEA my.okx.com / US app.okx.com)', () => {
    const hint =
      classifyOkxError(json(200, { code: '50119', msg: "API key doesn't exist", data: [] }))?.hint ?? ''
    expect(hint).toContain('eea.okx.com')
    expect(hint).toContain('us.okx.com')
  })

  it('behavior: order failures use data[].sCode', () => {
    const body = {
      code: '1',
      msg: 'All operations failed',
      data: [{ clOrdId: 'a', ordId: '', sCode: '51016', sMsg: 'Duplicated clOrdId', tag: '' }],
    }
    expect(classifyOkxError(json(200, body))).toMatchObject({
      kind: 'other',
      code: '51016',
      message: 'Duplicated clOrdId',
    })
  })

  it('behavior: a batch that partly succeeded (code "2") is an answer, not an error; one with no placed row is', () => {
    const placed = { clOrdId: 'a', ordId: '1', sCode: '0', sMsg: '', tag: '' }
    const refused = {
      clOrdId: 'b',
      ordId: '',
      sCode: '51008',
      sMsg: 'Order failed. Insufficient USDT balance in account.',
      tag: '',
    }
    expect(classifyOkxError(json(200, { code: '2', msg: '', data: [placed, refused] }))).toBeUndefined()
    expect(classifyOkxError(json(200, { code: '2', msg: '', data: [refused] }))).toMatchObject({
      code: '51008',
    })
    expect(classifyOkxError(json(200, { code: '2', msg: 'x', data: [] }))).toMatchObject({
      kind: 'other',
      code: '2',
    })
    expect(classifyOkxError(json(500, { code: '2', msg: '', data: [placed, refused] }))).toBeDefined()
  })

  it('behavior: HTTP 429 with or without JSON, with Retry-After', () => {
    expect(
      classifyOkxError({ status: 429, headers: { 'Retry-After': '2' }, body: 'Too Many Requests' }),
    ).toMatchObject({ kind: 'rate-limit', retryAfterMs: 2000 })
    expect(classifyOkxError(json(429, { code: '50011', msg: 'Too Many Requests', data: [] }))).toMatchObject({
      kind: 'rate-limit',
      code: '50011',
    })
  })

  it('behavior: non-JSON and HTML pages never throw', () => {
    const html = '<html><head><title>www.okx.com | 525: SSL handshake failed</title></head></html>'
    expect(classifyOkxError({ status: 525, headers: {}, body: html })).toMatchObject({
      kind: 'other',
      code: undefined,
      message: 'HTTP 525: www.okx.com | 525: SSL handshake failed',
    })
    expect(classifyOkxError({ status: 502, headers: {}, body: '' })?.message).toBe(
      'HTTP 502 with an empty body',
    )
    expect(classifyOkxError({ status: 403, headers: {}, body: '<h1>Access denied</h1>' })?.hint).toContain(
      'CDN',
    )
    expect(classifyOkxError({ status: 200, headers: {}, body: '<html>login portal</html>' })?.kind).toBe(
      'other',
    )
    expect(classifyOkxError({ status: 200, headers: {}, body: '{"code":' })?.kind).toBe('other')
    expect(classifyOkxError({ status: 503, headers: {}, body: 'upstream connect error' })).toMatchObject({
      kind: 'other',
    })
  })

  it('behavior: toExchangeError gives the typed class', () => {
    const classified = classifyOkxError(
      json(401, { code: '50105', msg: 'Request header OK-ACCESS-PASSPHRASE incorrect.', data: [] }),
    )!
    expect(toExchangeError(classified, { exchange: 'okx', status: 401 }).name).toBe('PassphraseError')
  })
})

describe('parseOkxServerTime', () => {
  it('default: reads the ts string of the docs example (spec okx.md §5)', () => {
    expect(parseOkxServerTime('{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}')).toBe(1597026383085)
    expect(okx.parseServerTime({ code: '0', msg: '', data: [{ ts: '1597026383085' }] })).toBe(1597026383085)
  })

  it('error: errors and unreadable bodies throw typed errors', () => {
    expect(() => parseOkxServerTime('{"code":"50011","msg":"Too Many Requests","data":[]}')).toThrow(
      /Too Many Requests/,
    )
    for (const body of [
      '<html>',
      '{"code":"0","data":[]}',
      '{"code":"0","data":[{"ts":"1597026383"}]}',
      null,
    ]) {
      expect(() => parseOkxServerTime(body), String(body)).toThrowError(
        expect.objectContaining({ name: 'ExchangeError', exchange: 'okx' }),
      )
    }
  })
})
