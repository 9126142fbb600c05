import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  createHmacKey,
  hash,
  hmac,
  safeEqual,
  signAsymmetric,
  toPublicKey,
  verifyAsymmetric,
} from '../src/crypto/sign'
import { CredentialFormatError } from '../src/errors/input'
import { parseHmacSecret } from '../src/keys/parseHmacSecret'
import { parsePrivateKey } from '../src/keys/parsePrivateKey'
import { createSecret, isSecret, revealSecret } from '../src/keys/secret'

const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j'

describe('createSecret', () => {
  it('default: prints redacted everywhere and reveals only through revealSecret', () => {
    const s = createSecret(SECRET)
    const printed = [
      String(s),
      `${s}`,
      JSON.stringify({ s }),
      inspect(s),
      inspect({ nested: { s } }, { depth: 9 }),
      inspect(s, { showHidden: true }),
    ]
    for (const text of printed) {
      expect(text).not.toContain(SECRET)
      expect(text).toContain('[redacted]')
    }
    expect(revealSecret(s)).toBe(SECRET)
    expect(isSecret(s)).toBe(true)
    expect(isSecret({ kind: 'secret' })).toBe(false)
    expect(() => revealSecret({ kind: 'secret' } as never)).toThrow(TypeError)
  })
})

describe('parseHmacSecret', () => {
  it('default: accepts a clean secret', () => {
    expect(revealSecret(parseHmacSecret(SECRET))).toBe(SECRET)
  })

  const damaged: [string, string][] = [
    ['trailing newline', `${SECRET}\n`],
    ['trailing CRLF', `${SECRET}\r\n`],
    ['leading space', ` ${SECRET}`],
    ['trailing space', `${SECRET} `],
    ['inner line break', `${SECRET.slice(0, 10)}\n${SECRET.slice(10)}`],
    ['double quotes', `"${SECRET}"`],
    ['single quotes', `'${SECRET}'`],
    ['literal \\n', `${SECRET}\\n`],
    ['zero-width space', `${SECRET.slice(0, 5)}\u200b${SECRET.slice(5)}`],
    ['BOM', `\ufeff${SECRET}`],
    ['control character', `${SECRET.slice(0, 5)}\u0007${SECRET.slice(5)}`],
    ['inner space', `${SECRET.slice(0, 5)} ${SECRET.slice(5)}`],
    ['empty', ''],
    ['PEM key', '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v\n-----END PRIVATE KEY-----'],
  ]
  it.each(damaged)('error: %s is a CredentialFormatError that never echoes the secret', (_, value) => {
    let caught: unknown
    try {
      parseHmacSecret(value, { exchange: 'binance' })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(CredentialFormatError)
    const e = caught as CredentialFormatError
    expect(e.field).toBe('secret')
    for (const text of [e.message, inspect(e), JSON.stringify(e), String(e.cause ?? '')]) {
      expect(text).not.toContain(SECRET.slice(0, 12))
    }
  })

  it('error: messages name the problem and its position', () => {
    expect(() => parseHmacSecret(`${SECRET}\n`)).toThrowErrorMatchingInlineSnapshot(`
      [CredentialFormatError: Invalid credential "secret": ends with a newline (CR/LF).
      Hint: Copy the secret again, or trim what you read from a file or environment variable.]
    `)
    expect(() =>
      parseHmacSecret(`${SECRET.slice(0, 5)}\u200b${SECRET.slice(5)}`, { field: 'apiSecret' }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [CredentialFormatError: Invalid credential "apiSecret": contains an invisible or non-printable character at position 5.
      Hint: Retype or copy the secret from the exchange again; a zero-width or control character came along.]
    `)
  })
})

describe('parsePrivateKey', () => {
  const ed = generateKeyPairSync('ed25519')
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })

  it('default: detects Ed25519 and RSA (with size) from PKCS#8 PEM', () => {
    const edInfo = parsePrivateKey(ed.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())
    expect(edInfo).toMatchObject({ type: 'ed25519', bits: undefined })
    expect(edInfo.publicKeyPem).toBe(ed.publicKey.export({ type: 'spki', format: 'pem' }).toString())
    expect(parsePrivateKey(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toMatchObject(
      { type: 'rsa', bits: 2048 },
    )
  })

  it('args: PKCS#1 PEM, encrypted PEM with passphrase, DER bytes, base64 DER, KeyObject, literal \\n', () => {
    expect(parsePrivateKey(rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()).type).toBe(
      'rsa',
    )
    const encrypted = ed.privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'correct horse' })
      .toString()
    expect(parsePrivateKey(encrypted, { passphrase: createSecret('correct horse') }).type).toBe('ed25519')
    const der = ed.privateKey.export({ type: 'pkcs8', format: 'der' })
    expect(parsePrivateKey(der).type).toBe('ed25519')
    expect(parsePrivateKey(der.toString('base64')).type).toBe('ed25519')
    expect(parsePrivateKey(rsa.privateKey.export({ type: 'pkcs1', format: 'der' })).bits).toBe(2048)
    expect(parsePrivateKey(ed.privateKey).type).toBe('ed25519')
    const envStyle = ed.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().replace(/\n/g, '\\n')
    expect(parsePrivateKey(envStyle).type).toBe('ed25519')
  })

  it('error: public keys, wrong passphrases, other key types and garbage are typed errors without key material', () => {
    const pem = ed.privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'right' })
      .toString()
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const cases: [unknown, object?][] = [
      [ed.publicKey.export({ type: 'spki', format: 'pem' }).toString()],
      [rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString()],
      [pem],
      [pem, { passphrase: 'wrong' }],
      [ec.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
      ['not a key at all!'],
      [ed.publicKey],
      [Buffer.from('garbage')],
    ]
    const messages = cases.map(([input, options]) => {
      try {
        parsePrivateKey(input as never, options as never)
      } catch (error) {
        expect(error).toBeInstanceOf(CredentialFormatError)
        const text = `${(error as Error).message} ${inspect(error)}`
        expect(text).not.toContain('MC4CAQ')
        return (error as Error).message
      }
      throw new Error('expected a CredentialFormatError')
    })
    expect(messages).toMatchInlineSnapshot(`
      [
        "Invalid credential "privateKey": is a public key, expected the private key.
      Hint: Register the public key with the exchange; sign with the private key.",
        "Invalid credential "privateKey": is a public key, expected the private key.
      Hint: Register the public key with the exchange; sign with the private key.",
        "Invalid credential "privateKey": is an encrypted PEM but no passphrase was given.
      Hint: Pass \`passphrase\` with the key.",
        "Invalid credential "privateKey": could not be decrypted with the given passphrase.",
        "Invalid credential "privateKey": is an ec key; expected Ed25519 or RSA.",
        "Invalid credential "privateKey": is neither PEM nor base64 DER.
      Hint: Pass the whole PEM file content, including the BEGIN/END lines.",
        "Invalid credential "privateKey": is a public key, expected a private key.",
        "Invalid credential "privateKey": is not a PKCS#8 or PKCS#1 private key in DER form.",
      ]
    `)
  })
})

describe('crypto primitives', () => {
  it('default: HMAC-SHA256 matches RFC 4231 test case 2', () => {
    const key = createHmacKey(createSecret('Jefe'))
    expect(hmac('sha256', key, 'what do ya want for nothing?', 'hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    )
    expect(hmac('sha512', key, 'what do ya want for nothing?', 'hex')).toBe(
      '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
    )
  })

  it('default: Ed25519 matches RFC 8032 TEST 1 (empty message)', () => {
    const seed = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex')
    const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed])
    const key = parsePrivateKey(der)
    const signature = signAsymmetric(key, '')
    expect(Buffer.from(signature, 'base64').toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    )
    expect(verifyAsymmetric(createPublicKey(key.keyObject), '', signature)).toBe(true)
    expect(verifyAsymmetric(createPublicKey(key.keyObject), 'x', signature)).toBe(false)
    expect(verifyAsymmetric(createPublicKey(key.keyObject), '', 'not base64!')).toBe(false)
  })

  it('default: RSA PKCS#1 v1.5 SHA-256 verifies with the public key and is deterministic', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const key = parsePrivateKey(privateKey)
    const a = signAsymmetric(key, 'symbol=BTCUSDT')
    expect(signAsymmetric(key, 'symbol=BTCUSDT')).toBe(a)
    expect(Buffer.from(a, 'base64')).toHaveLength(256)
    expect(verifyAsymmetric(publicKey, 'symbol=BTCUSDT', a)).toBe(true)
  })

  it('default: SHA-512 of the empty string and safeEqual', () => {
    expect(hash('sha512', '', 'hex')).toMatch(/^cf83e135/)
    expect(safeEqual('abc', 'abc')).toBe(true)
    expect(safeEqual('abc', 'abd')).toBe(false)
    expect(safeEqual('abc', 'abcd')).toBe(false)
  })
})

describe('verifyAsymmetric', () => {
  it('error: rejects non-canonical base64 that decodes to the same bytes', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const signature = signAsymmetric(parsePrivateKey(privateKey), 'payload')
    expect(signature.endsWith('==') || signature.endsWith('=')).toBe(true)
    expect(verifyAsymmetric(publicKey, 'payload', signature)).toBe(true)
    // The last data character before the padding carries unused bits: flipping them keeps the bytes.
    const i = signature.indexOf('=') - 1
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    const sibling = alphabet[alphabet.indexOf(signature[i]!) ^ 1]!
    const tampered = signature.slice(0, i) + sibling + signature.slice(i + 1)
    expect(Buffer.from(tampered, 'base64').equals(Buffer.from(signature, 'base64'))).toBe(true)
    expect(verifyAsymmetric(publicKey, 'payload', tampered)).toBe(false)
    expect(verifyAsymmetric(publicKey, 'payload', signature.replace(/=+$/, ''))).toBe(false)
  })

  it('default: toPublicKey accepts PEM, DER, public and private KeyObjects', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
    const der = publicKey.export({ type: 'spki', format: 'der' })
    for (const input of [pem, der, publicKey, privateKey]) expect(toPublicKey(input).type).toBe('public')
  })
})
