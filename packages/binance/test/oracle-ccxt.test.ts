import ccxt from 'ccxt'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createBinanceSigner } from '../src/index'
import { createBinanceVerifier } from '../src/verify/index'
import { method, params, recvWindow, timestamp } from './_arbitraries'
import { testKeys } from './_keys'

// Oracle: ccxt 4.5.84 `binance.sign()` (js/src/binance.js). What it does, read from its source:
// - params = extend({ timestamp: nonce() }, params): timestamp FIRST, then the caller's params; recvWindow
//   (options default 10000, or the caller's, cast with safeInteger) stays where the caller put it;
// - GET/DELETE put everything in the query string, POST/PUT in an x-www-form-urlencoded body;
// - values are encoded strictly by RFC 3986 (encodeURIComponent + `!'()*` percent-encoded), as Signet does;
// - HMAC hex, or RSA/Ed25519 base64 passed through encodeURIComponent; `&signature=` appended last.
// Signet takes timestamp and window from the sign options only, so its timestamp comes last.
const keys = testKeys()

function ccxtFor(type: keyof typeof keys) {
  const c = keys[type].credentials as { apiKey: string; secret?: string; privateKey?: string }
  const ex = new ccxt.binance({ apiKey: c.apiKey, secret: c.secret ?? c.privateKey })
  return ex
}

const toRaw = (r: { url: string; method: string; headers: Record<string, string>; body?: string }) => ({
  method: r.method,
  url: r.url.replace(/^https:\/\/[^/]+/, ''),
  headers: r.headers,
  body: r.body ?? '',
})

describe('oracle: ccxt binance.sign()', () => {
  for (const [type, numRuns] of [
    ['hmac', 1500],
    ['ed25519', 250],
    ['rsa', 150],
  ] as const) {
    it(`behavior: same payload (timestamp placed last), and the verifier accepts ccxt's request and ours (${type})`, () => {
      const ex = ccxtFor(type)
      const signer = createBinanceSigner(keys[type].credentials)
      const verifier = createBinanceVerifier({ keys: [keys[type].verifierKey], now: () => now })
      let now = 0
      fc.assert(
        fc.property(method, params(), recvWindow, timestamp, (m, p, rw, ts) => {
          now = ts
          ex.nonce = () => ts
          // `order/test`, not `order`: ccxt injects a broker newClientOrderId into POST `order`.
          const theirs = ex.sign('order/test', 'private', m, { ...p, recvWindow: rw }) as any
          const inBody = m === 'POST' || m === 'PUT'
          const ours = signer.signSync!(
            {
              method: m,
              path: '/api/v3/order/test',
              ...(inBody ? { form: p } : { params: p }),
              security: 'signed',
            },
            { timestamp: ts, windowMs: rw },
          )
          const theirText: string = inBody ? theirs.body : theirs.url.split('?')[1]
          const ourText = inBody ? ours.body! : ours.url.split('?')[1]!
          // Both encode strictly by RFC 3986 (spec binance.md §2, §10.2), so the payloads agree byte for byte but
          // for where timestamp goes: ccxt writes it first, Signet after recvWindow (BN-1's order), as the sign
          // option is its one source; each signature is then checked by the verifier below.
          const unsigned = (text: string) => text.replace(/&signature=[^&]*$/, '')
          expect(unsigned(ourText)).toBe(
            `${unsigned(theirText).replace(`timestamp=${ts}&`, '')}&timestamp=${ts}`,
          )
          expect(theirs.headers['X-MBX-APIKEY']).toBe(ours.headers['X-MBX-APIKEY'])
          if (inBody) expect(theirs.headers['Content-Type']).toBe(ours.headers['Content-Type'])
          expect(verifier.verify(toRaw(theirs))).toMatchObject({ ok: true })
          expect(verifier.verify(toRaw(ours))).toMatchObject({ ok: true })
        }),
        { numRuns },
      )
    })
  }

  it('behavior: ccxt truncates a decimal recvWindow (safeInteger); Signet sends the 3 decimals Binance allows (spec §4)', () => {
    const ex = ccxtFor('hmac')
    ex.nonce = () => 1_700_000_000_000
    const theirs = ex.sign('account', 'private', 'GET', { recvWindow: '6000.346' }) as any
    const ours = createBinanceSigner(keys.hmac.credentials).signSync!(
      { method: 'GET', path: '/api/v3/account', security: 'signed' },
      { timestamp: 1_700_000_000_000, windowMs: 6000.346 },
    )
    expect(theirs.url).toContain('recvWindow=6000&')
    expect(ours.url).toContain('recvWindow=6000.346&timestamp=1700000000000&')
  })
})

describe('oracle: ccxt.pro binance.signParams() (WebSocket API)', () => {
  // ccxt.pro signs WS params with keysort (Object.keys().sort()) + rawencode (no encoding), apiKey and timestamp
  // included, like spec §7 (ccxt PR #27182 removed WS percent-encoding). Disagreement: signParams first writes
  // options.recvWindow (default 10000) over the caller's recvWindow param and then reads it back, so a recvWindow
  // passed in params is ignored; the oracle is given it through options.recvWindow, as ccxt users must.
  for (const [type, numRuns] of [
    ['hmac', 1000],
    ['ed25519', 150],
  ] as const) {
    it(`behavior: same params and signature for generated requests (${type})`, () => {
      const c = keys[type].credentials as { apiKey: string; secret?: string; privateKey?: string }
      const ex = new ccxt.pro.binance({ apiKey: c.apiKey, secret: c.secret ?? c.privateKey })
      const signer = createBinanceSigner(keys[type].credentials)
      fc.assert(
        fc.property(params(), recvWindow, timestamp, (p, rw, ts) => {
          ex.nonce = () => ts
          ex.options.recvWindow = rw
          const theirs = ex.signParams({ ...p })
          const ours = signer.signWebSocketParamsSync(p, { timestamp: ts, windowMs: rw })
          expect(ours).toEqual(theirs)
        }),
        { numRuns },
      )
    })
  }
})
