import { generateKeyPairSync } from 'node:crypto'
import { inspect } from 'node:util'
import { CredentialFormatError, InvalidParameterError, isSignetError, type RequestIntent } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { createBinanceSigner } from '../src/index'
import { DOC_API_KEY, DOC_SECRET, ED25519_RFC8032_PEM, RSA_TEST_ONLY_PEM } from './vectors'

const SECRETS = [DOC_SECRET, RSA_TEST_ONLY_PEM.split('\n')[1]!, 'pem-pass']
const signer = createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET })
const T = 1_700_000_000_000
const get = (extra: Partial<RequestIntent> = {}): RequestIntent => ({
  method: 'GET',
  path: '/api/v3/account',
  security: 'signed',
  ...extra,
})

/** Runs `fn`, expects a typed Signet error naming `field`, and checks no secret leaks through message/inspect/JSON. */
function typedError(
  fn: () => unknown,
  Class: typeof InvalidParameterError | typeof CredentialFormatError,
  field: string,
) {
  let caught: unknown
  try {
    fn()
  } catch (error) {
    caught = error
  }
  expect(isSignetError(caught), 'a Signet error').toBe(true)
  expect(caught).toBeInstanceOf(Class)
  expect((caught as { field: string }).field).toBe(field)
  const text = `${(caught as Error).message}\n${inspect(caught)}\n${JSON.stringify(caught)}`
  for (const secret of SECRETS) expect(text).not.toContain(secret)
  return caught as Error
}

