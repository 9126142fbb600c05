import { sign } from 'node:crypto'
import { toRawRequest } from '@signet/core/testing'
import fc from 'fast-check'
import { CompactSign, importPKCS8 } from 'jose'
import { describe, expect, it } from 'vitest'
import { createCoinbaseSigner } from '../src/index'
import { createCoinbaseVerifier } from '../src/verify/index'
import { ecKey, edKey, KEY_NAME, peek, tokenOf } from './_keys'

const T = 1_700_000_000_000
const ec = ecKey()
const ed = edKey()
const intent = {
  method: 'POST',
  path: '/api/v3/brokerage/orders',
  body: { client_order_id: 'c-1', product_id: 'BTC-USD', side: 'BUY' },
  security: 'signed',
} as const
const UNAUTHORIZED = { status: 401, body: 'Unauthorized\n' }

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe.each([
  {
    name: 'ES256',
    privateKey: ec.pkcs8Pem,
    publicKeyPem: ec.publicKeyPem,
    other: 'EdDSA',
    otherKey: ed.publicKeyPem,
  },
  {
    name: 'EdDSA',
    privateKey: ed.pkcs8Pem,
    publicKeyPem: ed.publicKeyPem,
    other: 'ES256',
    otherKey: ec.publicKeyPem,
  },
])('$name: every single-field mutation is refused with the 401 Coinbase answers', (k) => {
  const signer = createCoinbaseSigner({ apiKey: KEY_NAME, privateKey: k.privateKey })
  const verifier = createCoinbaseVerifier({
    keys: [
      { apiKey: KEY_NAME, publicKey: k.publicKeyPem },
      // Another known key of the other algorithm.
      { apiKey: 'organizations/o/apiKeys/other', publicKey: k.otherKey },
    ],
    now: () => T,
  })
  const send = async (token: string) => {
    const signed = await signer.sign(intent, { timestamp: T })
    return verifier.verify({
      ...signed,
      headers: { ...signed.headers, Authorization: `Bearer ${token}` },
      body: signed.body!,
    })
  }
  /** The same header and claims signed again by jose with the right key: shows the verifier checks the claim itself. */
  const resign = async (header: Record<string, unknown>, claims: Record<string, unknown>) => {
    const key = await importPKCS8(k.privateKey, k.name)
    return new CompactSign(Buffer.from(JSON.stringify(claims))).setProtectedHeader(header as never).sign(key)
  }

  it('control: the token as signed, and the same content re-signed by jose, are accepted', async () => {
    const token = tokenOf(await signer.sign(intent, { timestamp: T }))
    expect(await send(token)).toMatchObject({ ok: true, apiKey: KEY_NAME })
    const { header, claims } = peek(token)
    expect(await send(await resign(header, claims))).toMatchObject({ ok: true })
  })

  const mutations: [string, 'header' | 'claims', string, (v: Record<string, unknown>) => unknown, string][] =
    [
      ['alg → the other algorithm', 'header', 'alg', () => k.other, 'wrong-algorithm'],
      ['alg → none', 'header', 'alg', () => 'none', 'wrong-algorithm'],
      ['kid → unknown key', 'header', 'kid', () => 'organizations/o/apiKeys/unknown', 'unknown-key'],
      ['kid → another known key', 'header', 'kid', () => 'organizations/o/apiKeys/other', 'wrong-algorithm'],
      ['iss → cdq', 'claims', 'iss', () => 'cdq', 'wrong-issuer'],
      ['sub → another key name', 'claims', 'sub', () => 'organizations/o/apiKeys/other', 'subject-mismatch'],
      ['nbf → 1 s later (not yet valid)', 'claims', 'nbf', (c) => (c.nbf as number) + 1, 'not-yet-valid'],
      ['nbf → 1 s earlier (lives 121 s)', 'claims', 'nbf', (c) => (c.nbf as number) - 1, 'lifetime-too-long'],
      ['exp → 1 s later (lives 121 s)', 'claims', 'exp', (c) => (c.exp as number) + 1, 'lifetime-too-long'],
      ['exp → now (expired)', 'claims', 'exp', (c) => c.nbf, 'expired'],
      ['uri → with the query', 'claims', 'uri', (c) => `${c.uri}?limit=1`, 'uri-mismatch'],
      [
        'uri → another path',
        'claims',
        'uri',
        () => 'POST api.coinbase.com/api/v3/brokerage/orders/batch_cancel',
        'uri-mismatch',
      ],
      ['uri → another method', 'claims', 'uri', (c) => String(c.uri).replace('POST', 'PUT'), 'uri-mismatch'],
      [
        'uri → with https://',
        'claims',
        'uri',
        (c) => String(c.uri).replace(' ', ' https://'),
        'uri-mismatch',
      ],
    ]
  it.each(mutations)('%s', async (_name, part, field, mutate, resignedCause) => {
    const token = tokenOf(await signer.sign(intent, { timestamp: T }))
    const { header, claims } = peek(token)
    const changed = { header: { ...header }, claims: { ...claims } }
    changed[part][field] = mutate(changed[part])
    const [, , signature] = token.split('.')
    // Tampered in transit (signature kept): the signature covers every field.
    const tampered = await send(`${b64(changed.header)}.${b64(changed.claims)}.${signature}`)
    expect(tampered).toMatchObject({ ok: false, code: 401, response: UNAUTHORIZED })
    const expected =
      part === 'header' && field !== 'alg'
        ? resignedCause
        : part === 'header'
          ? 'wrong-algorithm'
          : 'bad-signature'
    expect((tampered as { cause?: string }).cause).toBe(expected)
    // Signed that way by the key holder (a signer bug): the claim itself is checked.
    if (field === 'alg') return
    const resigned = await send(await resign(changed.header, changed.claims))
    expect(resigned).toMatchObject({ ok: false, code: 401, cause: resignedCause, response: UNAUTHORIZED })
  })

  it('every byte of the signature', async () => {
    const token = tokenOf(await signer.sign(intent, { timestamp: T }))
    const [h, p, s] = token.split('.') as [string, string, string]
    const bytes = Buffer.from(s, 'base64url')
    for (let i = 0; i < bytes.length; i++) {
      const flipped = Buffer.from(bytes)
      flipped[i]! ^= 0x01
      const result = await send(`${h}.${p}.${flipped.toString('base64url')}`)
      expect(result, `signature byte ${i}`).toMatchObject({ ok: false, code: 401, cause: 'bad-signature' })
    }
    // A non-canonical last character decodes to the same bytes; it is refused all the same.
    const last = s.at(-1)!
    const sibling = String.fromCharCode(last.charCodeAt(0) + (last === 'z' ? -1 : 1))
    expect(await send(`${h}.${p}.${s.slice(0, -1)}${sibling}`)).toMatchObject({ ok: false, code: 401 })
  })
})

