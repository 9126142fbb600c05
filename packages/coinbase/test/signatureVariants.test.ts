import { describe, expect, it } from 'vitest'
import { coinbaseSignatureVariants } from '../src/diagnose/index'
import { createCoinbaseSigner } from '../src/index'
import { createCoinbaseVerifier } from '../src/verify/index'
import { ecKey, edKey, KEY_NAME, tokenOf } from './_keys'

const T = 1_700_000_000_000
const intent = {
  method: 'GET',
  path: '/api/v3/brokerage/accounts',
  params: { limit: 2 },
  security: 'signed',
} as const

describe.each([
  { alg: 'ES256', key: ecKey(), privateKey: (k: ReturnType<typeof ecKey>) => k.sec1Pem },
  { alg: 'EdDSA', key: edKey(), privateKey: (k: ReturnType<typeof edKey>) => k.base64 },
] as const)('$alg', ({ alg, key, privateKey }) => {
  const credentials = { apiKey: KEY_NAME, privateKey: privateKey(key as never) }
  const variants = coinbaseSignatureVariants({ credentials, intent, timestamp: T })

  it('default: the variants checked, correct first', () => {
    expect(variants.map((v) => v.id)).toEqual([
      'correct',
      ...(alg === 'ES256' ? ['der-signature'] : []),
      'query-in-uri',
      'host-missing',
      'host-with-scheme',
      'cdp-host',
      'method-lowercase',
      'nbf-in-milliseconds',
      'exp-beyond-120s',
      'wrong-kid',
    ])
  })

  it('behavior: each sample token is recognised by its own variant only', () => {
    for (const variant of variants) {
      expect(
        variants.filter((v) => v.matches(variant.signature)).map((v) => v.id),
        variant.id,
      ).toEqual([variant.id])
    }
  })

  it("behavior: the signer's token (also as a Bearer header) is 'correct'; each mistake is a 401 at Coinbase", async () => {
    const signed = await createCoinbaseSigner(credentials).sign(intent, { timestamp: T })
    expect(variants.filter((v) => v.matches(tokenOf(signed))).map((v) => v.id)).toEqual(['correct'])
    expect(variants[0]!.matches(signed.headers.Authorization!)).toBe(true)
    const verifier = createCoinbaseVerifier({
      keys: [{ apiKey: KEY_NAME, publicKey: key.publicKeyPem }],
      now: () => T,
    })
    for (const variant of variants) {
      const result = verifier.verify({
        ...signed,
        headers: { Authorization: `Bearer ${variant.signature}` },
        body: '',
      })
      expect(result.ok, variant.id).toBe(variant.id === 'correct')
      if (!result.ok) expect(result.code).toBe(401)
    }
  })

  it('behavior: a token of another key, or garbage, matches nothing', async () => {
    const other = createCoinbaseSigner({ apiKey: KEY_NAME, privateKey: edKey().base64 })
    const token = tokenOf(await other.sign(intent, { timestamp: T }))
    for (const text of [token, 'not a token', '', 'a.b.c']) {
      expect(variants.filter((v) => v.matches(text))).toEqual([])
    }
  })

  it('default: the signed texts show the decoded header and claims, differing from correct', () => {
    const [correct, ...wrong] = variants
    expect(correct!.signedText).toContain('"uri":"GET api.coinbase.com/api/v3/brokerage/accounts"')
    for (const variant of wrong) {
      if (variant.id !== 'der-signature') expect(variant.signedText, variant.id).not.toBe(correct!.signedText)
    }
  })
})

it("behavior: 'wrong-kid' recognises any kid other than the key name, signed by the key", async () => {
  const key = edKey()
  const credentials = { apiKey: KEY_NAME, privateKey: key.base64 }
  const variants = coinbaseSignatureVariants({ credentials, intent, timestamp: T })
  const { CompactSign, importPKCS8 } = await import('jose')
  const signWith = async (kid: string) =>
    new CompactSign(
      Buffer.from(
        JSON.stringify({
          iss: 'cdp',
          sub: KEY_NAME,
          nbf: T / 1000,
          exp: T / 1000 + 120,
          uri: 'GET api.coinbase.com/api/v3/brokerage/accounts',
        }),
      ),
    )
      .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT', nonce: 'ab' })
      .sign(await importPKCS8(key.pkcs8Pem, 'EdDSA'))
  const ids = (token: string) => variants.filter((v) => v.matches(token)).map((v) => v.id)
  expect(ids(await signWith('some-other-key'))).toEqual(['wrong-kid'])
  expect(ids(await signWith(KEY_NAME))).toEqual(['correct'])
})
