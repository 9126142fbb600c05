import { type SignedRequest, timestampWindow } from '@signet/core'
import { tamperAt } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { krakenExamples } from '../src/emulate/index'
import { createKrakenSigner, kraken } from '../src/index'
import { createKrakenVerifier } from '../src/verify/index'
import { testKey } from './_keys'

const signer = createKrakenSigner(testKey)
const raw = (r: SignedRequest) => ({ ...r, body: r.body ?? '' })
const order = krakenExamples.placeOrder('verifier-1')
const sign = (nonce: bigint, intent = order) => signer.signSync!(intent, { nonce })

describe('createKrakenVerifier', () => {
  it('error: every single-byte tamper is refused with the code of the part it hit', () => {
    const signed = sign(1_700_000_000_000n)
    const codes = new Map<string, Set<string>>()
    const note = (part: string, r: SignedRequest) => {
      // A fresh server each time, so a refusal is never caused by an earlier acceptance.
      const result = createKrakenVerifier({ keys: [testKey], now: () => 0 }).verify(raw(r))
      const code = result.ok ? 'ACCEPTED' : String(result.code)
      codes.set(part, (codes.get(part) ?? new Set()).add(code))
    }
    for (let i = 0; i < signed.url.length; i++) note('path', { ...signed, url: tamperAt(signed.url, i) })
    const body = signed.body!
    const nonceEnd = body.indexOf('&')
    for (let i = 0; i < body.length; i++) {
      note(i < 6 ? 'nonce name' : i < nonceEnd ? 'nonce value' : 'params', {
        ...signed,
        body: tamperAt(body, i),
      })
    }
    for (const name of Object.keys(signed.headers)) {
      const value = signed.headers[name]!
      for (let i = 0; i < value.length; i++) {
        note(`header ${name}`, { ...signed, headers: { ...signed.headers, [name]: tamperAt(value, i) } })
      }
    }
    const seen = Object.fromEntries([...codes].map(([part, set]) => [part, [...set].sort()]))
    expect(seen).toMatchInlineSnapshot(`
      {
        "header API-Key": [
          "EAPI:Invalid key",
        ],
        "header API-Sign": [
          "EAPI:Invalid signature",
        ],
        "header Content-Type": [
          "EAPI:Invalid nonce",
        ],
        "nonce name": [
          "EAPI:Invalid nonce",
        ],
        "nonce value": [
          "EAPI:Invalid signature",
        ],
        "params": [
          "EAPI:Invalid nonce",
          "EAPI:Invalid signature",
        ],
        "path": [
          "EAPI:Invalid signature",
        ],
      }
    `)
  })

  it('behavior: nonces must rise per key; a nonce window accepts that far below the highest, and keys are independent', () => {
    const other = { apiKey: 'OTHERkey', secret: testKey.secret }
    const strict = createKrakenVerifier({ keys: [testKey, other], now: () => 0 })
    const ok = (v: typeof strict, n: bigint, s = signer) => v.verify(raw(s.signSync!(order, { nonce: n }))).ok
    expect(ok(strict, 1000n)).toBe(true)
    expect(ok(strict, 1000n)).toBe(false)
    expect(ok(strict, 999n)).toBe(false)
    expect(ok(strict, 1001n)).toBe(true)
    expect(ok(strict, 5n, createKrakenSigner(other))).toBe(true)
    const windowed = createKrakenVerifier({ keys: [testKey], now: () => 0, nonceWindow: 10_000 })
    expect(ok(windowed, 50_000n)).toBe(true)
    expect(ok(windowed, 40_001n)).toBe(true)
    expect(ok(windowed, 40_000n)).toBe(false)
    // The high-water mark stays at the highest accepted nonce.
    expect(ok(windowed, 45_000n)).toBe(true)
    expect(ok(windowed, 60_001n)).toBe(true)
    expect(ok(windowed, 50_000n)).toBe(false)
  })

  it('error: Kraken error bodies, for a low nonce, a wrong key, a missing nonce and a key without trade permission', () => {
    const verifier = createKrakenVerifier({
      keys: [testKey, { apiKey: 'READONLY', secret: testKey.secret, permissions: ['read'] }],
      now: () => 0,
    })
    verifier.verify(raw(sign(10n)))
    const answer = (r: ReturnType<typeof verifier.verify>) =>
      r.ok ? 'ok' : `${r.response.status} ${r.response.body}`
    expect(answer(verifier.verify(raw(sign(9n))))).toBe('200 {"error":["EAPI:Invalid nonce"],"result":{}}')
    const unknown = { ...sign(11n), headers: { ...sign(11n).headers, 'API-Key': 'nope' } }
    expect(answer(verifier.verify(raw(unknown)))).toBe('200 {"error":["EAPI:Invalid key"],"result":{}}')
    const readOnly = createKrakenSigner({ apiKey: 'READONLY', secret: testKey.secret })
    expect(answer(verifier.verify(raw(readOnly.signSync!(order, { nonce: 1n }))))).toBe(
      '200 {"error":["EGeneral:Permission denied"],"result":{}}',
    )
    expect(verifier.verify(raw(readOnly.signSync!(krakenExamples.account, { nonce: 2n }))).ok).toBe(true)
    const noNonce = { ...sign(12n), body: 'ordertype=limit' }
    expect(answer(verifier.verify(raw(noNonce)))).toBe('200 {"error":["EAPI:Invalid nonce"],"result":{}}')
  })

  it('behavior: accepts JSON bodies, reports params without nonce, and answers time and success like Kraken', () => {
    const verifier = createKrakenVerifier({ keys: [testKey], now: () => 0, paths: ['/0/private/AddOrder'] })
    expect(verifier.verify(raw(sign(1n)))).toMatchObject({
      ok: true,
      params: { ordertype: 'limit', cl_ord_id: 'verifier-1' },
    })
    expect(verifier.verify(raw(sign(2n, { ...krakenExamples.account })))).toMatchObject({
      ok: false,
      code: 'EGeneral:Unknown method',
    })
    expect(verifier.respond.serverTime(1_688_669_448_123)).toMatchInlineSnapshot(`
      {
        "body": "{"error":[],"result":{"unixtime":1688669448,"rfc1123":"Thu, 06 Jul 2023 18:50:48 GMT"}}",
        "headers": {
          "Content-Type": "application/json",
        },
        "status": 200,
      }
    `)
    expect(verifier.respond.ok({ txid: ['X'] }).body).toBe('{"error":[],"result":{"txid":["X"]}}')
    expect(kraken.parseServerTime(JSON.parse(verifier.respond.serverTime(1_688_669_448_123).body))).toBe(
      1_688_669_448_000,
    )
    expect(timestampWindow(kraken.freshness)).toBeUndefined()
  })
})
