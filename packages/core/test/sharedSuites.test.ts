import { createHmac } from 'node:crypto'
import type { SignatureVariant } from '@signet/core'
import { describe, expect, it } from 'vitest'
import type { SuiteCheck } from '../src/testing/_suite'
import { definitionChecks, runDefinitionSuite } from '../src/testing/runDefinitionSuite'
import {
  runSignatureVariantsSuite,
  signatureVariantsChecks,
  type VariantByHandInput,
} from '../src/testing/runSignatureVariantsSuite'
import { runSignerSuite, signerChecks } from '../src/testing/runSignerSuite'
import { runVerifierSuite, verifierChecks } from '../src/testing/runVerifierSuite'
import { type AcmeFlaws, acmeEmulation, acmeRefusals, acmeWith } from './_acmeExchange'

// The suites against a correct made-up exchange: they pass.
const verifierOptions = { refusals: acmeRefusals, otherEnvironment: 'testnet' }
// Acme's rule by hand: HMAC-SHA256 hex over ts + METHOD + path?query (percent-encoded) + compact JSON body.
const acmeHmac = (text: string, key: string, algorithm = 'sha256', encoding: 'hex' | 'base64' = 'hex') =>
  createHmac(algorithm, key).update(text).digest(encoding)
const orderBody = '{"clientId":"variants-1","symbol":"BTC-USD","side":"buy","qty":"0.5","price":"20000"}'
const signedAs = (text: string) => (v: SignatureVariant) => expect(v.signedText).toBe(text)
const variantsOptions = {
  byHand: {
    correct: signedAs(`1700000000123POST/order?z=a%20b&a=1%2C2${orderBody}`),
    'raw-query': signedAs(`1700000000123POST/order?z=a b&a=1,2${orderBody}`),
    sorted: signedAs(`1700000000123POST/order?a=1,2&z=a b${orderBody}`),
    spacing: (v: SignatureVariant) => expect(v.signedText).toContain('{"clientId": "variants-1", "symbol": '),
    seconds: signedAs(`1700000000POST/order?z=a%20b&a=1%2C2${orderBody}`),
    lowercase: signedAs(`1700000000123post/order?z=a%20b&a=1%2C2${orderBody}`),
    'no-body': signedAs('1700000000123POST/order?z=a%20b&a=1%2C2'),
    base64: (v: SignatureVariant, { correct, secret }: VariantByHandInput) =>
      expect(v.signature).toBe(acmeHmac(correct.signedText, secret, 'sha256', 'base64')),
    sha512: (v: SignatureVariant, { correct, secret }: VariantByHandInput) =>
      expect(v.signature).toBe(acmeHmac(correct.signedText, secret, 'sha512')),
    'secret-trailing-newline': (v: SignatureVariant, { correct, secret }: VariantByHandInput) =>
      expect(v.signature).toBe(acmeHmac(correct.signedText, `${secret}\n`)),
  },
  signText: (text: string, secret: string) => acmeHmac(text, secret),
  extractSignature: (request: { headers: Readonly<Record<string, string>> }) => request.headers['ACME-SIGN']!,
}
const definitionOptions = {
  serverTimeAnswers: [[{ code: 0, data: 1_600_000_000_000 }, 1_600_000_000_000]] as const,
  notServerTime: [{ code: 500 }],
  error: /"data":<epoch ms>/,
}
runVerifierSuite(acmeEmulation, verifierOptions)
runSignerSuite(acmeEmulation)
runSignatureVariantsSuite(acmeEmulation, variantsOptions)
runDefinitionSuite(acmeEmulation, definitionOptions)

/** The names of the checks that fail. */
async function failing(checks: readonly SuiteCheck[]): Promise<string[]> {
  const failed: string[] = []
  for (const [name, run] of checks) {
    try {
      await run()
    } catch {
      failed.push(name)
    }
  }
  return failed
}

const verifierFailures = (flaws: AcmeFlaws) => failing(verifierChecks(acmeWith(flaws), verifierOptions))
const signerFailures = (flaws: AcmeFlaws) => failing(signerChecks(acmeWith(flaws), {}))

