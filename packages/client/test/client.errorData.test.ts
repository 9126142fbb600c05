// Issue 20: an exchange error keeps what the exchange answered (`data`, `response`), redacted with the request's
// own values, so an answer that echoes the signature or the API key cannot leak either.
import { createClient } from '@signet/client'
import { isExchangeError, isSignetError } from '@signet/core'
import { exchanges } from '@signet/exchanges'
import { describe, expect, it } from 'vitest'

const okx = exchanges.find((e) => e.id === 'okx')!
const apiKey = '7d5c1b2a-3e4f-4a6b-8c9d-0e1f2a3b4c5d'
const secret = 'OKXDATA0123456789ABCDEF012345678'
const passphrase = 'Data-Pass-42'
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })
const time = () => json(200, { code: '0', msg: '', data: [{ ts: String(Date.now()) }] })

describe('exchange errors keep the answer', () => {
  it('error: an answer echoing the signature, key and passphrase in free text keeps none of them', async () => {
    let sent: Headers | undefined
    const fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const request = new Request(input, init)
      if (request.url.endsWith('/api/v5/public/time')) return time()
      sent = request.headers
      const sign = request.headers.get('OK-ACCESS-SIGN')
      return json(
        401,
        {
          code: '50113',
          msg: 'Invalid Sign',
          data: [{ note: `got ${sign} for ${apiKey} (${passphrase})`, sign, apiKey }],
        },
        { 'x-request-sign': sign ?? '' },
      )
    }
    const client = createClient({
      exchange: okx,
      signer: okx.createSigner({ apiKey, secret, passphrase }),
      fetch,
    })
    const error = await client.get('/api/v5/account/balance').catch((e: unknown) => e)
    expect(isSignetError(error, 'invalid-signature')).toBe(true)
    if (!isExchangeError(error)) throw error
    const sign = sent!.get('OK-ACCESS-SIGN')!
    expect(sign.length).toBeGreaterThan(16)
    expect(error.code).toBe('50113')
    expect(error.response?.status).toBe(401)
    expect(error.response?.headers['x-request-sign']).toBe('[redacted]')
    expect(error.data).toMatchObject({
      code: '50113',
      msg: 'Invalid Sign',
      data: [{ sign: '[redacted]', apiKey: '[redacted]' }],
    })
    const kept = JSON.stringify({ data: error.data, response: error.response })
    for (const value of [sign, sign.slice(0, 16), apiKey, secret, passphrase])
      expect(kept).not.toContain(value)
    expect(kept).toContain('7d5c') // the key's first 4 characters say which key it was
  })

  it('error: a failed server-time answer keeps its body and status', async () => {
    const fetch = async () => json(503, { code: '50001', msg: 'Service temporarily unavailable', data: [] })
    const error = await createClient({ exchange: okx, fetch })
      .fetchServerTime()
      .catch((e: unknown) => e)
    if (!isExchangeError(error)) throw error
    expect(error).toMatchObject({
      kind: 'exchange',
      code: '50001',
      data: { code: '50001' },
      response: { status: 503 },
    })
  })

  it('error: a 2xx answer that is not JSON keeps the (redacted, cut) text', async () => {
    const fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const request = new Request(input, init)
      if (request.url.endsWith('/api/v5/public/time')) return time()
      return new Response(`<html><title>Portal</title>${request.headers.get('OK-ACCESS-KEY')}</html>`, {
        status: 200,
      })
    }
    const client = createClient({
      exchange: okx,
      signer: okx.createSigner({ apiKey, secret, passphrase }),
      fetch,
    })
    const error = await client.get('/api/v5/account/balance').catch((e: unknown) => e)
    if (!isExchangeError(error)) throw error
    expect(error.data).toEqual(expect.stringContaining('<title>Portal</title>'))
    expect(String(error.data)).not.toContain(apiKey)
    expect(error.response?.status).toBe(200)
  })
})
