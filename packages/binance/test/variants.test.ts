import { createHmac, createPublicKey } from 'node:crypto'
import type { RequestIntent } from '@signet/core'
import { checkSignatureVariants } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { binanceDiagnosis, binanceSignatureVariants } from '../src/diagnose/index'
import { binanceExamples } from '../src/emulate/index'
import { createBinanceSigner } from '../src/index'
import { binanceVerification } from '../src/verify/index'
import { BN_2_RAW_SIGNATURE, DOC_API_KEY, DOC_SECRET, ED25519_RFC8032_PEM, restVectors } from './vectors'

const credentials = { apiKey: DOC_API_KEY, secret: DOC_SECRET }
const T = 1_700_000_000_000
const mixed: RequestIntent = {
  method: 'POST',
  path: '/api/v3/order',
  params: { symbol: '币安人生USDT', side: 'BUY' },
  form: { quantity: '0.01000000', price: '0.00000010', newClientOrderId: 'my order (1)!' },
  security: 'signed',
}

describe('binanceSignatureVariants', () => {
  it('default: BN-2 gives the doc signature as `correct` and the BN-2raw signature as `unencoded` (spec §9)', () => {
    const v = binanceSignatureVariants({
      credentials,
      intent: restVectors[1]!.intent,
      timestamp: 1499827319559,
      windowMs: 5000,
    })
    expect(v[0]).toMatchObject({
      id: 'correct',
      signature: 'e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3',
    })
    expect(v.find((x) => x.id === 'unencoded')).toMatchObject({
      signedText:
        'symbol=１２３４５６&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
      signature: BN_2_RAW_SIGNATURE,
    })
    const seconds = v.find((x) => x.id === 'timestamp-seconds')!
    expect(seconds.signedText.endsWith('&timestamp=1499827319')).toBe(true)
  })

  it('behavior: at least 8 distinct wrong ways, each described in one sentence, correct first, signatures unique', () => {
    const v = binanceSignatureVariants({ credentials, intent: mixed, timestamp: T, windowMs: 5000 })
    expect(v.map((x) => x.id)).toMatchInlineSnapshot(`
      [
        "correct",
        "unencoded",
        "url-search-params",
        "encode-uri-component",
        "double-encoded",
        "sorted",
        "numbers-reformatted",
        "recv-window-not-signed",
        "timestamp-not-signed",
        "timestamp-seconds",
        "query-body-ampersand",
        "websocket-style",
        "secret-trailing-newline",
        "base64-digest",
      ]
    `)
    checkSignatureVariants(v, { secrets: [DOC_SECRET] })
    // Hand-derived examples of what three of them sign (spec §2, §10):
    const text = (id: string) => v.find((x) => x.id === id)!.signedText
    expect(text('query-body-ampersand')).toContain('side=BUY&quantity=0.01000000')
    expect(text('url-search-params')).toContain('newClientOrderId=my+order+%281%29%21')
    expect(text('numbers-reformatted')).toContain('quantity=0.01&price=1e-7')
    // secret-trailing-newline: same text, key = secret + "\n" (computed independently here).
    const newline = v.find((x) => x.id === 'secret-trailing-newline')!
    expect(newline.signature).toBe(
      createHmac('sha256', `${DOC_SECRET}\n`).update(v[0]!.signedText).digest('hex'),
    )
  })

  it('behavior: the verifier accepts only the correct variant; every other signature is -1022 on the same wire', () => {
    const signed = createBinanceSigner(credentials).signSync!(mixed, { timestamp: T, windowMs: 5000 })
    const verifier = binanceVerification.createVerifier({ keys: [credentials], now: () => T })
    expect(binanceDiagnosis.stringToSign({ ...signed, body: signed.body! })).toBe(
      binanceSignatureVariants({ credentials, intent: mixed, timestamp: T, windowMs: 5000 })[0]!.signedText,
    )
    for (const v of binanceSignatureVariants({ credentials, intent: mixed, timestamp: T, windowMs: 5000 })) {
      const body = signed.body!.replace(/signature=.*$/, `signature=${encodeURIComponent(v.signature)}`)
      const result = verifier.verify({ ...signed, body })
      if (v.id === 'correct') expect(result.ok).toBe(true)
      else expect(result, v.id).toMatchObject({ ok: false, code: -1022 })
    }
  })

  it('args: an Ed25519 key gets the hex-signature variant instead of the HMAC-only ones', () => {
    const v = binanceSignatureVariants({
      credentials: { apiKey: DOC_API_KEY, privateKey: ED25519_RFC8032_PEM },
      intent: mixed,
      timestamp: T,
    })
    const ids = v.map((x) => x.id)
    expect(ids).toContain('hex-signature')
    expect(ids).not.toContain('secret-trailing-newline')
    expect(ids).not.toContain('recv-window-not-signed')
    const signed = createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: ED25519_RFC8032_PEM }).signSync!(
      mixed,
      { timestamp: T },
    )
    const verifier = binanceVerification.createVerifier({
      keys: [{ apiKey: DOC_API_KEY, publicKey: createPublicKey(ED25519_RFC8032_PEM) }],
      now: () => T,
    })
    expect(verifier.verify({ ...signed, body: signed.body! }).ok).toBe(true)
    expect(decodeURIComponent(/signature=(.*)$/.exec(signed.body!)![1]!)).toBe(v[0]!.signature)
  })

  it('behavior: variants that sign the correct text anyway are left out (plain ASCII, no recvWindow)', () => {
    const v = binanceSignatureVariants({ credentials, intent: binanceExamples.account, timestamp: T })
    const ids = v.map((x) => x.id)
    expect(ids).not.toContain('unencoded')
    expect(ids).not.toContain('rfc3986')
    expect(ids).toContain('timestamp-seconds')
  })
})
