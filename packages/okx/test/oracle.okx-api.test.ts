import { createRequire } from 'node:module'
import fc from 'fast-check'
import { RestClient, WebsocketClient } from 'okx-api'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { okxDiagnosis } from '../src/diagnose/index'
import { createOkxSigner } from '../src/index'
import { bodyArb, nameArb, paramsArb, pathArb, plainValueArb, timestampArb, valueArb } from './_arbitraries'

// Made-up key for the oracle runs.
const apiKey = '3b0a1f7e-2c4d-4e5f-8a9b-0c1d2e3f4a5b'
const secret = '0F1E2D3C4B5A69788796A5B4C3D2E1F0'
const passphrase = 'OkxApi-Oracle-7'

// okx-api 3.2.3 (tiagosiebler): BaseRestClient.signRequest(isPublic, tsISO, method, endpoint, params) builds
// `tsISO + method + endpoint + serializeParams(params)` and signs it with WebCrypto; no network is touched.
const client = new RestClient({ apiKey, apiSecret: secret, apiPass: passphrase }) as any
let prehash = ''
const originalSignMessage = client.signMessage.bind(client)
client.signMessage = (message: string, ...rest: unknown[]) => {
  prehash = message
  return originalSignMessage(message, ...rest)
}
async function okxApiSign(method: 'GET' | 'POST', endpoint: string, params: unknown, timestamp: number) {
  const result = await client.signRequest(
    false,
    new Date(timestamp).toISOString(),
    method,
    endpoint,
    structuredClone(params),
  )
  return { prehash, sign: result.sign as string }
}

// The HTTP layer okx-api sends with: axios, resolved from okx-api's own dependencies.
const axios = createRequire(import.meta.resolve('okx-api'))('axios')

const signer = createOkxSigner({ apiKey, secret, passphrase })

describe('oracle: okx-api', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('behavior: GET with values no encoder changes gives the same prehash and signature', async () => {
    await fc.assert(
      fc.asyncProperty(pathArb, paramsArb(plainValueArb), timestampArb, async (path, params, timestamp) => {
        const endpoint = `/api/v5/${path}`
        const signed = signer.signSync!(
          { method: 'GET', path: endpoint, params, security: 'signed' },
          { timestamp },
        )
        const theirs = await okxApiSign('GET', endpoint, params, timestamp)
        expect(theirs.prehash).toBe(okxDiagnosis.stringToSign({ ...signed, body: '' }))
        expect(theirs.sign).toBe(signed.headers['OK-ACCESS-SIGN'])
      }),
      { numRuns: 1000 },
    )
  })

  it('behavior: POST bodies give the same prehash and signature', async () => {
    await fc.assert(
      fc.asyncProperty(pathArb, bodyArb, timestampArb, async (path, body, timestamp) => {
        const endpoint = `/api/v5/${path}`
        const signed = signer.signSync!(
          { method: 'POST', path: endpoint, body, security: 'signed' },
          { timestamp },
        )
        const theirs = await okxApiSign('POST', endpoint, body, timestamp)
        expect(theirs.prehash).toBe(okxDiagnosis.stringToSign({ ...signed, body: signed.body ?? '' }))
        expect(theirs.sign).toBe(signed.headers['OK-ACCESS-SIGN'])
      }),
      { numRuns: 1000 },
    )
  })

  it('behavior: for values that need escaping Signet sends the bytes it signed, okx-api does not', async () => {
    // Disagreement (spec okx.md §2, open question 1): okx-api signs `key=value` raw, then axios re-encodes the
    // query it sends (space as +, @ as %40, ...). OKX hashes the requestPath it receives, so the signature
    // covers other bytes than the wire. Signet percent-encodes once and signs that exact text.
    const needsEscape = fc.string({ unit: fc.constantFrom(...' @/?&=+#%"é✓<>'), minLength: 1, maxLength: 8 })
    await fc.assert(
      fc.asyncProperty(
        nameArb,
        fc.tuple(valueArb, needsEscape).map(([a, b]) => `${a}${b}`),
        timestampArb,
        async (name, value, timestamp) => {
          const endpoint = '/api/v5/account/bills'
          const params = { [name]: value }
          const signed = signer.signSync!(
            { method: 'GET', path: endpoint, params, security: 'signed' },
            { timestamp },
          )
          // Signet: the signed requestPath is the URL, and a WHATWG URL parser (fetch, undici, ky) keeps it as is.
          const prehash = okxDiagnosis.stringToSign({ ...signed, body: '' })
          expect(prehash).toBe(`${signed.headers['OK-ACCESS-TIMESTAMP']}GET${signed.url}`)
          const wire = new URL(signed.url, 'https://www.okx.com')
          expect(wire.pathname + wire.search).toBe(signed.url)
          // okx-api: what it signs is not what axios puts on the wire.
          const theirs = await okxApiSign('GET', endpoint, params, timestamp)
          const signedPath = theirs.prehash.slice(signed.headers['OK-ACCESS-TIMESTAMP']!.length + 3)
          const sent = new URL(axios.getUri({ url: `https://www.okx.com${endpoint}`, params }))
          expect(signedPath).not.toBe(sent.pathname + sent.search)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('behavior: WS login equals okx-api getWsAuthSignature at a fixed clock', async () => {
    // okx-api computes (Date.now()/1000).toFixed(0), i.e. rounds; Signet rounds down so the login is never
    // ahead of server time (spec okx.md §7). They agree for the first half of every second.
    const timestamps = [1_538_054_050_000, 1_700_000_000_499, 1_760_000_123_250]
    for (const ms of timestamps) {
      vi.useFakeTimers({ now: ms })
      const fake = {
        logger: { trace() {}, info() {} },
        options: {},
        signMessage: (WebsocketClient.prototype as any).signMessage,
      }
      const theirs = await (WebsocketClient.prototype as any).getWsAuthSignature.call(fake, 'prodPrivate', {
        apiKey,
        apiSecret: secret,
      })
      vi.useRealTimers()
      const ours = (await signer.signWebSocketAuth({ timestamp: ms })).args[0]
      expect(ours.timestamp).toBe(theirs.timestamp)
      expect(ours.sign).toBe(theirs.signature)
    }
  })
})
