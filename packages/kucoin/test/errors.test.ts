import { errorForAnswer, exchangeResponse } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { classifyKucoinError, kucoin, kucoinErrors } from '../src/index'

const res = exchangeResponse

describe('classifyKucoinError', () => {
  it('default: success answers are not errors', () => {
    expect(classifyKucoinError(res(200, '{"code":"200000","data":[]}'))).toBeUndefined()
    expect(
      kucoin.classifyError(res(200, '{"code":"200000","msg":"success","data":1546837113087}')),
    ).toBeUndefined()
  })

  it('behavior: every code of the table maps to its kind, with the wire message kept', () => {
    for (const [code, entry] of Object.entries(kucoinErrors)) {
      const out = classifyKucoinError(res(entry.status, JSON.stringify({ code, msg: `msg ${code}` })))
      expect(out, code).toMatchObject({ kind: entry.kind, code, message: `msg ${code}`, hint: entry.hint })
    }
  })

  it('behavior: the auth codes of spec kucoin.md map to the right causes', () => {
    const kind = (code: string) => classifyKucoinError(res(401, JSON.stringify({ code, msg: '' })))?.kind
    expect(
      ['400001', '400002', '400003', '400004', '400005', '400006', '400007', '429000'].map(kind),
    ).toEqual([
      'invalid-api-key',
      'timestamp',
      'invalid-api-key',
      'passphrase',
      'invalid-signature',
      'ip-not-allowed',
      'permission',
      'rate-limit',
    ])
  })

  it('behavior: rate limits read gw-ratelimit-reset (ms) or Retry-After (s)', () => {
    expect(
      classifyKucoinError(
        res(429, '{"code":"429000","msg":"Too Many Requests"}', { 'gw-ratelimit-reset': '1500' }),
      ),
    ).toMatchObject({ kind: 'rate-limit', retryAfterMs: 1500 })
    expect(
      classifyKucoinError(res(429, '<html>Too Many Requests</html>', { 'Retry-After': '2' })),
    ).toMatchObject({
      kind: 'rate-limit',
      code: undefined,
      retryAfterMs: 2000,
    })
  })

  it('behavior: HTML, empty and unknown answers do not crash', () => {
    expect(
      classifyKucoinError(res(502, '<html><body><h1>502 Bad Gateway</h1></body></html>')),
    ).toMatchInlineSnapshot(`
      {
        "code": undefined,
        "hint": "KuCoin or a proxy in between failed: retry later, and check order state before re-sending.",
        "kind": "other",
        "message": "502 Bad Gateway",
        "retryAfterMs": undefined,
      }
    `)
    expect(classifyKucoinError(res(403, ''))).toMatchObject({ kind: 'other', message: '(empty body)' })
    expect(classifyKucoinError(res(200, '{"code":"400100","msg":"Parameter Error"}'))).toMatchObject({
      kind: 'other',
      code: '400100',
      message: 'Parameter Error',
    })
    expect(classifyKucoinError(res(200, 'null'))).toMatchObject({ kind: 'other' })
  })

  it('behavior: a classified answer becomes the typed error with the hint', () => {
    const answer = res(401, '{"code":"400005","msg":"Invalid KC-API-SIGN"}')
    const error = errorForAnswer(kucoin, answer, 'GET /api/v1/accounts')
    expect(error.name).toBe('InvalidSignatureError')
    expect(error.message).toMatchInlineSnapshot(`
      "The exchange rejected the signature: Invalid KC-API-SIGN
      Request: GET /api/v1/accounts
      Exchange code: 400005
      Hint: Sign timestamp + METHOD + path + "?" + query (not URL-encoded) + JSON body exactly as sent, with HMAC-SHA256 in base64; then check the secret."
    `)
  })
})
