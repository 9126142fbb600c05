import { describe, expect, it } from 'vitest'
import { redactBody, redactHeaders, redactJson, redactUrl, scrub } from '../src/redact/redact'

describe('redact', () => {
  it('default: removes signature and key params from URLs', () => {
    expect(redactUrl('/api/v3/order?symbol=BTCUSDT&timestamp=1&signature=c8db5682&apiKey=k')).toBe(
      '/api/v3/order?symbol=BTCUSDT&timestamp=1&signature=[redacted]&apiKey=[redacted]',
    )
    expect(redactUrl('/api/v3/time')).toBe('/api/v3/time')
  })

  it('default: removes key, sign and passphrase headers, keeps timestamps and content type', () => {
    expect(
      redactHeaders({
        'X-MBX-APIKEY': 'k',
        'X-BAPI-SIGN': 's',
        'X-BAPI-TIMESTAMP': '1',
        'OK-ACCESS-PASSPHRASE': 'p',
        'OK-ACCESS-SIGN': 's',
        'OK-ACCESS-TIMESTAMP': '2020-12-08T09:08:57.715Z',
        'Content-Type': 'application/json',
        Authorization: 'Bearer x',
      }),
    ).toMatchInlineSnapshot(`
      {
        "Authorization": "[redacted]",
        "Content-Type": "application/json",
        "OK-ACCESS-PASSPHRASE": "[redacted]",
        "OK-ACCESS-SIGN": "[redacted]",
        "OK-ACCESS-TIMESTAMP": "2020-12-08T09:08:57.715Z",
        "X-BAPI-SIGN": "[redacted]",
        "X-BAPI-TIMESTAMP": "1",
        "X-MBX-APIKEY": "[redacted]",
      }
    `)
  })

  it('default: redacts JSON bodies at any depth and form bodies', () => {
    expect(
      redactBody('{"op":"login","args":[{"apiKey":"k","passphrase":"p","timestamp":"1","sign":"s"}]}'),
    ).toBe(
      '{"op":"login","args":[{"apiKey":"[redacted]","passphrase":"[redacted]","timestamp":"1","sign":"[redacted]"}]}',
    )
    expect(redactBody('quantity=1&signature=abc')).toBe('quantity=1&signature=[redacted]')
    expect(redactBody('{not json')).toBe('[redacted]')
    expect(redactBody(undefined)).toBeUndefined()
    expect(redactJson({ a: [{ secret: 1 }] })).toEqual({ a: [{ secret: '[redacted]' }] })
  })

  it('default: scrub replaces known values in free text', () => {
    expect(scrub('error sign! origin_string[1658384314791TESTKEY1235000...]', ['TESTKEY123'])).toBe(
      'error sign! origin_string[1658384314791[redacted]5000...]',
    )
    expect(scrub('abc', ['a', undefined])).toBe('abc')
  })
})