describe('input errors', () => {
  it('error: windowMs 60001 is rejected before signing, naming the field', () => {
    expect(() =>
      signer.signSync!(get(), { timestamp: T, windowMs: 60001 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "windowMs": expected a number of ms greater than 0 and at most 60000, with at most 3 decimals, received 60001.]`,
    )
    for (const bad of [0, -1, 6000.3461, Number.NaN, 1e-7])
      typedError(
        () => signer.signSync!(get(), { timestamp: T, windowMs: bad }),
        InvalidParameterError,
        'windowMs',
      )
    typedError(
      () => signer.signSync!(get(), { timestamp: T, windowMs: 70000 }),
      InvalidParameterError,
      'windowMs',
    )
    // One place for the window: the old recvWindow option and a recvWindow param are refused by name.
    typedError(
      () => signer.signSync!(get(), { timestamp: T, recvWindow: 6000 } as never),
      InvalidParameterError,
      'recvWindow',
    )
    typedError(
      () => signer.signSync!(get({ params: { recvWindow: '5000' } }), { timestamp: T }),
      InvalidParameterError,
      'recvWindow',
    )
  })

  it('error: sign rejects (not throws) with the same typed error', async () => {
    await expect(signer.sign(get(), { timestamp: T, windowMs: 60001 })).rejects.toBeInstanceOf(
      InvalidParameterError,
    )
  })

  it('error: non-flat params name the key', () => {
    typedError(
      () => signer.signSync!(get({ params: { symbol: { a: 1 } as never } }), { timestamp: T }),
      InvalidParameterError,
      'symbol',
    )
    typedError(
      () => signer.signSync!(get({ params: { ids: [1, 2] as never } }), { timestamp: T }),
      InvalidParameterError,
      'ids',
    )
    typedError(
      () => signer.signSync!(get({ params: [1] as never }), { timestamp: T }),
      InvalidParameterError,
      'params',
    )
    typedError(
      () => signer.signSync!({ ...get({ method: 'POST' }), form: { qty: null as never } }, { timestamp: T }),
      InvalidParameterError,
      'form.qty',
    )
    typedError(
      () => signer.signSync!(get({ params: { price: 1e-7 } }), { timestamp: T }),
      InvalidParameterError,
      'price',
    )
    typedError(
      () => signer.signSync!(get({ params: { id: 2 ** 53 } }), { timestamp: T }),
      InvalidParameterError,
      'id',
    )
    typedError(
      () => signer.signSync!(get({ params: { note: '\ud800' } }), { timestamp: T }),
      InvalidParameterError,
      'note',
    )
  })

  it('error: request shape (method, path, security, JSON body, GET form, signature param, duplicate name)', () => {
    typedError(
      () => signer.signSync!(get({ method: 'PATCH' as never }), { timestamp: T }),
      InvalidParameterError,
      'method',
    )
    typedError(
      () => signer.signSync!(get({ path: 'api/v3/account' }), { timestamp: T }),
      InvalidParameterError,
      'path',
    )
    typedError(
      () => signer.signSync!(get({ path: '/api/v3/account?x=1' }), { timestamp: T }),
      InvalidParameterError,
      'path',
    )
    typedError(
      () => signer.signSync!(get({ security: 'private' as never }), { timestamp: T }),
      InvalidParameterError,
      'security',
    )
    typedError(
      () => signer.signSync!(get({ method: 'POST', body: { a: 1 } }), { timestamp: T }),
      InvalidParameterError,
      'body',
    )
    typedError(
      () => signer.signSync!(get({ form: { a: 1 } }), { timestamp: T }),
      InvalidParameterError,
      'form',
    )
    typedError(
      () => signer.signSync!(get({ params: { signature: 'x' } }), { timestamp: T }),
      InvalidParameterError,
      'signature',
    )
    typedError(
      () =>
        signer.signSync!(get({ method: 'POST', params: { symbol: 'A' }, form: { symbol: 'B' } }), {
          timestamp: T,
        }),
      InvalidParameterError,
      'symbol',
    )
  })

  it('error: with several defects the same one is named whatever the param order: values, names in both parts, signing params, options, then malformed text', () => {
    const post = (extra: Partial<RequestIntent>) => get({ method: 'POST', ...extra })
    // A value that cannot be written comes before a signing param placed ahead of it.
    typedError(
      () => signer.signSync!(get({ params: { timestamp: '1', qty: 1e-7 } }), { timestamp: T }),
      InvalidParameterError,
      'qty',
    )
    // Signing params are named in the order timestamp, recvWindow, signature, not in the params' order.
    typedError(
      () => signer.signSync!(get({ params: { signature: 'x', recvWindow: '1' } }), { timestamp: T }),
      InvalidParameterError,
      'recvWindow',
    )
    // The query string's signing param is named before the form body's.
    typedError(
      () =>
        signer.signSync!(post({ params: { signature: 'x' }, form: { timestamp: '1' } }), { timestamp: T }),
      InvalidParameterError,
      'signature',
    )
    // A name in both parts comes before a lone surrogate ahead of it and before a signing param.
    const both = typedError(
      () =>
        signer.signSync!(
          post({ params: { note: '\ud800', side: 'BUY' }, form: { side: 'SELL', signature: 'x' } }),
          {
            timestamp: T,
          },
        ),
      InvalidParameterError,
      'side',
    )
    expect(both.message).toContain('not both')
    // Options come before text that is not well-formed Unicode; the first such param is named.
    typedError(
      () => signer.signSync!(get({ params: { note: '\ud800' } }), { timestamp: T, windowMs: 60_001 }),
      InvalidParameterError,
      'windowMs',
    )
    typedError(
      () =>
        signer.signSync!(post({ params: { a: 'x', '\udc00': 'y' }, form: { b: '\ud800' } }), {
          timestamp: T,
        }),
      InvalidParameterError,
      '\udc00',
    )
    typedError(
      () =>
        signer.signSync!(post({ params: { a: 'x' }, form: { b: '\ud800', c: '\udc00' } }), { timestamp: T }),
      InvalidParameterError,
      'b',
    )
    // Unsigned requests check their text too.
    typedError(
      () => signer.signSync!(get({ security: 'api-key', params: { note: '\ud800' } })),
      InvalidParameterError,
      'note',
    )
  })

  it('error: timestamps in seconds, microseconds, or conflicting with the params (fractions are floored)', () => {
    expect(
      typedError(
        () => signer.signSync!(get(), { timestamp: 1_700_000_000 }),
        InvalidParameterError,
        'timestamp',
      ).message,
    ).toContain('looks like seconds')
    expect(
      typedError(
        () => signer.signSync!(get(), { timestamp: 1_700_000_000_000_000 }),
        InvalidParameterError,
        'timestamp',
      ).message,
    ).toContain('looks like microseconds')
    // Core's clock/signer contract: a fractional server-clock time is floored, not refused.
    expect(signer.signSync!(get(), { timestamp: T + 0.5 })).toEqual(signer.signSync!(get(), { timestamp: T }))
    typedError(() => signer.signSync!(get(), { timestamp: Number.NaN }), InvalidParameterError, 'timestamp')
    // One place for the timestamp: a timestamp param is refused even when it equals the option.
    typedError(
      () => signer.signSync!(get({ params: { timestamp: T } }), { timestamp: T }),
      InvalidParameterError,
      'timestamp',
    )
    typedError(
      () => signer.signSync!(get({ params: { timestamp: '1591702613943' } })),
      InvalidParameterError,
      'timestamp',
    )
    typedError(
      () => signer.signSync!(get({ path: '/fapi/v2/account' }), { timestamp: T, timeUnit: 'us' }),
      InvalidParameterError,
      'timeUnit',
    )
    typedError(
      () => signer.signSync!(get(), { timestamp: T, timeUnit: 'ns' as never }),
      InvalidParameterError,
      'timeUnit',
    )
    typedError(
      () => signer.signSync!(get(), { timestamp: T, responseTimeUnit: 's' as never }),
      InvalidParameterError,
      'responseTimeUnit',
    )
  })

  it('error: an HMAC secret with a trailing newline names the field and never echoes the secret', () => {
    expect(() =>
      createBinanceSigner({ apiKey: DOC_API_KEY, secret: `${DOC_SECRET}\n` }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [CredentialFormatError: Invalid credential "secret": ends with a newline (CR/LF).
      Hint: Copy the secret again, or trim what you read from a file or environment variable.]
    `)
    for (const bad of [`${DOC_SECRET}\n`, ` ${DOC_SECRET}`, `"${DOC_SECRET}"`, '', RSA_TEST_ONLY_PEM]) {
      typedError(
        () => createBinanceSigner({ apiKey: DOC_API_KEY, secret: bad }),
        CredentialFormatError,
        'secret',
      )
    }
  })

  it('error: a PEM of the wrong type (public, EC, RSA-1024, garbage) names privateKey', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const pem = (k: { export(o: object): string | Buffer }, type = 'pkcs8') =>
      k.export({ type, format: 'pem' }).toString()
    expect(
      typedError(
        () => createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: pem(ec.publicKey, 'spki') }),
        CredentialFormatError,
        'privateKey',
      ).message,
    ).toContain('public key')
    expect(
      typedError(
        () => createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: pem(ec.privateKey) }),
        CredentialFormatError,
        'privateKey',
      ).message,
    ).toContain('ec key')
    expect(
      typedError(
        () => createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: pem(small.privateKey) }),
        CredentialFormatError,
        'privateKey',
      ).message,
    ).toContain('1024-bit')
    typedError(
      () =>
        createBinanceSigner({
          apiKey: DOC_API_KEY,
          privateKey: '-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----',
        }),
      CredentialFormatError,
      'privateKey',
    )
    const encrypted = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pem-pass' })
      .toString()
    typedError(
      () => createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: encrypted }),
      CredentialFormatError,
      'privateKey',
    )
    typedError(
      () =>
        createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: encrypted, privateKeyPassphrase: 'wrong' }),
      CredentialFormatError,
      'privateKey',
    )
  })

  it('error: credential combinations and the API key', () => {
    typedError(
      () => createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET, privateKey: RSA_TEST_ONLY_PEM }),
      CredentialFormatError,
      'secret',
    )
    typedError(
      () => createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET, passphrase: 'pem-pass' }),
      CredentialFormatError,
      'passphrase',
    )
    // The PEM's passphrase under the account-passphrase name is refused, naming the right field.
    expect(() =>
      createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: RSA_TEST_ONLY_PEM, passphrase: 'pem-pass' }),
    ).toThrow(/privateKeyPassphrase/)
    typedError(
      () =>
        createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET, privateKeyPassphrase: 'pem-pass' }),
      CredentialFormatError,
      'privateKeyPassphrase',
    )
    typedError(() => createBinanceSigner({ apiKey: DOC_API_KEY }), CredentialFormatError, 'secret')
    typedError(() => createBinanceSigner({ apiKey: '', secret: DOC_SECRET }), CredentialFormatError, 'apiKey')
    typedError(
      () => createBinanceSigner({ apiKey: `${DOC_API_KEY}\n`, secret: DOC_SECRET }),
      CredentialFormatError,
      'apiKey',
    )
    typedError(
      () => createBinanceSigner({ apiKey: 42 as never, secret: DOC_SECRET }),
      CredentialFormatError,
      'apiKey',
    )
  })

  it('error: session.logon with an HMAC or RSA key is a typed error, not a -1022 later (spec §7)', async () => {
    await expect(
      signer.signWebSocketAuth({ id: 1, timestamp: T }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`
      [CredentialFormatError: Invalid credential "secret": is an HMAC key; Binance session.logon accepts only Ed25519 keys.
      Hint: Create an Ed25519 API key for WebSocket sessions, or sign each WebSocket request with signer.signWebSocketParams.]
    `)
    const rsa = createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: RSA_TEST_ONLY_PEM })
    await expect(rsa.signWebSocketAuth({ id: 1, timestamp: T })).rejects.toMatchObject({
      name: 'CredentialFormatError',
      field: 'privateKey',
    })
    const ed = createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: ED25519_RFC8032_PEM })
    await expect(ed.signWebSocketAuth({ id: {} as never, timestamp: T })).rejects.toMatchObject({
      name: 'InvalidParameterError',
      field: 'id',
    })
  })

  it('error: WebSocket params (apiKey of another key, signing params, bad window)', () => {
    typedError(
      () => signer.signWebSocketParamsSync({ apiKey: 'other' }, { timestamp: T }),
      InvalidParameterError,
      'apiKey',
    )
    typedError(
      () => signer.signWebSocketParamsSync({ signature: 'x' }, { timestamp: T }),
      InvalidParameterError,
      'signature',
    )
    typedError(
      () => signer.signWebSocketParamsSync({}, { timestamp: T, windowMs: 60001 }),
      InvalidParameterError,
      'windowMs',
    )
    typedError(
      () => signer.signWebSocketParamsSync({ recvWindow: 100 }, { timestamp: T }),
      InvalidParameterError,
      'recvWindow',
    )
    typedError(
      () => signer.signWebSocketParamsSync({ timestamp: T }, { timestamp: T }),
      InvalidParameterError,
      'timestamp',
    )
    typedError(
      () => signer.signWebSocketParamsSync({ symbol: 'a\udc00' }, { timestamp: T }),
      InvalidParameterError,
      'symbol',
    )
  })
})
