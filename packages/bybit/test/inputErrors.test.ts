import { generateKeyPairSync } from 'node:crypto'
import { inspect } from 'node:util'
import { CredentialFormatError, InvalidParameterError, type RequestIntent } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { bybitWsTradeHeader, createBybitSigner } from '../src/index'
import { BY_KEY, RSA_TEST_PEM } from './vectors'

const SECRET = 'Zx9SecretValue42'
const signer = createBybitSigner({ apiKey: BY_KEY, secret: SECRET })
const T = 1_700_000_000_000
const get = (params: unknown): RequestIntent => ({
  method: 'GET',
  path: '/v5/order/realtime',
  params: params as RequestIntent['params'],
  security: 'signed',
})

/** Runs `fn`, returns the error, and checks no secret shows in its message, inspect or JSON. */
function caught(fn: () => unknown, secrets: readonly string[] = [SECRET]): Error & { field?: string } {
  try {
    fn()
  } catch (error) {
    const text = `${(error as Error).message}\n${inspect(error)}\n${JSON.stringify(error)}`
    for (const s of secrets) expect(text).not.toContain(s)
    return error as Error & { field?: string }
  }
  throw new Error('expected an error')
}

describe('credentials', () => {
  it('error: an RSA PEM passed as `secret` names `secret` and does not echo the key', () => {
    const pemBody = RSA_TEST_PEM.split('\n')[3]!
    const error = caught(() => createBybitSigner({ apiKey: BY_KEY, secret: RSA_TEST_PEM }), [pemBody])
    expect(error).toBeInstanceOf(CredentialFormatError)
    expect(error.field).toBe('secret')
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid credential "secret": looks like a PEM private key, not an HMAC secret.
      Hint: Pass PEM keys as \`privateKey\`; HMAC secrets go in \`secret\`."
    `)
  })

  it('error: an Ed25519 private key is rejected with a clear error', () => {
    const ed = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const error = caught(() => createBybitSigner({ apiKey: BY_KEY, privateKey: ed }), [ed.split('\n')[1]!])
    expect(error).toBeInstanceOf(CredentialFormatError)
    expect(error.field).toBe('privateKey')
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid credential "privateKey": is an Ed25519 key; Bybit accepts only RSA keys (or an HMAC secret).
      Hint: Generate an RSA key pair (Bybit api-rsa-generator), register the public key with Bybit and pass the RSA private key."
    `)
  })

  it('error: a damaged secret (newline, spaces, quotes) names `secret` without echoing it', () => {
    for (const bad of [`${SECRET}\n`, ` ${SECRET}`, `"${SECRET}"`, `${SECRET}\u200b`]) {
      const error = caught(() => createBybitSigner({ apiKey: BY_KEY, secret: bad }))
      expect(error).toBeInstanceOf(CredentialFormatError)
      expect(error.field).toBe('secret')
    }
  })

  it('error: secret and privateKey together, passphrase with an HMAC secret, neither key', () => {
    expect(
      caught(() => createBybitSigner({ apiKey: BY_KEY, secret: SECRET, privateKey: RSA_TEST_PEM })).message,
    ).toMatchInlineSnapshot(`
      "Invalid credential "privateKey": was given together with secret.
      Hint: Pass either \`secret\` (system-generated HMAC key) or \`privateKey\` (self-generated RSA key), not both."
    `)
    expect(
      caught(
        () => createBybitSigner({ apiKey: BY_KEY, secret: SECRET, passphrase: 'pw-123456789' }),
        [SECRET, 'pw-123456789'],
      ).message,
    ).toMatchInlineSnapshot(`
      "Invalid credential "passphrase": is an account passphrase, which bybit keys do not have; the PEM's passphrase is \`privateKeyPassphrase\`.
      Hint: Pass the passphrase of an encrypted privateKey as \`privateKeyPassphrase\`, or remove \`passphrase\`."
    `)
    expect(caught(() => createBybitSigner({ apiKey: BY_KEY })).message).toMatchInlineSnapshot(`
      "Invalid credential "secret": is missing (give \`secret\` for an HMAC key or \`privateKey\` for an RSA key).
      Hint: Pass the secret Bybit showed when the key was created, or your RSA private key."
    `)
  })

  it('error: an empty or damaged apiKey names `apiKey`', () => {
    for (const apiKey of ['', ' key', 'ke y', 'key\n', 42]) {
      const error = caught(() => createBybitSigner({ apiKey: apiKey as string, secret: SECRET }))
      expect(error).toBeInstanceOf(CredentialFormatError)
      expect(error.field).toBe('apiKey')
    }
  })

  it('error: a wrong privateKeyPassphrase names `privateKey` and echoes neither; `passphrase` names the right field', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const pem = privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'right-pass-1' })
      .toString()
    const error = caught(
      () => createBybitSigner({ apiKey: BY_KEY, privateKey: pem, privateKeyPassphrase: 'wrong-pass-1' }),
      ['wrong-pass-1', 'right-pass-1', pem.split('\n')[2]!],
    )
    expect(error.field).toBe('privateKey')
    expect(
      createBybitSigner({ apiKey: BY_KEY, privateKey: pem, privateKeyPassphrase: 'right-pass-1' }).keyType,
    ).toBe('rsa')
    // The PEM's passphrase under the account-passphrase name is refused, naming the right field.
    const wrongName = caught(
      () => createBybitSigner({ apiKey: BY_KEY, privateKey: pem, passphrase: 'right-pass-1' }),
      ['right-pass-1', pem.split('\n')[2]!],
    )
    expect(wrongName.field).toBe('passphrase')
    expect(wrongName.message).toContain('privateKeyPassphrase')
  })
})

