import { createPublicKey, verify } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  BYBIT_WS_AUTH_EXPIRES_IN_MS,
  bybitHosts,
  bybitWsAuthText,
  bybitWsTradeHeader,
  createBybitSigner,
} from '../src/index'
import { BY_KEY, BY_SECRET, RSA_TEST_PEM, wsVector } from './vectors'

const signer = createBybitSigner({ apiKey: BY_KEY, secret: BY_SECRET })

describe('private-stream auth (spec §7)', () => {
  it('default: the documented message layout, expiring 5 s after the server-aligned now', () => {
    const message = signer.wsAuthSync({
      timestamp: wsVector.expires - BYBIT_WS_AUTH_EXPIRES_IN_MS,
      reqId: '10001',
    })
    // [WS]: {"req_id":"10001","op":"auth","args":["<apiKey>", <expires>, "<signature>"]}; signature BY-S4.
    expect(JSON.stringify(message)).toBe(
      `{"req_id":"10001","op":"auth","args":["TESTKEY123",1662350400000,"${wsVector.signature}"]}`,
    )
  })

  it('args: expiresInMs sets the lead; a fractional clock reading is floored', async () => {
    const message = await signer.wsAuth({ timestamp: 1662350390000.9, expiresInMs: 10000 })
    expect(message.args).toEqual([BY_KEY, wsVector.expires, wsVector.signature])
  })

  it("behavior: without `now` the signer's clock is used", () => {
    const clocked = createBybitSigner({
      apiKey: BY_KEY,
      secret: BY_SECRET,
      now: () => wsVector.expires - 3000,
    })
    expect(clocked.wsAuthSync({ expiresInMs: 3000 }).args[2]).toBe(wsVector.signature)
  })

  it('behavior: an RSA key signs the same text, base64 PKCS#1 v1.5 ([EX-WSRSA])', () => {
    const rsa = createBybitSigner({ apiKey: BY_KEY, privateKey: RSA_TEST_PEM })
    const [, expires, signature] = rsa.wsAuthSync({ timestamp: 1662350395000 }).args
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
      bybitWsTradeHeader({ timestamp: 1711001595207, recvWindow: 8000, referer: 'bot-001' }),
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
