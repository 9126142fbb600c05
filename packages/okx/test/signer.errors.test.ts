import { inspect } from 'node:util'
import {
  CredentialFormatError,
  createSecret,
  InvalidParameterError,
  isSignetError,
  UnsupportedError,
} from '@signet/core'
import { thrown } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { createOkxSigner } from '../src/index'

const apiKey = '4a5b6c7d-1e2f-4a3b-8c4d-5e6f7a8b9c0d'
const secret = 'C0FFEE00C0FFEE11C0FFEE22C0FFEE33'
const passphrase = 'My-Passphrase-8'
const good = { apiKey, secret, passphrase }
const T = 1_700_000_000_000
const get = { method: 'GET', path: '/api/v5/account/balance', security: 'signed' } as const
const order = {
  method: 'POST',
  path: '/api/v5/trade/order',
  body: { instId: 'BTC-USDT' },
  security: 'signed',
} as const

/** Runs `fn`, expects a typed error naming `field`, and checks no credential leaks through message, inspect or JSON. */
function expectFieldError(
  fn: () => unknown,
  type: typeof CredentialFormatError | typeof InvalidParameterError,
  field: string,
  secrets: string[] = [secret, passphrase],
) {
  const caught = thrown(fn)
  expect(caught).toBeInstanceOf(type)
  expect(isSignetError(caught)).toBe(true)
  expect(caught).toHaveProperty('field', field)
  const text = `${caught.message}\n${inspect(caught, { depth: 5 })}\n${JSON.stringify(caught)}`
  for (const value of secrets) expect(text).not.toContain(value)
  return caught
}

