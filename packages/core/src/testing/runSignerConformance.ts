import { inspect } from 'node:util'
// Imported by package name, so the built kit reuses core's build instead of carrying a second copy of it.
import {
  type Credentials,
  type ExchangeDefinition,
  type ExchangeExamples,
  type ExchangeVerification,
  isSignetError,
  type RequestIntent,
  redactBody,
  redactHeaders,
  redactUrl,
  type SignedRequest,
  type Signer,
  type SignOptions,
  timestampWindow,
  type VerifierKey,
} from '@signet/core'
import { describe, expect, it } from 'vitest'
import { conformanceIntents } from './conformanceIntents'
import { expectVector } from './expectVector'
import { tamperAt } from './tamper'

/** An official (or independently computed) worked example a signer must reproduce. */
export type SignerVector = {
  name: string
  /** Where the example comes from: URL and section. */
  source: string
  credentials: Credentials
  intent: RequestIntent
  options: SignOptions & Record<string, unknown>
  /** Any subset of the wire form; every given field must match exactly. */
  expected: { url?: string; body?: string; headers?: Record<string, string> }
}

/** Options of `runSignerConformance`. */
export type SignerConformanceOptions = {
  exchange: ExchangeDefinition
  /** The exchange's verifier capability (`@signet/<exchange>/verify`): the round trip and tamper tests use it. */
  verification: ExchangeVerification
  /** The exchange's example requests (`@signet/<exchange>/emulate`): the default intents are built from them. */
  examples?: ExchangeExamples | undefined
  /** Credentials of a key generated for the test. */
  credentials: Credentials
  /** The verifier's record of the same key. */
  verifierKey: VerifierKey
  /**
   * Signed requests to exercise: include at least one GET and one with a body or params.
   * @default conformanceIntents(exchange, examples): the examples, one with awkward characters added
   */
  intents?: readonly RequestIntent[] | undefined
  /** Official vectors; an empty list fails the suite. */
  vectors: readonly SignerVector[]
  /** Header names (any case) a signed request for `intent` must carry, no more and no fewer. */
  expectedHeaders(intent: RequestIntent): readonly string[]
  /** Reads the signature out of a signed request. */
  extractSignature(request: SignedRequest): string
  /** Values that must never appear in redacted output or errors: secrets, passphrases. */
  secrets: readonly string[]
  /** Header names the exchange does not cover by its checks (skipped by the tamper test). */
  unsignedHeaders?: readonly string[]
  /**
   * Request parts the exchange's signature does not cover, skipped by the tamper test: Coinbase's JWT names method,
   * host and path only, so its query and body are not signed. Cite the spec section where you set it.
   */
  unsignedParts?: readonly ('query' | 'body')[]
  /**
   * Set when the same inputs do not give the same bytes (ES256 signatures, a random nonce inside a signed token).
   * The determinism test then checks that two signings agree on `stable(request)` (every part that must not vary),
   * differ in their bytes, and both verify, and that the next timestamp changes `stable`; its name shows `reason`.
   */
  randomized?: { reason: string; stable(request: SignedRequest): unknown } | undefined
  /** Tests to skip, each with a reason. */
  skip?: readonly { reason: string; tests: readonly string[] }[]
  /** Server time used throughout, epoch ms. @default 1_700_000_000_000 */
  timestamp?: number
}

const TESTS = [
  'vectors',
  'determinism',
  'header set',
  'tolerance edges',
  'nonce edges',
  'round trip',
  'single-byte tamper',
  'redaction',
  'bad secret',
] as const

/**
 * Runs the conformance suite every exchange package must pass: vectors, determinism, header set, freshness
 * (tolerance edges for a timestamp window, nonce edges for a nonce kind), signer-verifier round trip, rejection
 * of every single-byte tamper, and no secret in any output.
 *
 * @example
 * runSignerConformance({ exchange: binance, verification: binanceVerification, examples: binanceExamples, credentials, verifierKey, vectors, expectedHeaders, extractSignature, secrets })
 */
