import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyCoinbaseError, coinbaseErrors, coinbaseUnauthorizedCauses } from '../src/index'
import { createCoinbaseVerifier } from '../src/verify/index'

const classify = (status: number, body: string, headers: Record<string, string> = {}) =>
  classifyCoinbaseError({ status, headers, body })

describe('classifyCoinbaseError', () => {
  it('default: success answers are not errors', () => {
    expect(classify(200, '{"accounts":[],"has_next":false}')).toBeUndefined()
    expect(classify(200, '{"success":true,"success_response":{"order_id":"1"}}')).toBeUndefined()
    expect(classify(200, '{"results":[{"success":true,"order_id":"1"}]}')).toBeUndefined()
  })

  it('behavior: the bare 401 is an invalid signature whose hint names the usual causes', () => {
    expect(classify(401, 'Unauthorized\n')).toEqual({
      mayBeFreshness: true,
      kind: 'invalid-signature',
      code: 401,
      message: 'Unauthorized',
      hint: coinbaseErrors['401']!.hint,
    })
    expect(coinbaseErrors['401']!.hint).toMatch(/uri claim/)
  })

  it('behavior: 403 scopes (current and older error names), 429 with Retry-After, 404, 500', () => {
    const scopes =
      '{"error":"PERMISSION_DENIED","error_details":"Missing required scopes","message":"Missing required scopes"}'
    expect(classify(403, scopes)).toMatchObject({ kind: 'permission', code: 'PERMISSION_DENIED' })
    const older =
      '{"error":"unknown","error_details":"Missing required scopes","message":"Missing required scopes"}'
    expect(classify(403, older)).toMatchObject({
      kind: 'permission',
      code: 'unknown',
      message: 'Missing required scopes',
    })
    expect(
      classify(429, '{"error":"RATE_LIMIT_EXCEEDED","message":"Too many requests"}', { 'Retry-After': '2' }),
    ).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 2000,
    })
    expect(classify(429, '')).toMatchObject({ kind: 'rate-limit', code: undefined })
    expect(
      classify(404, '{"error":"NOT_FOUND","error_details":"Not Found","message":"Not Found"}'),
    ).toMatchObject({
      kind: 'other',
      code: 'NOT_FOUND',
    })
    expect(classify(502, '<html><title>502 Bad Gateway</title></html>')).toMatchObject({
      kind: 'other',
      message: '502 Bad Gateway',
    })
  })

  it('behavior: order failures arrive as HTTP 200 with success false', () => {
    const failed = JSON.stringify({
      success: false,
      failure_reason: 'UNKNOWN_FAILURE_REASON',
      error_response: { error: 'INSUFFICIENT_FUND', message: 'Insufficient balance in source account' },
    })
    expect(classify(200, failed)).toMatchObject({ kind: 'other', code: 'INSUFFICIENT_FUND' })
    const cancel = '{"results":[{"success":false,"failure_reason":"UNKNOWN_CANCEL_ORDER","order_id":"1"}]}'
    expect(classify(200, cancel)).toMatchObject({ kind: 'other', code: 'UNKNOWN_CANCEL_ORDER' })
  })

  it('behavior: every answer the verifier writes classifies as the kind it stands for', () => {
    const verifier = createCoinbaseVerifier({ keys: [], now: () => 0 })
    for (const [kind, code] of [
      ['not-found', 'NOT_FOUND'],
      ['internal', 'INTERNAL'],
    ] as const) {
      expect(classifyCoinbaseError(verifier.respond.error(kind))).toMatchObject({ code })
    }
    expect(classifyCoinbaseError(verifier.respond.error('duplicate-order'))?.kind).toBe('other')
    expect(classifyCoinbaseError(verifier.respond.error('order-not-found'))?.kind).toBe('other')
    const missing = verifier.verify({
      method: 'GET',
      url: '/api/v3/brokerage/accounts',
      headers: {},
      body: '',
    })
    expect(missing.ok).toBe(false)
    if (!missing.ok)
      expect(classifyCoinbaseError(missing.response)).toMatchObject({ kind: 'invalid-signature', code: 401 })
  })

  it('default: every 401 cause has a kind and a hint', () => {
    for (const [cause, entry] of Object.entries(coinbaseUnauthorizedCauses)) {
      expect(entry.hint.length, cause).toBeGreaterThan(10)
    }
  })
})

it('property: any status and body classify without throwing; 2xx JSON without a failure is a success', () => {
  const body = fc.oneof(
    fc.string(),
    fc.json(),
    fc.constantFrom(
      '',
      'Unauthorized\n',
      '<html><title>x</title></html>',
      '{"success":false}',
      '{"results":[]}',
    ),
  )
  fc.assert(
    fc.property(fc.integer({ min: 100, max: 599 }), body, (status, text) => {
      const result = classify(status, text)
      if (status >= 400) expect(result?.kind).toBeDefined()
      if (result) expect(typeof result.message).toBe('string')
    }),
    { numRuns: 2000 },
  )
})
