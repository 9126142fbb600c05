import { createPrivateKey, generateKeyPairSync } from 'node:crypto'
import { inspect } from 'node:util'
import { CredentialFormatError, createSecret } from '@signet/core'
import { importSPKI, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { createCoinbaseSigner } from '../src/index'
import { createCoinbaseVerifier } from '../src/verify/index'
import { ecKey, edKey, KEY_NAME } from './_keys'

const T = 1_700_000_000_000
const ec = ecKey()
const ed = edKey()
const literal = (pem: string) => pem.replace(/\n/g, '\\n')

/** Signs with `privateKey` and checks the verifier holding `publicKeyPem` accepts it. */
async function works(privateKey: unknown, publicKeyPem: string, apiKey = KEY_NAME) {
  const signer = createCoinbaseSigner({ apiKey, privateKey: privateKey as string })
  const signed = await signer.sign(
    { method: 'GET', path: '/api/v3/brokerage/accounts', security: 'signed' },
    { timestamp: T },
  )
  const verifier = createCoinbaseVerifier({
    keys: [{ apiKey: signer.apiKey, publicKey: publicKeyPem }],
    now: () => T,
  })
  expect(verifier.verify({ ...signed, body: '' })).toMatchObject({ ok: true })
  // jose, independently, with the public key alone.
  const token = signed.headers.Authorization!.replace(/^Bearer /, '')
  const key = await importSPKI(publicKeyPem, signer.algorithm)
  await jwtVerify(token, key, {
    algorithms: [signer.algorithm],
    currentDate: new Date(T),
    subject: signer.apiKey,
  })
  return signer
}

describe('key forms Coinbase users hold, each parsed by its structure', () => {
  const forms: [string, unknown, string, 'ES256' | 'EdDSA'][] = [
    ['SEC1 PEM (EC PRIVATE KEY)', ec.sec1Pem, ec.publicKeyPem, 'ES256'],
    ['PKCS#8 PEM', ec.pkcs8Pem, ec.publicKeyPem, 'ES256'],
    ['SEC1 PEM with literal \\n (one line, from .env)', literal(ec.sec1Pem), ec.publicKeyPem, 'ES256'],
    ['SEC1 PEM with CRLF line ends', ec.sec1Pem.replace(/\n/g, '\r\n'), ec.publicKeyPem, 'ES256'],
    ['SEC1 PEM with a trailing newline and indentation', `  ${ec.sec1Pem}\n\n`, ec.publicKeyPem, 'ES256'],
    ['base64 SEC1 DER', derBase64(ec.sec1Pem), ec.publicKeyPem, 'ES256'],
    ['Secret-wrapped PEM', createSecret(ec.sec1Pem), ec.publicKeyPem, 'ES256'],
    ['KeyObject', ec.privateKey, ec.publicKeyPem, 'ES256'],
    ['Ed25519 64-byte base64 (seed ‖ public key)', ed.base64, ed.publicKeyPem, 'EdDSA'],
    ['Ed25519 32-byte base64 seed', ed.seed32, ed.publicKeyPem, 'EdDSA'],
    ['Ed25519 PKCS#8 PEM', ed.pkcs8Pem, ed.publicKeyPem, 'EdDSA'],
    ['Ed25519 64 raw bytes', Buffer.from(ed.base64, 'base64'), ed.publicKeyPem, 'EdDSA'],
  ]
  it.each(forms)('%s', async (_name, privateKey, publicKeyPem, algorithm) => {
    const signer = await works(privateKey, publicKeyPem)
    expect(signer.algorithm).toBe(algorithm)
    expect(signer.publicKeyPem).toBe(publicKeyPem)
  })

  it('the CDP JSON key file: "name" + "privateKey" (ES256) and "id" + "privateKey" (Ed25519)', async () => {
    const ecFile = JSON.stringify({ name: KEY_NAME, privateKey: ec.sec1Pem })
    expect((await works(ecFile, ec.publicKeyPem, '')).apiKey).toBe(KEY_NAME)
    const id = '9f8e7d6c-5b4a-3928-1706-f5e4d3c2b1a0'
    const edFile = JSON.stringify({ id, privateKey: ed.base64 })
    expect((await works(edFile, ed.publicKeyPem, '')).apiKey).toBe(id)
    // apiKey may repeat the file's name, but not contradict it.
    await works(ecFile, ec.publicKeyPem, KEY_NAME)
    expect(() => createCoinbaseSigner({ apiKey: 'organizations/x/apiKeys/y', privateKey: ecFile })).toThrow(
      /differs from the key name in the CDP JSON key file/,
    )
  })
})

describe('a damaged key is a CredentialFormatError saying what is wrong, never what the key is', () => {
  const p256Body = ec.sec1Pem.split('\n').slice(1, -2).join('\n')
  const ed64 = Buffer.from(ed.base64, 'base64')
  const other = edKey()
  const cases: [string, unknown, RegExp][] = [
    ['empty', '', /is empty/],
    ['truncated PEM (END line lost)', ec.sec1Pem.slice(0, 120), /has no "-----END EC PRIVATE KEY-----" line/],
    [
      'PEM body cut short',
      ec.sec1Pem.replace(p256Body, p256Body.slice(0, 60)),
      /not a valid SEC1 private key/,
    ],
    ['PEM escaped twice (\\\\n)', ec.sec1Pem.replace(/\n/g, '\\\\n'), /not base64/],
    ['public key PEM', ec.publicKeyPem, /is a public key, expected the private key/],
    ['RSA key', rsaPem(), /is a PEM "RSA PRIVATE KEY"/],
    ['secp256k1 key (a wallet key)', k1Pem(), /EC key on curve secp256k1, expected P-256/],
    ['P-384 key', p384Pem(), /EC key on curve secp384r1, expected P-256/],
    ['wrapped in quotes', `"${ed.base64}"`, /wrapped in quotes/],
    ['base64 with a space inside', `${ed.base64.slice(0, 20)} ${ed.base64.slice(20)}`, /whitespace inside/],
    ['base64 missing its padding', ed.base64.replace(/=+$/, ''), /not a multiple of 4/],
    ['63 bytes', ed64.subarray(0, 63).toString('base64'), /decodes to 63 bytes/],
    [
      '64 bytes whose public half belongs to another key',
      Buffer.concat([ed64.subarray(0, 32), Buffer.from(other.base64, 'base64').subarray(32)]).toString(
        'base64',
      ),
      /last 32 are not the public key of the first 32/,
    ],
    ['not a key at all', 'hello world!', /whitespace inside|neither PEM/],
    ['JSON that does not parse', '{"name": "x", "privateKey": "-----BEGIN', /not valid JSON/],
    ['JSON without privateKey', JSON.stringify({ name: KEY_NAME }), /without a "privateKey" string/],
    [
      'an encrypted PEM',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----',
      /encrypted PEM/,
    ],
    ['a number', 42, /received number/],
  ]
  it.each(cases)('%s', (_name, privateKey, problem) => {
    let caught: unknown
    try {
      createCoinbaseSigner({ apiKey: KEY_NAME, privateKey: privateKey as string })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(CredentialFormatError)
    const error = caught as CredentialFormatError
    expect(error.field).toBe('privateKey')
    expect(error.message).toMatch(problem)
    const printed = `${error.message}\n${inspect(error, { depth: 5 })}\n${JSON.stringify(error)}`
    if (typeof privateKey === 'string' && privateKey.length > 20) {
      for (const chunk of chunks(privateKey.replace(/-----[A-Z ]+-----|\\n|\s/g, '')))
        expect(printed).not.toContain(chunk)
    }
  })
})

/** 16-character pieces of the key text: none may appear in an error. */
function chunks(text: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 16 <= text.length; i += 16) out.push(text.slice(i, i + 16))
  return out
}

function derBase64(pem: string): string {
  return createPrivateKey(pem).export({ type: 'sec1', format: 'der' }).toString('base64')
}

function rsaPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 1024 })
    .privateKey.export({ type: 'pkcs1', format: 'pem' })
    .toString()
}

function k1Pem(): string {
  return generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
    .privateKey.export({ type: 'sec1', format: 'pem' })
    .toString()
}

function p384Pem(): string {
  return generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString()
}