export function runSignerConformance(options: SignerConformanceOptions): void {
  const { exchange, credentials, verifierKey, vectors, secrets } = options
  const intents =
    options.intents ??
    (options.examples
      ? conformanceIntents(exchange, options.examples)
      : missing('intents or examples (the exchange package exports its examples from ./emulate)'))
  const T = options.timestamp ?? 1_700_000_000_000
  const skipped = new Map<string, string>()
  for (const s of options.skip ?? []) for (const t of s.tests) skipped.set(t, s.reason)
  const test = (name: (typeof TESTS)[number], fn: () => Promise<void> | void, label: string = name) =>
    skipped.has(name) ? it.skip(`${label} (skipped: ${skipped.get(name)})`, fn) : it(label, fn)
  const { randomized } = options
  const unsignedParts = new Set(options.unsignedParts ?? [])
  const signer = (): Signer => exchange.createSigner(credentials)
  const verifierAt = (now: number) =>
    options.verification.createVerifier({
      keys: [verifierKey],
      now: () => now,
      paths: intents.map((i) => i.path),
    })
  const raw = (r: SignedRequest) => ({ method: r.method, url: r.url, headers: r.headers, body: r.body ?? '' })
  const { freshness } = exchange
  // Whether requests carry a timestamp the exchange checks against its clock (read lazily: tolerance() may throw).
  const hasWindow = freshness.kind !== 'nonce' || freshness.tolerance !== undefined
  // What the runtime would hand the signer at server time `timestamp`: a nonce kind also gets the nonce anchored
  // to it (or `nonce` when given).
  const fresh = (timestamp: number, nonce?: bigint): SignOptions =>
    freshness.kind === 'nonce'
      ? { timestamp, nonce: nonce ?? BigInt(Math.floor(timestamp * freshness.unitsPerMs)) }
      : { timestamp }

  describe(`${exchange.id} signer conformance`, () => {
    test('vectors', async () => {
      expect(
        vectors.length,
        'add official vectors with their sources (TODO in test/vectors.ts)',
      ).toBeGreaterThan(0)
      for (const v of vectors) {
        expectVector(await exchange.createSigner(v.credentials).sign(v.intent, v.options), v)
      }
    })

    test(
      'determinism',
      async () => {
        expect(intents.length, 'give at least two intents').toBeGreaterThanOrEqual(2)
        // Randomised signatures are compared on what must not vary, and each must verify on its own.
        const comparable = (r: SignedRequest) => (randomized ? randomized.stable(r) : r)
        for (const intent of intents) {
          const a = await signer().sign(intent, fresh(T))
          const b = await signer().sign(intent, fresh(T))
          expect(comparable(b)).toEqual(comparable(a))
          if (randomized) {
            expect(b, 'randomized is set, but two signings gave the same bytes').not.toEqual(a)
            for (const r of [a, b]) expect(verifierAt(T).verify(raw(r)).ok).toBe(true)
          }
          // The next nonce, or the next timestamp the exchange can tell apart (1 s on exchanges that sign seconds).
          const next =
            freshness.kind === 'nonce'
              ? fresh(T, (fresh(T).nonce as bigint) + 1n)
              : fresh(T + freshness.resolutionMs)
          expect(comparable(await signer().sign(intent, next))).not.toEqual(comparable(a))
        }
      },
      randomized ? `determinism (randomized: ${randomized.reason})` : 'determinism',
    )

    test('header set', async () => {
      for (const intent of intents) {
        const signed = await signer().sign(intent, fresh(T))
        const names = Object.keys(signed.headers)
          .map((h) => h.toLowerCase())
          .sort()
        expect(names, `${intent.method} ${intent.path}`).toEqual(
          options
            .expectedHeaders(intent)
            .map((h) => h.toLowerCase())
            .sort(),
        )
      }
    })

    if (hasWindow) {
      test('tolerance edges', async () => {
        const window = timestampWindow(freshness)!
        const { aheadMs, behindMs } = window.tolerance
        const res = window.resolutionMs
        // The signer truncates to its resolution: the first timestamp it writes at or past the ahead bound.
        const ahead = Math.ceil((T + aheadMs) / res) * res
        const cases: [number, boolean][] = [
          [T - behindMs, true],
          [T - behindMs - res, false],
          [ahead - res, true],
          [ahead, false],
        ]
        for (const [timestamp, accepted] of cases) {
          const signed = await signer().sign(intents[0]!, fresh(timestamp))
          const result = verifierAt(T).verify(raw(signed))
          expect(result.ok, `timestamp ${timestamp - T} ms from server time`).toBe(accepted)
          if (!result.ok) expect(result.kind).toBe(freshness.kind === 'nonce' ? 'nonce' : 'timestamp')
        }
      })
    }

    if (freshness.kind === 'nonce') {
      test('nonce edges', async () => {
        // One server, so it remembers the key's nonces: a repeat is refused, a higher one accepted; an
        // 'increasing' exchange also refuses any lower one.
        const verifier = verifierAt(T)
        const n = fresh(T).nonce as bigint
        const at = async (nonce: bigint) =>
          verifier.verify(raw(await signer().sign(intents[0]!, fresh(T, nonce))))
        expect((await at(n)).ok, 'first nonce').toBe(true)
        const repeat = await at(n)
        expect(repeat.ok, 'the same nonce again').toBe(false)
        if (!repeat.ok) expect(repeat.kind).toBe('nonce')
        expect((await at(n + 1n)).ok, 'the next nonce').toBe(true)
        if (freshness.ordering === 'increasing') {
          const lower = await at(n)
          expect(lower.ok, 'a nonce below the last one').toBe(false)
          if (!lower.ok) expect(lower.kind).toBe('nonce')
        }
        expect((await at(n + 1000n)).ok, 'a nonce well above').toBe(true)
      })
    }

    test('round trip', async () => {
      for (const intent of intents) {
        const signed = await signer().sign(intent, fresh(T))
        const result = verifierAt(T).verify(raw(signed))
        expect(result, `${intent.method} ${intent.path}`).toMatchObject({
          ok: true,
          apiKey: verifierKey.apiKey,
        })
      }
    })

    test('single-byte tamper', async () => {
      const unsigned = new Set((options.unsignedHeaders ?? []).map((h) => h.toLowerCase()))
      for (const intent of intents) {
        const signed = await signer().sign(intent, fresh(T))
        const verifier = verifierAt(T)
        const accepted: string[] = []
        const check = (what: string, r: SignedRequest) => {
          if (verifier.verify(raw(r)).ok) accepted.push(what)
        }
        for (let i = 0; i < signed.method.length; i++) {
          check(`method[${i}]`, { ...signed, method: tamperAt(signed.method, i) as SignedRequest['method'] })
        }
        const q = signed.url.indexOf('?')
        const urlEnd = unsignedParts.has('query') && q >= 0 ? q : signed.url.length
        for (let i = 0; i < urlEnd; i++) check(`url[${i}]`, { ...signed, url: tamperAt(signed.url, i) })
        const body = unsignedParts.has('body') ? '' : (signed.body ?? '')
        for (let i = 0; i < body.length; i++) check(`body[${i}]`, { ...signed, body: tamperAt(body, i) })
        for (const [name, value] of Object.entries(signed.headers)) {
          if (unsigned.has(name.toLowerCase())) continue
          for (let i = 0; i < value.length; i++) {
            check(`header ${name}[${i}]`, {
              ...signed,
              headers: { ...signed.headers, [name]: tamperAt(value, i) },
            })
          }
        }
        expect(accepted, `${intent.method} ${intent.path}: tampered requests the verifier accepted`).toEqual(
          [],
        )
      }
    })

    test('redaction', async () => {
      const s = signer()
      const printed = [String(s), JSON.stringify(s), inspect(s, { depth: 5, showHidden: true })]
      for (const intent of intents) {
        const signed = await s.sign(intent, fresh(T))
        const signature = options.extractSignature(signed)
        expect(signature.length).toBeGreaterThan(0)
        const redacted = [
          redactUrl(signed.url),
          JSON.stringify(redactHeaders(signed.headers)),
          redactBody(signed.body) ?? '',
        ]
        for (const text of redacted) expect(text).not.toContain(signature)
        printed.push(...redacted)
      }
      for (const text of printed) for (const secret of secrets) expect(text).not.toContain(secret)
    })

    test('bad secret', () => {
      // An HMAC secret with copy-and-paste damage, or a private key cut in half or kept in quotes.
      const { secret, privateKey } = credentials
      const damaged: Credentials[] =
        typeof secret === 'string'
          ? [`${secret}\n`, ` ${secret}`, `"${secret}"`].map((bad) => ({ ...credentials, secret: bad }))
          : typeof privateKey === 'string'
            ? [privateKey.slice(0, Math.floor(privateKey.length / 2)), `"${privateKey}"`].map((bad) => ({
                ...credentials,
                privateKey: bad,
              }))
            : []
      expect(damaged.length, 'give credentials with a text secret or private key').toBeGreaterThan(0)
      for (const bad of damaged) {
        let caught: unknown
        try {
          exchange.createSigner(bad)
        } catch (error) {
          caught = error
        }
        expect(isSignetError(caught), 'a damaged secret or key must be rejected with a typed error').toBe(
          true,
        )
        const text = `${(caught as Error).message}\n${inspect(caught)}\n${JSON.stringify(caught)}`
        for (const value of secrets) expect(text).not.toContain(value)
      }
    })
  })
}

function missing(what: string): never {
  throw new Error(`runSignerConformance: give ${what}`)
}