describe('createOkxSigner: credential shape', () => {
  it('error: missing apiKey, secret or passphrase names the field', () => {
    expectFieldError(() => createOkxSigner({ ...good, apiKey: '' }), CredentialFormatError, 'apiKey')
    expectFieldError(() => createOkxSigner({ ...good, secret: undefined }), CredentialFormatError, 'secret')
    expect(() => createOkxSigner({ ...good, passphrase: undefined })).toThrowErrorMatchingInlineSnapshot(`
      [CredentialFormatError: Invalid credential "passphrase": is missing.
      Hint: OKX keys have a passphrase chosen when the key was created; it is sent as OK-ACCESS-PASSPHRASE (spec okx.md §1).]
    `)
  })

  it('error: the passphrase passed as the secret', () => {
    const error = expectFieldError(
      () => createOkxSigner({ ...good, secret: passphrase }),
      CredentialFormatError,
      'secret',
    )
    expect(error.message).toContain('same text as `passphrase`')
  })

  it('error: secret and passphrase swapped (passphrase looks like a 32-hex SecretKey)', () => {
    expect(() =>
      createOkxSigner({ apiKey, secret: passphrase, passphrase: secret }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [CredentialFormatError: Invalid credential "secret": looks like a passphrase while \`passphrase\` looks like an OKX SecretKey (32 hex characters).
      Hint: Swap the two: \`secret\` is the 32-character SecretKey, \`passphrase\` is the one you chose when creating the key.]
    `)
  })

  it('error: apiKey and secret swapped, or the same', () => {
    expectFieldError(
      () => createOkxSigner({ apiKey: secret, secret: apiKey, passphrase }),
      CredentialFormatError,
      'apiKey',
      [passphrase],
    )
    expectFieldError(
      () => createOkxSigner({ apiKey, secret: apiKey, passphrase }),
      CredentialFormatError,
      'secret',
      [passphrase],
    )
  })

  it('args: unusual but valid secrets are accepted (lowercase hex, other lengths, symbols)', () => {
    for (const s of [
      'c0ffee00c0ffee11c0ffee22c0ffee33',
      'A1B2',
      'some-Secret_with.symbols+/=',
      'é-unicode-secret',
    ]) {
      expect(
        createOkxSigner({ ...good, secret: s }).signSync!(get, { timestamp: T }).headers['OK-ACCESS-SIGN'],
      ).toHaveLength(44)
    }
    // A 32-hex passphrase alone is no reason to refuse: only together with a non-hex secret is it a swap.
    expect(createOkxSigner({ apiKey, secret, passphrase: 'ABCDEF0123456789ABCDEF0123456789' }).apiKey).toBe(
      apiKey,
    )
  })

  it('error: whitespace, newlines and quotes in secret or passphrase', () => {
    for (const bad of [
      ` ${secret}`,
      `${secret}\n`,
      `${secret} `,
      `"${secret}"`,
      `${secret.slice(0, 5)}\n${secret.slice(5)}`,
    ]) {
      expectFieldError(() => createOkxSigner({ ...good, secret: bad }), CredentialFormatError, 'secret')
    }
    for (const bad of [
      ` ${passphrase}`,
      `${passphrase}\n`,
      `${passphrase}\t`,
      `'${passphrase}'`,
      `${passphrase}\u200b`,
      'pässphrase',
    ]) {
      expectFieldError(
        () => createOkxSigner({ ...good, passphrase: bad }),
        CredentialFormatError,
        'passphrase',
      )
    }
    expectFieldError(
      () => createOkxSigner({ ...good, apiKey: `${apiKey}\n` }),
      CredentialFormatError,
      'apiKey',
    )
  })

  it('error: environment other than live/demo, and a private key', () => {
    expect(() => createOkxSigner({ ...good, keyEnvironment: 'testnet' })).toThrowErrorMatchingInlineSnapshot(`
      [CredentialFormatError: Invalid credential "keyEnvironment": expected "live" or "demo", received "testnet".
      Hint: Demo-trading keys are created in demo trading and sign with \`x-simulated-trading: 1\` (spec okx.md §3).]
    `)
    expectFieldError(
      () => createOkxSigner({ ...good, privateKey: '-----BEGIN PRIVATE KEY-----' }),
      CredentialFormatError,
      'privateKey',
    )
  })

  it('args: Secret-wrapped secret and passphrase work and never print', () => {
    const signer = createOkxSigner({
      apiKey,
      secret: createSecret(secret),
      passphrase: createSecret(passphrase),
    })
    expect(signer.signSync!(get, { timestamp: T }).headers['OK-ACCESS-PASSPHRASE']).toBe(passphrase)
    const printed = `${String(signer)}${JSON.stringify(signer)}${inspect(signer, { showHidden: true, depth: 5 })}`
    expect(printed).not.toContain(secret)
    expect(printed).not.toContain(passphrase)
  })
})

describe('createOkxSigner: request input', () => {
  const signer = createOkxSigner(good)
  const sign =
    (intent: object, options: object = { timestamp: T }) =>
    () =>
      signer.signSync!(intent as never, options)

  it('error: method, path, form and GET body name the field', () => {
    expectFieldError(sign({ ...get, method: 'DELETE' }), InvalidParameterError, 'method')
    expectFieldError(sign({ ...get, path: 'api/v5/x' }), InvalidParameterError, 'path')
    expectFieldError(sign({ ...get, path: '/api/v5/x?ccy=BTC' }), InvalidParameterError, 'path')
    expectFieldError(sign({ ...get, path: '/api/v5/a b' }), InvalidParameterError, 'path')
    expectFieldError(sign({ ...get, form: { a: '1' } }), InvalidParameterError, 'form')
    expect(sign({ ...get, body: {} })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "body": expected no body on a GET request (OKX signs GET parameters in the query: pass them as params), received a body.]`,
    )
    expectFieldError(sign({ ...get, security: 'private' }), InvalidParameterError, 'security')
    expectFieldError(sign({ ...get, params: [1] }), InvalidParameterError, 'params')
  })

  it('error: numbers that would not survive the wire name the param (core number rule)', () => {
    expectFieldError(sign({ ...get, params: { sz: 1e-7 } }), InvalidParameterError, 'sz')
    expectFieldError(
      sign({ method: 'POST', path: '/api/v5/trade/order', body: { px: 2 ** 60 }, security: 'signed' }),
      InvalidParameterError,
      'body.px',
    )
    expectFieldError(
      sign({ method: 'POST', path: '/api/v5/trade/order', body: '{"a":', security: 'signed' }),
      InvalidParameterError,
      'body',
    )
  })

  it('error: timestamps in seconds or microseconds (fractional ones are floored, core contract)', async () => {
    expect(sign(get, { timestamp: 1_700_000_000 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "timestamp": expected epoch milliseconds (13 digits), received 1700000000 (looks like seconds).]`,
    )
    expectFieldError(sign(get, { timestamp: 1_700_000_000_000_000 }), InvalidParameterError, 'timestamp')
    expect(signer.signSync!(get, { timestamp: T + 0.5 })).toEqual(signer.signSync!(get, { timestamp: T }))
    expectFieldError(sign(get, { timestamp: Number.NaN }), InvalidParameterError, 'timestamp')
    await expect(signer.signWebSocketAuth({ timestamp: 1_538_054_050 })).rejects.toMatchObject({
      name: 'InvalidParameterError',
      field: 'timestamp',
    })
  })

  it('error: expTime before the timestamp, in seconds, or with windowMs', () => {
    expectFieldError(sign(order, { timestamp: T, expTime: T }), InvalidParameterError, 'expTime')
    expectFieldError(sign(order, { timestamp: T, expTime: 1_700_000_005 }), InvalidParameterError, 'expTime')
    expectFieldError(
      sign(order, { timestamp: T, expTime: T + 5, windowMs: 5 }),
      InvalidParameterError,
      'expTime',
    )
    expectFieldError(sign(order, { timestamp: T, windowMs: -1 }), InvalidParameterError, 'windowMs')
  })

  it('args: windowMs is the expTime deadline (timestamp + windowMs) on order placement (spec okx.md §3 [EXP])', () => {
    expect(signer.signSync!(order, { timestamp: T, windowMs: 5000 }).headers.expTime).toBe(String(T + 5000))
    expect(signer.signSync!(order, { timestamp: T }).headers.expTime).toBeUndefined()
  })

  it('error: windowMs or expTime where OKX ignores a deadline (a GET) is an UnsupportedError, not dropped', async () => {
    for (const options of [{ windowMs: 5000 }, { expTime: T + 5000 }]) {
      const error = thrown(() => signer.signSync!(get, { timestamp: T, ...options }))
      expect(error).toBeInstanceOf(UnsupportedError)
      expect(isSignetError(error, 'unsupported')).toBe(true)
      expect((error as UnsupportedError).hint).toMatch(/trade\/order/)
    }
    // OKX fixes the WebSocket login window at 30 s (spec okx.md §7).
    await expect(signer.signWebSocketAuth({ timestamp: T, windowMs: 5000 })).rejects.toBeInstanceOf(
      UnsupportedError,
    )
  })

  it('error: the PEM passphrase field is refused, naming the account passphrase', () => {
    const error = expectFieldError(
      () => createOkxSigner({ apiKey, secret, privateKeyPassphrase: passphrase } as never),
      CredentialFormatError,
      'privateKeyPassphrase',
    )
    expect((error as CredentialFormatError).hint).toMatch(/`passphrase`/)
  })

  it('args: keyEnvironment demo sends x-simulated-trading; the deprecated environment still does; both differing is refused', () => {
    for (const demo of [{ keyEnvironment: 'demo' }, { environment: 'demo' }]) {
      const s = createOkxSigner({ ...good, ...demo })
      expect(s.keyEnvironment).toBe('demo')
      expect(s.signSync!(get, { timestamp: T }).headers['x-simulated-trading']).toBe('1')
    }
    expect(
      createOkxSigner(good).signSync!(get, { timestamp: T }).headers['x-simulated-trading'],
    ).toBeUndefined()
    expectFieldError(
      () => createOkxSigner({ ...good, keyEnvironment: 'demo', environment: 'live' }),
      CredentialFormatError,
      'environment',
    )
  })

  it('behavior: without a timestamp the signer reads its `now`, never Date.now, when given', async () => {
    const clocked = createOkxSigner({ ...good, now: () => T + 42 })
    expect(clocked.signSync!(get).headers['OK-ACCESS-TIMESTAMP']).toBe('2023-11-14T22:13:20.042Z')
    expect((await clocked.signWebSocketAuth()).args[0].timestamp).toBe('1700000000')
  })
})
