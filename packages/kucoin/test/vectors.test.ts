import { createHmac } from 'node:crypto'
import { ccxtOracle, expectVector } from '@signet/core/testing'
import ccxt from 'ccxt'
import { describe, expect, it } from 'vitest'
import { createKucoinSigner } from '../src/index'
import { ccxtCalls, vectors } from './vectors'

const ccxtKucoin = ccxtOracle(new ccxt.kucoin({}))

describe('vectors', () => {
  for (const v of vectors) {
    it(`default: ${v.name} through the public API`, async () => {
      expectVector(await createKucoinSigner(v.credentials).sign(v.intent, v.options), v)
    })

    it(`behavior: ${v.name} is still what ccxt computes`, () => {
      const call = ccxtCalls[v.name]!
      const c = v.credentials as { apiKey: string; secret: string; passphrase: string }
      const out = ccxtKucoin(c, v.options.timestamp!).sign(call.path, 'private', call.method, call.params)
      for (const [name, value] of Object.entries(v.expected.headers ?? {}))
        expect(out.headers[name]).toBe(value)
      if (v.expected.body !== undefined) expect(out.body).toBe(v.expected.body)
      // ccxt puts the unencoded query on the URL; decoding ours must give the same text.
      expect(decodeURIComponent(v.expected.url!)).toBe(out.url.replace('https://api.kucoin.com', ''))
    })
  }

  it('behavior: KC-3 signs the decoded URL, by hand from the documented rule', async () => {
    // docs-new/authentication: sign `/api/v1/sub/api-key?apiKey=67b3&subName=test&passphrase=abc!@#11`.
    const prehash = '1700000000000GET/api/v1/sub/api-key?apiKey=67b3&subName=test&passphrase=abc!@#11'
    const expected = createHmac('sha256', 'signet-test-secret-0000').update(prehash).digest('base64')
    const v = vectors[2]!
    const signed = await createKucoinSigner(v.credentials).sign(v.intent, v.options)
    expect(signed.headers['KC-API-SIGN']).toBe(expected)
  })
})
