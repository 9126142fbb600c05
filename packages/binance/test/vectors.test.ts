import { createPublicKey } from 'node:crypto'
import type { SignedRequest } from '@signet/core'
import { expectVector } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { binanceDiagnosis } from '../src/diagnose/index'
import { createBinanceSigner } from '../src/index'
import { createBinanceVerifier } from '../src/verify/index'
import {
  BN_2_RAW_SIGNATURE,
  BN_S2,
  DOC_API_KEY,
  DOC_SECRET,
  ED25519_RFC8032_PEM,
  restVectors,
  WS_ED_API_KEY,
  wsVectors,
} from './vectors'

const raw = (r: SignedRequest) => ({ method: r.method, url: r.url, headers: r.headers, body: r.body ?? '' })
const timestampOf = (r: SignedRequest) => Number(/timestamp=(\d+)/.exec(`${r.url}&${r.body ?? ''}`)![1])

describe('REST vectors (spec binance.md §9) through signer.sign', () => {
  for (const v of restVectors) {
    it(`default: ${v.name}`, async () => {
      const signed = await createBinanceSigner(v.credentials).sign(v.intent, v.options)
      expectVector(signed, v)
      // The same bytes through signSync.
      expect(createBinanceSigner(v.credentials).signSync!(v.intent, v.options)).toEqual(signed)
    })

    it(`behavior: the verifier accepts ${v.name} at its own timestamp`, async () => {
      const signed = await createBinanceSigner(v.credentials).sign(v.intent, v.options)
      const c = v.credentials
      const key =
        c.secret !== undefined
          ? { apiKey: c.apiKey, secret: c.secret as string }
          : { apiKey: c.apiKey, publicKey: createPublicKey(c.privateKey as string) }
      const result = createBinanceVerifier({ keys: [key], now: () => timestampOf(signed) }).verify(
        raw(signed),
      )
      expect(result).toMatchObject({ ok: true, apiKey: c.apiKey })
    })
  }

  it('behavior: BN-2raw, the pre-2026 signature over the unencoded symbol, is now rejected with -1022', async () => {
    const signed = await createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET }).sign(
      restVectors[1]!.intent,
      restVectors[1]!.options,
    )
    const old = {
      ...raw(signed),
      url: signed.url.replace(/signature=[0-9a-f]+$/, `signature=${BN_2_RAW_SIGNATURE}`),
    }
    const result = createBinanceVerifier({
      keys: [{ apiKey: DOC_API_KEY, secret: DOC_SECRET }],
      now: () => 1499827319559,
    }).verify(old)
    expect(result).toMatchObject({ ok: false, code: -1022, response: { status: 400 } })
  })

  it('behavior: stringToSign of BN-3 as received is the doc payload (query + body, no separator)', async () => {
    const signed = await createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET }).sign(
      restVectors[2]!.intent,
      restVectors[2]!.options,
    )
    // [SPOT-REST] old example 3: the text signed is "...timeInForce=GTCquantity=1..." (spec §2).
    expect(binanceDiagnosis.stringToSign(raw(signed))).toBe(
      'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
    )
  })
})

describe('WebSocket API vectors (spec binance.md §7, §9)', () => {
  const hmacSigner = createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET })
  for (const v of wsVectors) {
    it(`default: ${v.name}`, () => {
      const params = hmacSigner.signWebSocketParamsSync(v.params, v.options)
      expect(params.signature).toBe(v.signature)
      expect(params.apiKey).toBe(DOC_API_KEY)
      expect(params.timestamp).toBe(v.options.timestamp)
      // signature last, the other params in signing (sorted) order
      expect(Object.keys(params).at(-1)).toBe('signature')
      expect(Object.keys(params).slice(0, -1)).toEqual(Object.keys(params).slice(0, -1).sort())
    })
  }

  it('default: BN-S2 Ed25519 session.logon is signer.signWebSocketAuth (wire snapshot)', async () => {
    const signer = createBinanceSigner({ apiKey: WS_ED_API_KEY, privateKey: ED25519_RFC8032_PEM })
    expect(await signer.signWebSocketAuth({ id: 'logon-1', timestamp: BN_S2.timestamp })).toEqual({
      id: 'logon-1',
      method: 'session.logon',
      params: { apiKey: WS_ED_API_KEY, signature: BN_S2.signature, timestamp: BN_S2.timestamp },
    })
  })
})
