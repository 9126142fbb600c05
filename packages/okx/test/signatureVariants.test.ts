import { createHmac } from 'node:crypto'
import { checkSignatureVariants } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { okxDiagnosis } from '../src/diagnose/index'
import { createOkxSigner } from '../src/index'
import { createOkxVerifier } from '../src/verify/index'
import { DOC_API_KEY, DOC_PASSPHRASE, DOC_SECRET, DOC_TIMESTAMP_MS } from './vectors'

const credentials = { apiKey: DOC_API_KEY, secret: DOC_SECRET, passphrase: DOC_PASSPHRASE }
const get = {
  method: 'GET',
  path: '/api/v5/account/bills',
  params: { instType: 'SPOT', note: 'a b@c', ccy: 'BTC' },
  security: 'signed',
} as const
const post = {
  method: 'POST',
  path: '/api/v5/account/set-leverage',
  body: { instId: 'BTC-USDT', lever: '5', mgnMode: 'isolated' },
  security: 'signed',
} as const
const hmac = (secret: string, text: string, encoding: 'base64' | 'hex' = 'base64') =>
  createHmac('sha256', secret).update(text).digest(encoding)

describe('okxDiagnosis.signatureVariants', () => {
  it('default: correct comes first and equals the signer; at least 8 distinct wrong ways for GET and POST', async () => {
    for (const intent of [get, post]) {
      const variants = okxDiagnosis.signatureVariants({ credentials, intent, timestamp: DOC_TIMESTAMP_MS })
      const signed = await createOkxSigner(credentials).sign(intent, { timestamp: DOC_TIMESTAMP_MS })
      checkSignatureVariants(variants, { signature: signed.headers['OK-ACCESS-SIGN'], secrets: [DOC_SECRET] })
    }
  })

  it('behavior: the GET ids', () => {
    expect(
      okxDiagnosis
        .signatureVariants({ credentials, intent: get, timestamp: DOC_TIMESTAMP_MS })
        .map((v) => v.id),
    ).toMatchInlineSnapshot(`
      [
        "correct",
        "timestamp-no-ms",
        "timestamp-no-z",
        "timestamp-utc-offset",
        "timestamp-unix-ms",
        "timestamp-unix-seconds",
        "method-lowercase",
        "host-in-path",
        "query-omitted",
        "query-unencoded",
        "query-form-encoded",
        "query-sorted",
        "body-on-get",
        "hex-output",
        "secret-trailing-newline",
        "passphrase-as-secret",
      ]
    `)
  })

  it('behavior: signed texts and signatures match hand-derived forms (spec okx.md §9 OKX-S2 and §10)', () => {
    const byId = Object.fromEntries(
      okxDiagnosis
        .signatureVariants({ credentials, intent: post, timestamp: DOC_TIMESTAMP_MS })
        .map((v) => [v.id, v]),
    )
    const body = '{"instId":"BTC-USDT","lever":"5","mgnMode":"isolated"}'
    expect(byId.correct?.signature).toBe('eCnnCgWLjlQ9XnpUkrcny3qNq3WW/81KNrDr/XR6Xv8=')
    expect(byId['timestamp-no-ms']?.signedText).toBe(
      `2020-12-08T09:08:57ZPOST/api/v5/account/set-leverage${body}`,
    )
    expect(byId['timestamp-unix-ms']?.signedText).toBe(`1607418537715POST/api/v5/account/set-leverage${body}`)
    expect(byId['method-lowercase']?.signedText).toBe(
      `2020-12-08T09:08:57.715Zpost/api/v5/account/set-leverage${body}`,
    )
    expect(byId['json-spacing']?.signedText).toBe(
      '2020-12-08T09:08:57.715ZPOST/api/v5/account/set-leverage{"instId": "BTC-USDT", "lever": "5", "mgnMode": "isolated"}',
    )
    const correctText = `2020-12-08T09:08:57.715ZPOST/api/v5/account/set-leverage${body}`
    expect(byId['hex-output']?.signature).toBe(hmac(DOC_SECRET, correctText, 'hex'))
    expect(byId['secret-trailing-newline']?.signature).toBe(hmac(`${DOC_SECRET}\n`, correctText))
    expect(byId['passphrase-as-secret']?.signature).toBe(hmac(DOC_PASSPHRASE, correctText))
  })

  it('behavior: the query variants show unencoded, form-encoded and sorted forms', () => {
    const byId = Object.fromEntries(
      okxDiagnosis
        .signatureVariants({ credentials, intent: get, timestamp: DOC_TIMESTAMP_MS })
        .map((v) => [v.id, v.signedText]),
    )
    const ts = '2020-12-08T09:08:57.715ZGET/api/v5/account/bills'
    expect(byId.correct).toBe(`${ts}?instType=SPOT&note=a%20b%40c&ccy=BTC`)
    expect(byId['query-unencoded']).toBe(`${ts}?instType=SPOT&note=a b@c&ccy=BTC`)
    expect(byId['query-form-encoded']).toBe(`${ts}?instType=SPOT&note=a+b%40c&ccy=BTC`)
    expect(byId['query-sorted']).toBe(`${ts}?ccy=BTC&instType=SPOT&note=a%20b%40c`)
    expect(byId['body-on-get']).toBe(`${byId.correct}{}`)
  })

  it('behavior: the verifier rejects every wrong variant put on the wire with 50113', async () => {
    const verifier = createOkxVerifier({ keys: [credentials], now: () => DOC_TIMESTAMP_MS })
    for (const intent of [get, post]) {
      const signed = await createOkxSigner(credentials).sign(intent, { timestamp: DOC_TIMESTAMP_MS })
      for (const v of okxDiagnosis
        .signatureVariants({ credentials, intent, timestamp: DOC_TIMESTAMP_MS })
        .slice(1)) {
        const result = verifier.verify({
          ...signed,
          body: signed.body ?? '',
          headers: { ...signed.headers, 'OK-ACCESS-SIGN': v.signature },
        })
        expect(result, v.id).toMatchObject({ ok: false, code: '50113' })
      }
    }
  })
})