describe('sign options', () => {
  it('error: windowMs must be a positive integer', () => {
    for (const windowMs of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '5000', null]) {
      const error = caught(() => signer.signSync(get({}), { timestamp: T, windowMs: windowMs as number }))
      expect(error).toBeInstanceOf(InvalidParameterError)
      expect(error.field).toBe('windowMs')
    }
    expect(
      caught(() => signer.signSync(get({}), { timestamp: T, windowMs: 0 })).message,
    ).toMatchInlineSnapshot(
      `"Invalid parameter "windowMs": expected a positive integer number of ms, received 0."`,
    )
  })

  it('error: the old recvWindow option is refused, naming windowMs', () => {
    const error = caught(() => signer.signSync(get({}), { timestamp: T, recvWindow: 6000 } as never))
    expect(error.field).toBe('recvWindow')
    expect((error as { hint?: string }).hint).toMatch(/windowMs/)
  })

  it('error: the timestamp must be plausible epoch milliseconds (fractions are floored)', () => {
    expect(
      caught(() => signer.signSync(get({}), { timestamp: 1_700_000_000 })).message,
    ).toMatchInlineSnapshot(
      `"Invalid parameter "timestamp": expected epoch milliseconds (13 digits), received 1700000000 (looks like seconds)."`,
    )
    for (const timestamp of [-1, Number.NaN, 0, 1_700_000_000_000_000]) {
      expect(caught(() => signer.signSync(get({}), { timestamp })).field).toBe('timestamp')
    }
    // Core's clock/signer contract: a fractional server-clock time is floored, not refused.
    expect(signer.signSync(get({}), { timestamp: T + 0.5 })).toEqual(
      signer.signSync(get({}), { timestamp: T }),
    )
  })
})

describe('intents', () => {
  it('error: non-flat params name the key', () => {
    expect(
      caught(() => signer.signSync(get({ category: 'linear', filter: { a: 1 } }), { timestamp: T })).message,
    ).toMatchInlineSnapshot(
      `"Invalid parameter "filter": expected a string, finite number, boolean or bigint, received an object."`,
    )
    expect(caught(() => signer.signSync(get({ ids: ['a', 'b'] }), { timestamp: T })).field).toBe('ids')
    expect(caught(() => signer.signSync(get([['a', '1']]), { timestamp: T })).field).toBe('params')
  })

  it('error: numbers that would not survive as text name the key', () => {
    expect(caught(() => signer.signSync(get({ qty: 1e-7 }), { timestamp: T })).message).toMatchInlineSnapshot(
      `"Invalid parameter "qty": expected a number without exponent form (pass decimals as strings, e.g. "0.0000001"), received 1e-7."`,
    )
    expect(caught(() => signer.signSync(get({ id: 2 ** 60 }), { timestamp: T })).field).toBe('id')
    expect(
      caught(() =>
        signer.signSync(
          { method: 'POST', path: '/v5/order/create', body: { price: 1e21 }, security: 'signed' },
          { timestamp: T },
        ),
      ).field,
    ).toBe('body.price')
  })

  it('error: a lone surrogate cannot be encoded and names the key', () => {
    expect(caught(() => signer.signSync(get({ note: 'a\ud800' }), { timestamp: T })).field).toBe('note')
  })

  it('error: method, path, body on GET, params with body, form, and non-JSON string bodies', () => {
    const sign = (intent: Partial<RequestIntent>) =>
      caught(() =>
        signer.signSync({ method: 'GET', path: '/v5/x', security: 'signed', ...intent } as RequestIntent, {
          timestamp: T,
        }),
      )
    expect(sign({ method: 'DELETE' }).message).toMatchInlineSnapshot(
      `"Invalid parameter "method": expected GET or POST (Bybit V5 uses only these, capitalised), received DELETE."`,
    )
    expect(sign({ path: '/v5/x?a=1' }).field).toBe('path')
    expect(sign({ path: 'v5/x' }).field).toBe('path')
    expect(sign({ body: { a: '1' } }).message).toMatchInlineSnapshot(
      `"Invalid parameter "body": expected no body on GET (put GET parameters in \`params\`), received a body."`,
    )
    expect(sign({ method: 'POST', params: { a: '1' }, body: { b: '2' } }).field).toBe('params')
    expect(sign({ method: 'POST', form: { a: '1' } }).field).toBe('form')
    expect(sign({ method: 'POST', body: '{"a":' }).field).toBe('body')
    expect(sign({ security: 'x' as never }).field).toBe('security')
  })

  it('error: WebSocket auth and order-entry header options are checked', async () => {
    await expect(signer.signWebSocketAuth({ timestamp: T, windowMs: 0 })).rejects.toMatchObject({
      field: 'windowMs',
    })
    await expect(signer.signWebSocketAuth({ timestamp: Number.NaN })).rejects.toMatchObject({
      field: 'timestamp',
    })
    // `now` is a function everywhere: the old numeric `now` option is refused by name.
    await expect(signer.signWebSocketAuth({ now: T } as never)).rejects.toMatchObject({ field: 'now' })
    expect(caught(() => bybitWsTradeHeader({ timestamp: T, windowMs: -1 })).field).toBe('windowMs')
    expect(caught(() => bybitWsTradeHeader({ timestamp: 1_700_000_000 })).field).toBe('timestamp')
  })
})
