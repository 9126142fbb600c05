import { createPublicKey, verify } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  BYBIT_WEBSOCKET_AUTH_WINDOW_MS,
  bybitHosts,
  bybitWsAuthText,
  bybitWsTradeHeader,
  createBybitSigner,
} from '../src/index'
import { BY_KEY, BY_SECRET, RSA_TEST_PEM, wsVector } from './vectors'

const signer = createBybitSigner({ apiKey: BY_KEY, secret: BY_SECRET })

describe('private-stream auth (spec §7)', () => {
  it('default: the documented message layout, expiring 5 s after the server-aligned now (wire snapshot)', async () => {
    const message = await signer.signWebSocketAuth({
      timestamp: wsVector.expires - BYBIT_WEBSOCKET_AUTH_WINDOW_MS,
      reqId: '10001',
    })
    // [WS]: {"req_id":"10001","op":"auth","args":["<apiKey>", <expires>, "<signature>"]}; signature BY-S4.
    expect(JSON.stringify(message)).toBe(
      `{"req_id":"10001","op":"auth","args":["TESTKEY123",1662350400000,"${wsVector.signature}"]}`,
    )
  })

  it('args: windowMs sets expires = timestamp + windowMs; a fractional clock reading is floored', async () => {
    const message = await signer.signWebSocketAuth({ timestamp: 1662350390000.9, windowMs: 10000 })
    expect(message.args).toEqual([BY_KEY, wsVector.expires, wsVector.signature])
  })

  it("behavior: without a timestamp the signer's clock is used", async () => {
    const clocked = createBybitSigner({
      apiKey: BY_KEY,
      secret: BY_SECRET,
      now: () => wsVector.expires - 3000,
    })
    expect((await clocked.signWebSocketAuth({ windowMs: 3000 })).args[2]).toBe(wsVector.signature)
  })

  it('behavior: an RSA key signs the same text, base64 PKCS#1 v1.5 ([EX-WSRSA])', async () => {
    const rsa = createBybitSigner({ apiKey: BY_KEY, privateKey: RSA_TEST_PEM })
    const [, expires, signature] = (await rsa.signWebSocketAuth({ timestamp: 1662350395000 })).args
    expect(expires).toBe(1662350400000)
    expect(
      verify(
        'sha256',
        Buffer.from('GET/realtime1662350400000'),
        createPublicKey(RSA_TEST_PEM),
        Buffer.from(signature, 'base64'),
      ),
    ).toBe(true)
  })

  it('default: the text is GET/realtime + expires', () => {
    expect(bybitWsAuthText(1662350400000)).toBe('GET/realtime1662350400000')
    expect(() => bybitWsAuthText(1.5)).toThrow(/expires/)
  })
})

describe('order entry (spec §7, [WSTRADE])', () => {
  it('default: header strings with the REST window rule', () => {
    expect(
      bybitWsTradeHeader({ timestamp: 1711001595207, windowMs: 8000, referer: 'bot-001' }),
    ).toMatchInlineSnapshot(`
      {
        "Referer": "bot-001",
        "X-BAPI-RECV-WINDOW": "8000",
        "X-BAPI-TIMESTAMP": "1711001595207",
      }
    `)
    expect(bybitWsTradeHeader({ timestamp: 1711001595207 })['X-BAPI-RECV-WINDOW']).toBe('5000')
  })

  it('default: hosts for private streams and order entry; demo has no order entry', () => {
    expect(bybitHosts.wsPrivate.live).toBe('wss://stream.bybit.com/v5/private')
    expect(bybitHosts.wsTrade.live).toBe('wss://stream.bybit.com/v5/trade')
    expect(bybitHosts.wsPrivate.demo).toBe('wss://stream-demo.bybit.com/v5/private')
    expect('demo' in bybitHosts.wsTrade).toBe(false)
  })
})
