import { InvalidNonceError } from '@signet/core'
import { toExchangeError } from '@signet/core/kit'
import { describe, expect, it } from 'vitest'
import { classifyKrakenError, krakenErrors } from '../src/index'

const answer = (body: string, status = 200) => classifyKrakenError({ status, headers: {}, body })

describe('classifyKrakenError', () => {
  it('default: each error string of the issue maps to its kind with a hint', () => {
    const kinds = Object.fromEntries(
      [
        'EAPI:Invalid key',
        'EAPI:Invalid signature',
        'EAPI:Invalid nonce',
        'EGeneral:Permission denied',
        'EAPI:Rate limit exceeded',
        'EOrder:Rate limit exceeded',
        'EGeneral:Temporary lockout',
        'EGeneral:Invalid arguments',
        'EService:Unavailable',
      ].map((code) => {
        const c = answer(JSON.stringify({ error: [code], result: {} }))!
        expect(c.hint, code).toBeTruthy()
        expect(c.code).toBe(code)
        return [code, c.kind]
      }),
    )
    expect(kinds).toMatchInlineSnapshot(`
      {
        "EAPI:Invalid key": "invalid-api-key",
        "EAPI:Invalid nonce": "nonce",
        "EAPI:Invalid signature": "invalid-signature",
        "EAPI:Rate limit exceeded": "rate-limit",
        "EGeneral:Invalid arguments": "other",
        "EGeneral:Permission denied": "permission",
        "EGeneral:Temporary lockout": "rate-limit",
        "EOrder:Rate limit exceeded": "rate-limit",
        "EService:Unavailable": "other",
      }
    `)
  })

  it('behavior: EAPI:Invalid nonce becomes an InvalidNonceError that names a shared NonceSource', () => {
    const error = toExchangeError(answer('{"error":["EAPI:Invalid nonce"],"result":{}}')!, {
      exchange: 'kraken',
    })
    expect(error).toBeInstanceOf(InvalidNonceError)
    expect(error.hint).toContain('NonceSource')
  })

  it('behavior: success, warnings, details after the code, and bodies that are not Kraken JSON', () => {
    expect(answer('{"error":[],"result":{"XXBT":"1.0"}}')).toBeUndefined()
    expect(answer('{"error":["WGeneral:Something"],"result":{}}')).toBeUndefined()
    expect(answer('{"error":["EGeneral:Invalid arguments:Index unavailable"]}')).toMatchObject({
      kind: 'other',
      code: 'EGeneral:Invalid arguments:Index unavailable',
      hint: krakenErrors['EGeneral:Invalid arguments']!.hint,
    })
    expect(answer('{"error":["EFunding:Unknown"]}')).toMatchObject({
      kind: 'other',
      code: 'EFunding:Unknown',
    })
    expect(answer('<html>Too Many Requests</html>', 429)).toMatchObject({ kind: 'rate-limit', code: 429 })
    expect(answer('<html>bad gateway</html>', 502)).toMatchObject({ kind: 'other', code: 502 })
    expect(answer('<html>portal</html>', 200)).toMatchObject({ kind: 'other' })
    expect(answer('', 503)).toMatchObject({ kind: 'other', code: 503 })
  })
})
