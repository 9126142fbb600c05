// Oracle: bybit-api 4.7.7 (tiagosiebler/sieblyio, the popular Node SDK Bybit's guide links to). Its REST
// client's buildRequest() signs without network when time sync is off; Date.now is pinned to T.
// What it does (lib/util/BaseRestClient.js signRequest, lib/util/requestUtils.js serializeParams):
//   GET:  timestamp + key + recvWindow + serializeParams(params) with encodeURIComponent values, unsorted,
//         and appends that same string to the URL (the comma fix, spec §2, sieblyio/bybit-api#422).
//   POST: timestamp + key + recvWindow + JSON.stringify(params); axios sends JSON.stringify(data) again.
// HMAC lowercase hex; a secret containing "PRIVATE KEY" is RSA PKCS#1 v1.5 SHA-256 base64 (webCryptoAPI.ts).
import { createPublicKey } from 'node:crypto'
import { RestClientV5, WebsocketClient } from 'bybit-api'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bybitStringToSign } from '../src/diagnose/index'
import { createBybitSigner } from '../src/index'
import { createBybitVerifier } from '../src/verify/index'
import { flatParams, hasSubDelims, jsonBody, T } from './_arbitraries'
import { RSA_TEST_PEM } from './vectors'

const HOST = 'https://api.bybit.com'
const KEY = 'oracle-key-1'
const SECRET = 'oracleSecret0123456789'
const RSA_KEY = 'oracle-rsa-key'

const verifier = createBybitVerifier({
  keys: [
    { apiKey: KEY, secret: SECRET },
    // The public half of the spec's TEST-ONLY RSA key.
    { apiKey: RSA_KEY, publicKey: createPublicKey(RSA_TEST_PEM) },
  ],
  now: () => T,
})

type Built = { url: string; headers: Record<string, unknown>; data?: unknown; method: string }

/** bybit-api's request as it goes on the wire: header values as text, the axios JSON body for POST. */
function wire(built: Built) {
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(built.headers)) headers[k] = String(v)
  return {
    method: built.method,
    url: built.url.slice(HOST.length),
    headers,
    body: built.method === 'POST' ? JSON.stringify(built.data) : '',
  }
}

beforeEach(() => {
  vi.spyOn(Date, 'now').mockReturnValue(T)
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe.each([
  { name: 'HMAC', apiKey: KEY, credentials: { apiKey: KEY, secret: SECRET }, secret: SECRET, runs: 1500 },
  // RSA signing is ~1 ms per request, so fewer runs; PKCS#1 v1.5 is deterministic, so signatures compare.
  {
    name: 'RSA',
    apiKey: RSA_KEY,
    credentials: { apiKey: RSA_KEY, privateKey: RSA_TEST_PEM },
    secret: RSA_TEST_PEM,
    runs: 150,
  },
])('bybit-api oracle ($name)', ({ apiKey, credentials, secret, runs }) => {
  const signer = createBybitSigner(credentials)
  // buildRequest is private in the SDK's types: it is the signing step of every REST call, minus the network.
  const client = new RestClientV5({ key: apiKey, secret }) as unknown as {
    buildRequest(method: string, url: string, params: unknown, isPublicApi: boolean): Promise<Built>
  }
  const path = '/v5/order/realtime'

  it('behavior: GET string to sign, URL and signature equal bybit-api where it encodes like RFC 3986', async () => {
    await fc.assert(
      fc.asyncProperty(flatParams, async (params) => {
        const ours = signer.signSync({ method: 'GET', path, params, security: 'signed' }, { timestamp: T })
        const theirs = wire(await client.buildRequest('GET', HOST + path, { ...params }, false))
        const ourText = bybitStringToSign({ ...ours, body: '' })
        const theirText = `${theirs.headers['X-BAPI-TIMESTAMP']}${apiKey}${theirs.headers['X-BAPI-RECV-WINDOW']}${theirs.url.split('?')[1] ?? ''}`
        if (!hasSubDelims(params)) {
          expect(ourText).toBe(theirText)
          expect(ours.url).toBe(theirs.url)
          expect(ours.headers['X-BAPI-SIGN']).toBe(theirs.headers['X-BAPI-SIGN'])
        } else {
          // Disagreement (spec §2: the encoding is not specified, the server hashes the query as received):
          // bybit-api uses encodeURIComponent, which leaves ! ' ( ) * raw; Signet encodes them (RFC 3986) so no
          // URL parser re-encodes the query after signing (a raw ' becomes %27 in a WHATWG URL). Same text
          // once decoded, and Bybit accepts both as long as each is sent as signed.
          expect(decodeURIComponent(ours.url)).toBe(decodeURIComponent(theirs.url))
          expect(ourText).not.toBe(theirText)
        }
        expect(verifier.verify(theirs)).toMatchObject({ ok: true, apiKey })
        expect(verifier.verify({ ...ours, body: '' })).toMatchObject({ ok: true, apiKey })
      }),
      { numRuns: runs },
    )
  })

  it('behavior: POST string to sign, body and signature equal bybit-api', async () => {
    await fc.assert(
      fc.asyncProperty(jsonBody, async (body) => {
        const ours = signer.signSync(
          { method: 'POST', path: '/v5/order/create', body, security: 'signed' },
          { timestamp: T },
        )
        const theirs = wire(
          await client.buildRequest('POST', `${HOST}/v5/order/create`, structuredClone(body), false),
        )
        expect(ours.body).toBe(theirs.body)
        expect(bybitStringToSign({ ...ours, body: ours.body! })).toBe(
          `${T}${apiKey}5000${JSON.stringify(body)}`,
        )
        expect(ours.headers['X-BAPI-SIGN']).toBe(theirs.headers['X-BAPI-SIGN'])
        expect(verifier.verify(theirs)).toMatchObject({ ok: true, apiKey })
      }),
      { numRuns: runs },
    )
  })

  it('behavior: WebSocket auth signature equals bybit-api for its expiry (now + 5000)', async () => {
    const ws = new WebsocketClient({ key: apiKey, secret })
    const theirs = await (
      ws as unknown as { getWsAuthSignature(k: string): Promise<{ expiresAt: number; signature: string }> }
    ).getWsAuthSignature('v5Private')
    const ours = await signer.signWebSocketAuth({ timestamp: T })
    expect(ours.args).toEqual([apiKey, theirs.expiresAt, theirs.signature])
  })
})