describe('the token against the request and the clock', () => {
  const signer = createCoinbaseSigner({ apiKey: KEY_NAME, privateKey: ec.sec1Pem })
  const verifierAt = (now: number, permissions?: ('read' | 'trade')[]) =>
    createCoinbaseVerifier({
      keys: [{ apiKey: KEY_NAME, publicKey: ec.publicKeyPem, permissions }],
      now: () => now,
    })
  const raw = toRawRequest

  it('behavior: valid from nbf (whole second) until exp, exclusive; ahead of the server it is refused', async () => {
    const signed = raw(await signer.sign(intent, { timestamp: T + 999 }))
    const cases: [number, boolean | string][] = [
      [T - 1, 'not-yet-valid'],
      [T, true],
      [T + 119_999, true],
      [T + 120_000, 'expired'],
    ]
    for (const [now, outcome] of cases) {
      const result = verifierAt(now).verify(signed)
      if (outcome === true) expect(result.ok, `server ${now - T} ms`).toBe(true)
      else
        expect(result, `server ${now - T} ms`).toMatchObject({ ok: false, kind: 'timestamp', cause: outcome })
    }
  })

  it('behavior: a token is bound to its method, host and path; the query is not part of it', async () => {
    const get = {
      method: 'GET',
      path: '/api/v3/brokerage/accounts',
      params: { limit: 2 },
      security: 'signed',
    } as const
    const signed = raw(await signer.sign(get, { timestamp: T }))
    expect(verifierAt(T).verify(signed)).toMatchObject({ ok: true, params: { limit: '2' } })
    // Same token, another query: still valid (Coinbase signs no query); another path or host: refused.
    expect(verifierAt(T).verify({ ...signed, url: '/api/v3/brokerage/accounts?limit=3' }).ok).toBe(true)
    expect(verifierAt(T).verify({ ...signed, url: '/api/v3/brokerage/portfolios' })).toMatchObject({
      cause: 'uri-mismatch',
    })
    const sandbox = createCoinbaseVerifier({
      keys: [{ apiKey: KEY_NAME, publicKey: ec.publicKeyPem }],
      now: () => T,
      host: 'api-sandbox.coinbase.com',
    })
    expect(sandbox.verify(signed)).toMatchObject({ ok: false, cause: 'uri-mismatch' })
  })

  it('error: a DER signature (OpenSSL default) is refused', async () => {
    const token = tokenOf(await signer.sign(intent, { timestamp: T }))
    const [h, p] = token.split('.')
    const der = sign('sha256', Buffer.from(`${h}.${p}`), ec.privateKey).toString('base64url')
    const signed = raw(await signer.sign(intent, { timestamp: T }))
    const result = verifierAt(T).verify({
      ...signed,
      headers: { ...signed.headers, Authorization: `Bearer ${h}.${p}.${der}` },
    })
    expect(result).toMatchObject({ ok: false, code: 401, cause: 'bad-signature' })
  })

  it('error: no token, a token that is not Bearer, and a malformed token', async () => {
    const sent = await signer.sign(intent, { timestamp: T })
    const signed = raw(sent)
    const token = tokenOf(sent)
    const cases: [Record<string, string>, string][] = [
      [{}, 'missing-token'],
      [{ Authorization: token }, 'missing-token'],
      [{ Authorization: `Basic ${token}` }, 'missing-token'],
      [{ Authorization: `Bearer ${token}.x` }, 'malformed-token'],
      [{ Authorization: `Bearer ${token.split('.').slice(0, 2).join('.')}.` }, 'malformed-token'],
    ]
    for (const [headers, cause] of cases) {
      expect(verifierAt(T).verify({ ...signed, headers })).toMatchObject({
        ok: false,
        code: 401,
        cause,
        response: UNAUTHORIZED,
      })
    }
  })

  it('error: a key without the Trade permission gets 403 PERMISSION_DENIED on orders, reads still work', async () => {
    const result = verifierAt(T, ['read']).verify(raw(await signer.sign(intent, { timestamp: T })))
    expect(result).toMatchObject({ ok: false, kind: 'permission', code: 'PERMISSION_DENIED' })
    expect(JSON.parse((result as { response: { body: string } }).response.body)).toEqual({
      error: 'PERMISSION_DENIED',
      error_details: 'Missing required scopes',
      message: 'Missing required scopes',
    })
    const read = { method: 'GET', path: '/api/v3/brokerage/accounts', security: 'signed' } as const
    expect(verifierAt(T, ['read']).verify(raw(await signer.sign(read, { timestamp: T }))).ok).toBe(true)
  })

  it('default: the answers Coinbase gives (time, not found, order failures)', () => {
    const { respond } = verifierAt(T)
    expect(JSON.parse(respond.serverTime(1_700_000_000_123).body)).toEqual({
      iso: '2023-11-14T22:13:20.123Z',
      epochSeconds: '1700000000',
      epochMillis: '1700000000123',
    })
    expect(respond.error('not-found').status).toBe(404)
    expect(JSON.parse(respond.error('duplicate-order').body)).toMatchObject({ success: false })
    expect(JSON.parse(respond.error('order-not-found').body).results[0].success).toBe(false)
    expect(respond.error('internal').status).toBe(500)
  })
})

