import { errorForAnswer, exchangeResponse } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { classifyGateioError, gateio, gateioErrors } from '../src/index'

const res = exchangeResponse

describe('classifyGateioError', () => {
  it('default: any 2xx answer is a success (APIv4 has no envelope)', () => {
    expect(classifyGateioError(res(200, '{"server_time":1731447921098}'))).toBeUndefined()
    expect(gateio.classifyError(res(201, '[]'))).toBeUndefined()
  })

  it('behavior: every label of the table maps to its kind, with the wire message kept', () => {
    for (const [label, entry] of Object.entries(gateioErrors)) {
      const out = classifyGateioError(res(entry.status, JSON.stringify({ label, message: `msg ${label}` })))
      expect(out, label).toMatchObject({
        kind: entry.kind,
        code: label,
        message: `msg ${label}`,
        hint: entry.hint,
      })
    }
  })

  it('behavior: the labels of spec gateio.md map to the right causes', () => {
    const labels = [
      'INVALID_SIGNATURE',
      'INVALID_KEY',
      'INVALID_CREDENTIALS',
      'REQUEST_EXPIRED',
      'IP_FORBIDDEN',
      'FORBIDDEN',
      'READ_ONLY',
      'MISSING_REQUIRED_HEADER',
    ]
    expect(labels.map((label) => classifyGateioError(res(401, JSON.stringify({ label })))?.kind)).toEqual([
      'invalid-signature',
      'invalid-api-key',
      'invalid-api-key',
      'timestamp',
      'ip-not-allowed',
      'permission',
      'permission',
      'invalid-api-key',
    ])
  })

  it('behavior: HTML, empty, unknown labels and rate limits do not crash', () => {
    expect(
      classifyGateioError(res(429, '<html>Too Many Requests</html>', { 'retry-after': '3' })),
    ).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 3000,
    })
    expect(classifyGateioError(res(503, ''))).toMatchInlineSnapshot(`
      {
        "code": undefined,
        "hint": "Gate or a proxy in between failed: retry later, and check order state before re-sending.",
        "kind": "other",
        "message": "(empty body)",
        "retryAfterMs": undefined,
      }
    `)
    expect(
      classifyGateioError(res(400, '{"label":"INVALID_ARGUMENT","detail":"invalid size"}')),
    ).toMatchObject({
      kind: 'other',
      code: 'INVALID_ARGUMENT',
      message: 'invalid size',
    })
    expect(classifyGateioError(res(400, '"oops"'))).toMatchObject({ kind: 'other', message: '"oops"' })
  })

  it('behavior: a classified answer becomes the typed error with the hint', () => {
    const body =
      '{"label":"REQUEST_EXPIRED","message":"gap between request Timestamp and server time exceeds 60"}'
    const error = errorForAnswer(gateio, res(401, body), 'GET /api/v4/spot/accounts')
    expect(error.name).toBe('TimestampOutOfWindowError')
    expect(error.message).toMatchInlineSnapshot(`
      "The exchange rejected the timestamp: gap between request Timestamp and server time exceeds 60
      Request: GET /api/v4/spot/accounts
      Exchange code: REQUEST_EXPIRED
      Hint: Check the clock first: Timestamp is Unix seconds (not ms) within 60 s of Gate time (GET /api/v4/spot/time)."
    `)
  })
})
