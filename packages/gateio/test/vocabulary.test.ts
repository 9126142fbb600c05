import { createHmac } from 'node:crypto'
import { CredentialFormatError, UnsupportedError } from '@signet/core'
import { thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { createGateioSigner } from '../src/index'

// Gate's documentation key and secret (spec gateio.md §8: key `key`, secret `secret`).
const signer = createGateioSigner({ apiKey: 'key', secret: 'secret', now: () => 1_541_993_715_000 })
const get = { method: 'GET', path: '/api/v4/spot/accounts', security: 'signed' } as const

describe('vocabulary: windowMs, passphrases, WebSocket auth', () => {
  it('error: windowMs is refused with UnsupportedError before signing (fixed 60 s window, spec gateio.md §4)', async () => {
    const error = thrown(() => signer.signSync(get, { windowMs: 5000 }))
    expect(error).toBeInstanceOf(UnsupportedError)
    expect(error).toMatchObject({ feature: 'windowMs', exchange: 'gateio' })
    await expect(signer.signWebSocketAuth({ windowMs: 5000 })).rejects.toBeInstanceOf(UnsupportedError)
  })

  it('error: either passphrase is refused by its own name', () => {
    expect(
      thrown(() => createGateioSigner({ apiKey: 'key', secret: 'secret', passphrase: 'p' })),
    ).toMatchObject({
      field: 'passphrase',
    })
    const error = thrown(() =>
      createGateioSigner({ apiKey: 'key', secret: 'secret', privateKeyPassphrase: 'p' }),
    )
    expect(error).toBeInstanceOf(CredentialFormatError)
    expect(error).toMatchObject({ field: 'privateKeyPassphrase' })
  })

  it("default: signWebSocketAuth is the spot.login request on the signer's clock (wire snapshot, spec gateio.md §7)", async () => {
    const login = await signer.signWebSocketAuth({ reqId: 'login-1' })
    expect(login).toMatchInlineSnapshot(`
      {
        "channel": "spot.login",
        "event": "api",
        "payload": {
          "api_key": "key",
          "req_id": "login-1",
          "signature": "${login.payload.signature}",
          "timestamp": "1541993715",
        },
        "time": 1541993715,
      }
    `)
    // Independent recomputation: Gate's login example signs `api\\n<channel>\\n<empty req_param>\\n<seconds>`.
    const expected = createHmac('sha512', 'secret').update('api\nspot.login\n\n1541993715').digest('hex')
    expect(login.payload.signature).toBe(expected)
  })

  it('args: futures.login and a per-call timestamp (seconds, truncated)', async () => {
    const login = await signer.signWebSocketAuth({ channel: 'futures.login', timestamp: 1_700_000_000_999 })
    expect(login.channel).toBe('futures.login')
    expect(login.payload.timestamp).toBe('1700000000')
    expect(login.payload.signature).toBe(
      createHmac('sha512', 'secret').update('api\nfutures.login\n\n1700000000').digest('hex'),
    )
  })
})

describe('vocabulary: private channel auth on the signer, in ms', () => {
  it("default: signWebSocketChannelAuth signs channel=…&event=…&time=<s> on the signer's clock (spec gateio.md §7)", async () => {
    const signed = await signer.signWebSocketChannelAuth({ channel: 'spot.orders', event: 'subscribe' })
    expect(signed).toEqual({
      time: 1541993715,
      auth: {
        method: 'api_key',
        KEY: 'key',
        SIGN: createHmac('sha512', 'secret')
          .update('channel=spot.orders&event=subscribe&time=1541993715')
          .digest('hex'),
      },
    })
    const perCall = await signer.signWebSocketChannelAuth({
      channel: 'spot.orders',
      event: 'subscribe',
      timestamp: 1_700_000_000_999,
    })
    expect(perCall.time).toBe(1_700_000_000)
  })

  it('error: a channel or event that is not a name, or a timestamp in seconds, is a typed error', async () => {
    await expect(
      signer.signWebSocketChannelAuth({ channel: 'spot.orders&event=x', event: 'subscribe' }),
    ).rejects.toMatchObject({ field: 'channel' })
    await expect(
      signer.signWebSocketChannelAuth({
        channel: 'spot.orders',
        event: 'subscribe',
        timestamp: 1_700_000_000,
      }),
    ).rejects.toMatchObject({ field: 'timestamp' })
  })
})