describe('the shared suites fail a wrong exchange', () => {
  it('error: runVerifierSuite fails a verifier without a window, one naming the wrong code, one without permissions', async () => {
    expect(await verifierFailures({ noWindow: true })).toEqual([
      'error: a timestamp outside the window is refused as a timestamp',
    ])
    expect(await verifierFailures({ unknownKeyAsSignature: true })).toEqual([
      'error: an unknown key is refused',
      'error: a testnet key is unknown to live, and accepted by a testnet server',
    ])
    expect(await verifierFailures({ noPermission: true })).toEqual([
      'error: a read-only key may read but not place or cancel an order',
    ])
  })

  it('error: runVerifierSuite fails an exchange whose signature leaves the body out', async () => {
    expect(await verifierFailures({ unsignedBody: true })).toEqual([
      'error: a tampered query or body is refused as a bad signature',
    ])
  })

  it('error: runVerifierSuite fails refusal codes that are not the verifier’s', async () => {
    const failed = await failing(
      verifierChecks(acmeEmulation, {
        refusals: { ...acmeRefusals, expired: '12', headers: ['ACME-KEY', 'X'] },
      }),
    )
    expect(failed).toEqual([
      'error: a request missing any auth header is refused',
      'error: a timestamp outside the window is refused as a timestamp',
    ])
  })

  it('error: runSignerSuite fails a signer that ignores `now`, signs public intents or trims a damaged secret', async () => {
    expect(await signerFailures({ ignoresNow: true })).toEqual([
      'args: `now` is used when no timestamp is given',
    ])
    expect(await signerFailures({ signsPublic: true })).toEqual([
      'behavior: a public intent gets no auth headers',
    ])
    expect(await signerFailures({ trimsSecret: true })).toEqual([
      'error: bad credentials name the field and never echo the value',
    ])
  })

  it('error: runSignatureVariantsSuite fails variants out of order, too few, showing a secret, or matching anything', async () => {
    const { diagnosis } = acmeEmulation
    const withVariants = (change: (variants: SignatureVariant[]) => SignatureVariant[]) =>
      failing(
        signatureVariantsChecks(
          {
            ...acmeEmulation,
            diagnosis: {
              ...diagnosis,
              signatureVariants: (input) => change(diagnosis.signatureVariants(input)),
            },
          },
          variantsOptions,
        ),
      )
    const first = 'default: distinct ways, `correct` first and equal to what the signer sends and signs'
    const byHand = 'behavior: each way is what its description says, by hand'
    const matching =
      'behavior: the signer signature matches `correct` only, and one no way gives matches none'
    expect(await withVariants((v) => [...v].reverse())).toEqual([first])
    // A way whose text is not what it says (sorted, but not sorted), and one signed another way than its text.
    expect(
      await withVariants((v) =>
        v.map((x) => (x.id === 'sorted' ? { ...x, signedText: `${x.signedText} ` } : x)),
      ),
    ).toEqual([byHand])
    expect(
      await withVariants((v) =>
        v.map((x) => (x.id === 'seconds' ? { ...x, signature: `${x.signature}0` } : x)),
      ),
    ).toEqual([byHand])
    expect(
      await failing(signatureVariantsChecks(acmeEmulation, { ...variantsOptions, minimum: 11 })),
    ).toEqual([first])
    const showsSecret = (v: SignatureVariant[]) =>
      v.map((x, i) => (i === 3 ? { ...x, signedText: 'KEYTEXT' } : x))
    expect(
      await failing(
        signatureVariantsChecks(
          {
            ...acmeEmulation,
            diagnosis: {
              ...diagnosis,
              signatureVariants: (input) => showsSecret(diagnosis.signatureVariants(input)),
            },
          },
          {
            ...variantsOptions,
            key: {
              credentials: { apiKey: 'k', secret: 'KEYTEXT' },
              verifierKey: { apiKey: 'k', secret: 'KEYTEXT' },
              secrets: ['KEYTEXT'],
            },
          },
        ),
      ),
      // A text showing the secret, which is also no longer what its way says.
    ).toEqual([first, byHand])
    expect(await withVariants((v) => v.map((x, i) => (i === 5 ? { ...x, matches: () => true } : x)))).toEqual(
      [matching],
    )
  })

  it('error: runDefinitionSuite fails a wrong client id field, a server time in seconds, and a parser that guesses', async () => {
    const withDefinition = (change: Partial<typeof acmeEmulation.definition>) =>
      failing(
        definitionChecks(
          { ...acmeEmulation, definition: { ...acmeEmulation.definition, ...change } },
          definitionOptions,
        ).slice(1),
      )
    expect(await withDefinition({ clientOrderIdParam: 'clOrdId' })).toEqual([
      'behavior: the examples sign and verify; the order carries its client id in `clientOrderIdParam`',
    ])
    const parse = acmeEmulation.definition.parseServerTime
    expect(await withDefinition({ parseServerTime: (body) => Math.floor(parse(body) / 1000) })).toEqual([
      "behavior: parseServerTime reads the documented answers and the verifier's own, as objects and as text",
    ])
    expect(
      await withDefinition({
        parseServerTime: (body) => {
          try {
            return parse(body)
          } catch {
            return 0
          }
        },
      }),
    ).toEqual(['error: an answer that is not a server time is refused, naming the shape expected'])
  })
})