describe('untrusted input', () => {
  const key = edKey()
  const verifier = createCoinbaseVerifier({
    keys: [{ apiKey: KEY_NAME, publicKey: key.publicKeyPem }],
    now: () => T,
  })
  const jwtLike = fc
    .array(fc.string({ unit: fc.constantFrom(...'AZaz09-_.=+/ {}"'), maxLength: 60 }), { maxLength: 5 })
    .map((parts) => parts.join('.'))

  it('property: any Authorization header is answered, never thrown: a 401 unless it is a valid token', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          jwtLike.map((t) => `Bearer ${t}`),
        ),
        (authorization) => {
          const result = verifier.verify({
            method: 'GET',
            url: '/api/v3/brokerage/accounts',
            headers: { Authorization: authorization },
            body: '',
          })
          expect(result).toMatchObject({ ok: false, code: 401, response: UNAUTHORIZED })
          expect(verifier.verifyWsToken(authorization.replace(/^Bearer /, '')).ok).toBe(false)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('error: a token far longer than any CDP JWT is refused as malformed without being decoded', async () => {
    const signer = createCoinbaseSigner({ apiKey: KEY_NAME, privateKey: key.base64 })
    const signed = await signer.sign(intent, { timestamp: T })
    const huge = `${tokenOf(signed)}${'A'.repeat(10_000)}`
    const result = verifier.verify({
      ...signed,
      headers: { Authorization: `Bearer ${huge}` },
      body: signed.body!,
    })
    expect(result).toMatchObject({ ok: false, cause: 'malformed-token' })
  })
})
