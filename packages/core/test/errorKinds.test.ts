import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  type AnySignetError,
  ClockUncertainError,
  CredentialFormatError,
  ExchangeError,
  InvalidApiKeyError,
  InvalidNonceError,
  InvalidParameterError,
  InvalidSignatureError,
  IpNotAllowedError,
  isExchangeError,
  isSignetError,
  NetworkError,
  PassphraseError,
  PermissionError,
  RateLimitError,
  SignetError,
  type SignetErrorKind,
  TimestampOutOfWindowError,
} from '../src/index'

const every: [SignetErrorKind, SignetError][] = [
  ['signet', new SignetError('x')],
  ['invalid-parameter', new InvalidParameterError('price', 'a decimal string', 'NaN')],
  ['credential-format', new CredentialFormatError('secret', 'is empty')],
  ['clock-uncertain', new ClockUncertainError('no safe timestamp', 5000)],
  ['network', new NetworkError('x')],
  ['exchange', new ExchangeError('x')],
  ['invalid-signature', new InvalidSignatureError('x')],
  ['timestamp', new TimestampOutOfWindowError('x')],
  ['nonce', new InvalidNonceError('x')],
  ['invalid-api-key', new InvalidApiKeyError('x')],
  ['passphrase', new PassphraseError('x')],
  ['permission', new PermissionError('x')],
  ['ip-not-allowed', new IpNotAllowedError('x')],
  ['rate-limit', new RateLimitError('x')],
]

describe('error kinds', () => {
  it.each(every)(
    'default: a %s error carries its kind, and only its own guard answers true',
    (kind, error) => {
      expect(error.kind).toBe(kind)
      expect(isSignetError(error, kind)).toBe(true)
      for (const [other] of every) if (other !== kind) expect(isSignetError(error, other)).toBe(false)
      expect(isExchangeError(error)).toBe(error instanceof ExchangeError)
    },
  )

  it('behavior: every kind is distinct and every instance has one', () => {
    expect(new Set(every.map(([kind]) => kind)).size).toBe(every.length)
  })

  it('behavior: the guards refuse anything that is not a Signet error, also one that copies a kind', () => {
    for (const value of [null, undefined, 'timestamp', new Error('x'), { kind: 'timestamp', name: 'X' }]) {
      expect(isSignetError(value)).toBe(false)
      expect(isSignetError(value, 'timestamp')).toBe(false)
      expect(isExchangeError(value)).toBe(false)
    }
  })

  it('types: a kind guard narrows to its class, and a switch on kind narrows the union', () => {
    const e: unknown = new RateLimitError('x', { retryAfterMs: 10 })
    if (isSignetError(e, 'rate-limit')) expectTypeOf(e).toEqualTypeOf<RateLimitError>()
    if (isSignetError(e, 'invalid-parameter')) expectTypeOf(e.field).toEqualTypeOf<string>()
    if (isSignetError(e, 'policy-denied')) expectTypeOf(e.kind).toEqualTypeOf<'policy-denied'>()
    const any = e as AnySignetError
    if (any.kind === 'clock-uncertain') expectTypeOf(any).toEqualTypeOf<ClockUncertainError>()
    expectTypeOf(new ExchangeError('x').code).toEqualTypeOf<string | undefined>()
  })
})

describe('code', () => {
  it('behavior: a numeric exchange code is kept as text', () => {
    expect(new InvalidSignatureError('x', { code: -1022 }).code).toBe('-1022')
    expect(new ExchangeError('x', { code: 0 }).code).toBe('0')
    expect(new ExchangeError('x', { code: '50113' }).code).toBe('50113')
    expect(new ExchangeError('x').code).toBeUndefined()
  })
})

describe('data and response', () => {
  const apiKey = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A'
  const signature = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71'

  it('default: an exchange error keeps the answer body and response, redacted', () => {
    const e = new ExchangeError('x', {
      data: {
        code: '2',
        data: [{ ordId: '1', sCode: '0' }],
        echo: {
          apiKey,
          signature,
          passphrase: 'hunter2-passphrase',
          secret: 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
        },
        note: `GET /api/v3/account?timestamp=1&signature=${signature}`,
      },
      response: { status: 200, headers: { 'content-type': 'application/json', 'x-mbx-apikey': apiKey } },
    })
    expect(e.data).toMatchInlineSnapshot(`
      {
        "code": "2",
        "data": [
          {
            "ordId": "1",
            "sCode": "0",
          },
        ],
        "echo": {
          "apiKey": "[redacted]",
          "passphrase": "[redacted]",
          "secret": "[redacted]",
          "signature": "[redacted]",
        },
        "note": "GET /api/v3/account?timestamp=1&signature=[redacted]",
      }
    `)
    expect(e.response).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json', 'x-mbx-apikey': '[redacted]' },
    })
    expect(e.status).toBe(200)
    const shown = JSON.stringify({ data: e.data, response: e.response })
    for (const secret of [apiKey, signature, 'hunter2-passphrase']) expect(shown).not.toContain(secret)
  })

  it('behavior: an answer nested deeper than the stack allows is kept to 32 levels, never a RangeError', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"signature=${signature}"${']'.repeat(100_000)}`)
    const e = new ExchangeError('x', { data: { code: '1', deep } })
    let level: unknown = (e.data as { deep: unknown }).deep
    let depth = 0
    while (Array.isArray(level)) {
      level = level[0]
      depth++
    }
    expect(depth).toBe(31)
    expect(level).toBe('[nested too deep]')
    expect(JSON.stringify(e.data)).not.toContain(signature)
  })

  it('behavior: without an answer both are undefined', () => {
    expect(new RateLimitError('x')).toMatchObject({ data: undefined, response: undefined })
  })
})
