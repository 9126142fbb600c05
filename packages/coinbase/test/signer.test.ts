import { isSignetError } from '@signet/core'
import { importSPKI, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { createCoinbaseSigner } from '../src/index'
import { createCoinbaseVerifier } from '../src/verify/index'
import { ecKey, edKey, KEY_NAME, peek, tokenOf } from './_keys'

const T = 1_700_000_000_123
const ec = ecKey()
const ed = edKey()
const fixedNonce = (size: number) => new Uint8Array(size).fill(0xab)

const keys = [
  { name: 'ES256 (SEC1 PEM)', privateKey: ec.sec1Pem, publicKeyPem: ec.publicKeyPem, alg: 'ES256' },
  { name: 'EdDSA (64-byte base64)', privateKey: ed.base64, publicKeyPem: ed.publicKeyPem, alg: 'EdDSA' },
] as const

describe.each(keys)('$name', ({ privateKey, publicKeyPem, alg }) => {
  const signer = createCoinbaseSigner({ apiKey: KEY_NAME, privateKey, randomBytes: fixedNonce })

  it('default: the wire form (url, body, headers) and the token header and claims', async () => {
    const signed = await signer.sign(
      {
        method: 'POST',
        path: '/api/v3/brokerage/orders',
        body: { client_order_id: 'c-1', product_id: 'BTC-USD', side: 'BUY' },
        security: 'signed',
      },
      { timestamp: T },
    )
    expect({ ...signed, headers: { ...signed.headers, Authorization: '<jwt>' } }).toMatchInlineSnapshot(`
      {
        "body": "{"client_order_id":"c-1","product_id":"BTC-USD","side":"BUY"}",
        "headers": {
          "Authorization": "<jwt>",
          "Content-Type": "application/json",
        },
        "method": "POST",
        "url": "/api/v3/brokerage/orders",
      }
    `)
    const { header, claims } = peek(tokenOf(signed))
    expect(header).toEqual({ alg, kid: KEY_NAME, typ: 'JWT', nonce: 'ab'.repeat(16) })
    expect(Object.keys(header)).toEqual(['alg', 'kid', 'typ', 'nonce'])
    expect(claims).toEqual({
      iss: 'cdp',
      sub: KEY_NAME,
      nbf: 1_700_000_000,
      exp: 1_700_000_120,
      uri: 'POST api.coinbase.com/api/v3/brokerage/orders',
    })
    expect(Object.keys(claims)).toEqual(['iss', 'sub', 'nbf', 'exp', 'uri'])
  })

  it('behavior: jose verifies the token with the public key (alg, typ, issuer, subject, times)', async () => {
    const signed = await signer.sign(
      { method: 'GET', path: '/api/v3/brokerage/accounts', params: { limit: 49 }, security: 'signed' },
      { timestamp: T },
    )
    const key = await importSPKI(publicKeyPem, alg)
    const { payload, protectedHeader } = await jwtVerify(tokenOf(signed), key, {
      algorithms: [alg],
      issuer: 'cdp',
      subject: KEY_NAME,
      typ: 'JWT',
      currentDate: new Date(T + 60_000),
    })
    expect(protectedHeader.kid).toBe(KEY_NAME)
    expect(payload.uri).toBe('GET api.coinbase.com/api/v3/brokerage/accounts')
    expect(signed.url).toBe('/api/v3/brokerage/accounts?limit=49')
    // jose also enforces nbf and exp: a token presented after exp is refused.
    await expect(jwtVerify(tokenOf(signed), key, { currentDate: new Date(T + 121_000) })).rejects.toThrow(
      /exp/,
    )
  })

  it('behavior: the WebSocket token has the same claims without uri, and the verifier accepts it', async () => {
    const { jwt: token } = await signer.signWebSocketAuth({ timestamp: T })
    const { claims } = peek(token)
    expect(claims).toEqual({ iss: 'cdp', sub: KEY_NAME, nbf: 1_700_000_000, exp: 1_700_000_120 })
    const key = await importSPKI(publicKeyPem, alg)
    await jwtVerify(token, key, { currentDate: new Date(T), algorithms: [alg] })
    const verifier = createCoinbaseVerifier({
      keys: [{ apiKey: KEY_NAME, publicKey: publicKeyPem }],
      now: () => T,
    })
    expect(verifier.verifyWsToken(token)).toEqual({ ok: true, apiKey: KEY_NAME })
    // A WebSocket token names no request, so a REST endpoint refuses it.
    const rest = verifier.verify({
      method: 'GET',
      url: '/api/v3/brokerage/accounts',
      headers: { Authorization: `Bearer ${token}` },
      body: '',
    })
    expect(rest).toMatchObject({ ok: false, code: 401, cause: 'uri-mismatch' })
  })

  it('behavior: every token carries a fresh random nonce', async () => {
    const random = createCoinbaseSigner({ apiKey: KEY_NAME, privateKey })
    const intent = { method: 'GET', path: '/api/v3/brokerage/accounts', security: 'signed' } as const
    const a = peek(tokenOf(await random.sign(intent, { timestamp: T }))).header.nonce
    const b = peek(tokenOf(await random.sign(intent, { timestamp: T }))).header.nonce
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(b).not.toBe(a)
  })
})

it('behavior: ES256 signatures are JOSE r‖s (64 bytes), never DER', async () => {
  const signer = createCoinbaseSigner({ apiKey: KEY_NAME, privateKey: ec.pkcs8Pem })
  for (let i = 0; i < 20; i++) {
    const { jwt: token } = await signer.signWebSocketAuth({ timestamp: T })
    const signature = Buffer.from(token.split('.')[2]!, 'base64url')
    expect(signature.length).toBe(64)
  }
})

it('behavior: public endpoints carry no token; nbf uses the given timestamp, never the local clock', async () => {
  const signer = createCoinbaseSigner({
    apiKey: KEY_NAME,
    privateKey: ed.base64,
    now: () => {
      throw new Error('local clock read')
    },
  })
  const time = await signer.sign({ method: 'GET', path: '/api/v3/brokerage/time', security: 'none' })
  expect(time).toEqual({ method: 'GET', url: '/api/v3/brokerage/time', headers: {} })
  const signed = await signer.sign(
    { method: 'GET', path: '/api/v3/brokerage/accounts', security: 'signed' },
    { timestamp: 1_700_000_000_999 },
  )
  expect(peek(tokenOf(signed)).claims.nbf).toBe(1_700_000_000)
})

it('args: host names the uri host; a scheme or path is refused before signing', async () => {
  const signer = createCoinbaseSigner({
    apiKey: KEY_NAME,
    privateKey: ed.base64,
    host: 'api-sandbox.coinbase.com',
  })
  const signed = await signer.sign(
    { method: 'DELETE', path: '/api/v3/brokerage/portfolios/p-1', security: 'signed' },
    { timestamp: T },
  )
  expect(peek(tokenOf(signed)).claims.uri).toBe(
    'DELETE api-sandbox.coinbase.com/api/v3/brokerage/portfolios/p-1',
  )
  for (const host of ['https://api.coinbase.com', 'api.coinbase.com/', 'api.coinbase.com/api', '']) {
    expect(() => createCoinbaseSigner({ apiKey: KEY_NAME, privateKey: ed.base64, host })).toThrow(
      /Invalid parameter "host"/,
    )
  }
})

it('error: credentials Coinbase does not use are refused with a typed error naming the field', () => {
  const cases = [
    [{ apiKey: KEY_NAME, secret: ec.sec1Pem }, 'secret'],
    [{ apiKey: KEY_NAME, privateKey: ed.base64, passphrase: 'x' }, 'passphrase'],
    [{ apiKey: KEY_NAME }, 'privateKey'],
    [{ apiKey: '', privateKey: ed.base64 }, 'apiKey'],
    [{ apiKey: ec.sec1Pem, privateKey: ec.sec1Pem }, 'apiKey'],
    [{ apiKey: `${KEY_NAME}\n`, privateKey: ed.base64 }, 'apiKey'],
    [{ apiKey: KEY_NAME, privateKey: ed.base64, environment: 'demo' }, 'keyEnvironment'],
  ] as const
  for (const [credentials, field] of cases) {
    let caught: unknown
    try {
      createCoinbaseSigner(credentials as never)
    } catch (error) {
      caught = error
    }
    expect(isSignetError(caught), field).toBe(true)
    expect((caught as { field?: string }).field).toBe(field)
    expect((caught as Error).message).not.toContain(ec.sec1Pem.slice(40, 80))
  }
})
