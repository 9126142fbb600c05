import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { isSignetError, SignetError } from '../src/errors/base'
import { ClockUncertainError } from '../src/errors/clock'
import {
  ExchangeError,
  InvalidApiKeyError,
  InvalidNonceError,
  InvalidSignatureError,
  IpNotAllowedError,
  PassphraseError,
  PermissionError,
  RateLimitError,
  TimestampOutOfWindowError,
} from '../src/errors/exchange'
import { CredentialFormatError, InvalidParameterError } from '../src/errors/input'
import { toExchangeError } from '../src/exchange/toExchangeError'
import type { ErrorKind } from '../src/exchange/types'

describe('SignetError', () => {
  it('default: carries short message, details, code, hint, exchange and request', () => {
    const cause = new Error('socket hang up')
    const e = new SignetError('Something failed.', {
      details: ['detail one'],
      code: -1022,
      hint: 'Check the secret.',
      exchange: 'binance',
      request: 'POST /api/v3/order',
      cause,
    })
    expect(e.message).toMatchInlineSnapshot(`
      "Something failed.
      Request: POST /api/v3/order
      Exchange code: -1022
      detail one
      Hint: Check the secret."
    `)
    expect(e).toMatchObject({ shortMessage: 'Something failed.', code: '-1022', exchange: 'binance' })
    // A foreign cause is kept as a redacted copy (name, message, code), never the raw object.
    expect(e.walk()).not.toBe(cause)
    expect(e.walk()).toMatchObject({ name: 'Error', message: 'socket hang up' })
    expect(e.walk((x) => x instanceof SignetError)).toBe(e)
  })

  it('behavior: isSignetError works across realms (another copy of the package) by brand', () => {
    const foreign = Object.create(Error.prototype)
    foreign[Symbol.for('signet.error')] = true
    expect(isSignetError(foreign)).toBe(true)
    expect(isSignetError(new Error('x'))).toBe(false)
    expect(isSignetError(null)).toBe(false)
    expect(isSignetError(new InvalidParameterError('a', 'b', 'c'))).toBe(true)
  })

  it('behavior: each subclass has a literal name and is a SignetError', () => {
    const errors = [
      new InvalidParameterError('price', 'a decimal string', 'NaN'),
      new CredentialFormatError('secret', 'is empty'),
      new ClockUncertainError('no safe timestamp', 5000),
      new ExchangeError('x'),
      new InvalidSignatureError('x'),
      new TimestampOutOfWindowError('x'),
      new InvalidNonceError('x'),
      new InvalidApiKeyError('x'),
      new PassphraseError('x'),
      new PermissionError('x'),
      new IpNotAllowedError('x'),
      new RateLimitError('x', { retryAfterMs: 1000 }),
    ]
    expect(errors.map((e) => e.name)).toMatchInlineSnapshot(`
      [
        "InvalidParameterError",
        "CredentialFormatError",
        "ClockUncertainError",
        "ExchangeError",
        "InvalidSignatureError",
        "TimestampOutOfWindowError",
        "InvalidNonceError",
        "InvalidApiKeyError",
        "PassphraseError",
        "PermissionError",
        "IpNotAllowedError",
        "RateLimitError",
      ]
    `)
    for (const e of errors) expect(isSignetError(e)).toBe(true)
  })
})

describe('toExchangeError', () => {
  const kinds: [ErrorKind, abstract new (...args: never[]) => unknown][] = [
    ['invalid-signature', InvalidSignatureError],
    ['timestamp', TimestampOutOfWindowError],
    ['nonce', InvalidNonceError],
    ['invalid-api-key', InvalidApiKeyError],
    ['passphrase', PassphraseError],
    ['permission', PermissionError],
    ['ip-not-allowed', IpNotAllowedError],
    ['rate-limit', RateLimitError],
    ['other', ExchangeError],
  ]
  it.each(kinds)('default: %s maps to its class with code, hint and status', (kind, Class) => {
    const e = toExchangeError(
      { kind, code: -1, message: 'msg', hint: 'hint', retryAfterMs: 5 },
      { exchange: 'x', status: 400, request: 'GET /a' },
    )
    expect(e).toBeInstanceOf(Class)
    expect(e).toMatchObject({
      kind: kind === 'other' ? 'exchange' : kind,
      code: '-1',
      hint: 'hint',
      status: 400,
      exchange: 'x',
      retryAfterMs: 5,
      exchangeMessage: 'msg',
    })
  })

  it('behavior: the message is readable in one line per fact, and inspect shows no secret given to the context', () => {
    const e = toExchangeError(
      {
        kind: 'invalid-signature',
        code: -1022,
        message: 'Signature for this request is not valid.',
        hint: 'Check encoding.',
      },
      { exchange: 'binance', status: 400, request: 'POST /api/v3/order?symbol=BTCUSDT&signature=[redacted]' },
    )
    expect(e.message).toMatchInlineSnapshot(`
      "The exchange rejected the signature: Signature for this request is not valid.
      Request: POST /api/v3/order?symbol=BTCUSDT&signature=[redacted]
      Exchange code: -1022
      Hint: Check encoding."
    `)
    expect(inspect(e)).not.toContain('c8db56825ae71d6d')
  })
})
