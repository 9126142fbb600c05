// Issue 12 for Gate.io: PATCH (spot order amendment) is signed like every other method, and a 200 that is not
// JSON is an error, not a success.
import { createHash, createHmac } from 'node:crypto'
import { createSecret, InvalidParameterError, isSignetError } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { classifyGateioError, createGateioSigner, createGateioWsAuth } from '../src/index'
import { createGateioVerifier } from '../src/verify/index'

const credentials = {
  apiKey: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  secret: 'f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f',
}
const T = 1_700_000_000_123

describe('Gate.io PATCH', () => {
  it('default: PATCH /api/v4/spot/orders/{order_id} (amend) signs METHOD, path, query, SHA-512 of the body and seconds', async () => {
    const signed = await createGateioSigner(credentials).sign(
      {
        method: 'PATCH',
        path: '/api/v4/spot/orders/12345',
        params: { currency_pair: 'BTC_USDT' },
        body: { price: '45000' },
        security: 'signed',
      },
      { timestamp: T },
    )
    const body = '{"price":"45000"}'
    const text = [
      'PATCH',
      '/api/v4/spot/orders/12345',
      'currency_pair=BTC_USDT',
      createHash('sha512').update(body).digest('hex'),
      '1700000000',
    ].join('\n')
    expect(signed).toMatchObject({
      method: 'PATCH',
      url: '/api/v4/spot/orders/12345?currency_pair=BTC_USDT',
      body,
    })
    expect(signed.headers.SIGN).toBe(createHmac('sha512', credentials.secret).update(text).digest('hex'))
    const verifier = createGateioVerifier({ keys: [credentials], now: () => T })
    const result = verifier.verify({
      method: signed.method,
      url: signed.url,
      headers: signed.headers,
      body: signed.body ?? '',
    })
    expect(result.ok).toBe(true)
  })
})

describe('Gate.io 200 answers that are not JSON', () => {
  for (const body of ['<html><title>Wi-Fi login</title></html>', '[{"currency_pair":"BTC_USDT"', 'OK']) {
    it(`error: ${JSON.stringify(body.slice(0, 20))} is classified as an error`, () => {
      expect(classifyGateioError({ status: 200, headers: {}, body })?.kind).toBe('other')
    })
  }

  it('default: JSON 2xx answers (objects and arrays) and empty 204s are successes', () => {
    expect(classifyGateioError({ status: 200, headers: {}, body: '[{"id":"1"}]' })).toBeUndefined()
    expect(classifyGateioError({ status: 200, headers: {}, body: '{"server_time":1}' })).toBeUndefined()
    expect(classifyGateioError({ status: 204, headers: {}, body: '' })).toBeUndefined()
  })
})

describe('Gate.io WebSocket auth', () => {
  it('error: a time of 0 or in milliseconds is refused by name', () => {
    const ws = createGateioWsAuth(credentials)
    for (const time of [0, 1_700_000_000_123, -1]) {
      expect(() => ws.channelAuth('spot.orders', 'subscribe', time)).toThrow(InvalidParameterError)
    }
    expect(ws.channelAuth('spot.orders', 'subscribe', 1_700_000_000).SIGN).toMatch(/^[0-9a-f]{128}$/)
  })

  it('behavior: an apiKey given as a Secret is sent as the key itself', () => {
    const ws = createGateioWsAuth({ ...credentials, apiKey: createSecret(credentials.apiKey) as never })
    expect(ws.channelAuth('spot.orders', 'subscribe', 1_700_000_000).KEY).toBe(credentials.apiKey)
  })

  it('error: null credentials are a typed error', () => {
    let error: unknown
    try {
      createGateioWsAuth(null as never)
    } catch (e) {
      error = e
    }
    expect(isSignetError(error)).toBe(true)
  })
})
