import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { SignetError } from '../src/errors/base'
import { ExchangeError } from '../src/errors/exchange'
import { NetworkError } from '../src/errors/network'
import { createSecret } from '../src/keys/secret'
import { createRedactor } from '../src/redact/createRedactor'
import { redactCause } from '../src/redact/redactCause'
import { redactText } from '../src/redact/redactText'
import { timeRatio } from '../src/testing/timeRatio'

const signature = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71'
const kyMessage = `Request timed out: GET https://api.binance.com/api/v3/account?timestamp=1499827319559&signature=${signature}`

describe('redactText', () => {
  it('default: removes signature values from URL-like text Signet did not build (ky messages, echoed bodies)', () => {
    expect(redactText(kyMessage)).toBe(
      'Request timed out: GET https://api.binance.com/api/v3/account?timestamp=1499827319559&signature=[redacted]',
    )
    expect(
      redactText(`400 Rejected by WAF: GET /api/v3/account?recvWindow=5000&sign=${signature} HTTP/1.1`),
    ).toBe('400 Rejected by WAF: GET /api/v3/account?recvWindow=5000&sign=[redacted] HTTP/1.1')
  })

  it('behavior: removes sensitive JSON fields and header lines quoted in text', () => {
    expect(redactText(`echo {"apiKey":"abcdefgh12345678","sign":"${signature}","side":"BUY"}`)).toBe(
      'echo {"apiKey":"[redacted]","sign":"[redacted]","side":"BUY"}',
    )
    expect(redactText(`OK-ACCESS-SIGN: ${signature}\nOK-ACCESS-TIMESTAMP: 2020-12-08T09:08:57.715Z`)).toBe(
      'OK-ACCESS-SIGN: [redacted]\nOK-ACCESS-TIMESTAMP: 2020-12-08T09:08:57.715Z',
    )
  })

  it('behavior: removes a short passphrase from an echoed header line, keeps short ordinary header values', () => {
    expect(redactText('ok-access-passphrase: abc123\nok-access-key-version: 2')).toBe(
      'ok-access-passphrase: [redacted]\nok-access-key-version: 2',
    )
  })

  it('behavior: leaves ordinary text alone', () => {
    const text = 'Invalid parameter "signature": expected no signature param, received a signature param.'
    expect(redactText(text)).toBe(text)
    expect(redactText('Timestamp for this request is outside of the recvWindow.')).toBe(
      'Timestamp for this request is outside of the recvWindow.',
    )
    const title = 'The exchange rejected the signature: Signature for this request is not valid.'
    expect(redactText(title)).toBe(title)
  })

  it('behavior: runs in linear time on hostile input (long runs of name characters, no "=")', () => {
    const text = (n: number) =>
      `${'a'.repeat(n)}:${'b'.repeat(n)}"${'c'.repeat(n)} {"msg":"${'x'.repeat(n)}"} {"sign":"${'y\\"'.repeat(n / 3)}`
    // 20x the input: linear work takes about 20x, quadratic work 400x; 60 leaves room for timer noise.
    expect(timeRatio(redactText, text(50_000), text(1_000_000))).toBeLessThan(60)
  })
})

describe('createRedactor', () => {
  const apiKey = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A'
  const secret = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j'
  const redact = createRedactor({
    signed: {
      method: 'GET',
      url: `/api/v3/account?timestamp=1&signature=${signature}`,
      headers: { 'X-MBX-APIKEY': apiKey },
    },
    apiKey,
    secrets: [createSecret(secret), 'passphrase-123'],
  })

  it('default: removes known values, their first 16 characters, and keeps a short apiKey prefix', () => {
    const text = `sig ${signature} head ${signature.slice(0, 16)} key ${apiKey} s ${secret} p passphrase-123`
    const out = redact(text)
    expect(out).not.toContain(signature.slice(0, 16))
    expect(out).not.toContain(apiKey.slice(0, 16))
    expect(out).not.toContain(secret.slice(0, 16))
    expect(out).not.toContain('passphrase-123')
    expect(out).toContain('vmPU')
  })

  it('behavior: removes a short passphrase sent in a header or given as a secret', () => {
    const r = createRedactor({
      signed: { method: 'GET', url: '/x', headers: { 'OK-ACCESS-PASSPHRASE': 'pass12' } },
      secrets: ['kc7pass'],
    })
    expect(r('echo pass12 and kc7pass')).toBe('echo [redacted] and [redacted]')
  })

  it('behavior: also removes percent-encoded forms and applies the generic text rules', () => {
    const b64 = 'ab+/cd==efghijklmnopqrstuvw'
    const r = createRedactor({
      signed: { method: 'GET', url: `/x?signature=${encodeURIComponent(b64)}`, headers: {} },
    })
    expect(r(`got ${b64} and ${encodeURIComponent(b64)}`)).not.toMatch(/ab\+\/cd|ab%2B%2Fcd/)
    expect(r(kyMessage)).not.toContain(signature.slice(0, 16))
  })
})

describe('errors redact at the edge', () => {
  it('error: a SignetError built from a transport message with a signature never shows it', () => {
    const cause = Object.assign(new Error(kyMessage), {
      name: 'TimeoutError',
      request: { url: `https://x/?signature=${signature}` },
    })
    const e = new NetworkError(`The request could not be completed: ${kyMessage}`, {
      details: [kyMessage],
      cause,
    })
    const printed = [e.message, String(e), JSON.stringify(e), inspect(e, { depth: 8 }), String(e.cause)]
    for (const text of printed) expect(text).not.toContain(signature.slice(0, 16))
    expect((e.cause as Error).name).toBe('TimeoutError')
  })

  it('error: an ExchangeError never keeps a signature in exchangeMessage', () => {
    const echoed = `Rejected by WAF: GET /api/v3/account?timestamp=1&signature=${signature}`
    const e = new ExchangeError(`The exchange answered with an error: ${echoed}`, { exchangeMessage: echoed })
    expect(e.exchangeMessage).not.toContain(signature.slice(0, 16))
    expect(JSON.stringify(e)).not.toContain(signature.slice(0, 16))
  })

  it('behavior: redactCause keeps name, code and a redacted cause chain', () => {
    const inner = Object.assign(new Error(`socket closed ${kyMessage}`), { code: 'ECONNRESET' })
    const outer = new TypeError('terminated', { cause: inner })
    const copy = redactCause(outer) as Error & { cause: Error & { code: string } }
    expect(copy.name).toBe('TypeError')
    expect(copy.message).toBe('terminated')
    expect(copy.cause.code).toBe('ECONNRESET')
    expect(copy.cause.message).not.toContain(signature)
    expect(new SignetError('x', { cause: outer }).walk()).not.toBe(inner)
  })
})
