// A made-up exchange for core's own tests of the shared suites: HMAC-SHA256 hex over timestamp + METHOD + url +
// body, headers ACME-KEY, ACME-TS, ACME-SIGN, a 5 s window either way, JSON answers { code, msg, data }. Each piece
// can be swapped for a deliberately wrong one, to show the suites fail it.
import type {
  Credentials,
  Emulation,
  ExchangeDefinition,
  LocalSigner,
  RawRequest,
  RequestIntent,
  SignatureVariantsInput,
  SignedRequest,
  SignOptions,
  Verifier,
  VerifierOptions,
} from '@signet/core'
import { signingTime } from '@signet/core'
import {
  canTrade,
  checkSignOptions,
  hmac,
  hmacKeyRing,
  hmacSigningKey,
  hmacVariants,
  jsonRequestParts,
  jsonVerifier,
  safeEqual,
  secretWithNewline,
  type VerifierRefusals,
  variantInputs,
} from '@signet/core/kit'

const T_WINDOW = 5000

/** Deliberate mistakes, one per flag, that the shared suites must catch. */
export type AcmeFlaws = {
  /** The verifier skips the timestamp window. */
  noWindow?: boolean
  /** The verifier answers an unknown key with the bad-signature code. */
  unknownKeyAsSignature?: boolean
  /** The verifier lets a read-only key trade. */
  noPermission?: boolean
  /** The verifier and signer leave the body out of the signed text. */
  unsignedBody?: boolean
  /** The signer reads Date.now, not its `now`. */
  ignoresNow?: boolean
  /** The signer signs a public intent too. */
  signsPublic?: boolean
  /** The signer trims a secret instead of refusing it. */
  trimsSecret?: boolean
}

export const acmeRefusals = {
  headers: ['ACME-KEY', 'ACME-TS', 'ACME-SIGN'],
  missingHeader: '10',
  expired: '11',
  unknownKey: '12',
  badSignature: '13',
  readOnly: '14',
  notFound: '404',
} as const satisfies VerifierRefusals

const errors = {
  '10': { kind: 'invalid-api-key', status: 401, message: 'missing header' },
  '11': { kind: 'timestamp', status: 400, message: 'expired' },
  '12': { kind: 'invalid-api-key', status: 401, message: 'unknown key' },
  '13': { kind: 'invalid-signature', status: 401, message: 'bad signature' },
  '14': { kind: 'permission', status: 403, message: 'read only' },
  '404': { kind: 'other', status: 404, message: 'not found' },
  '500': { kind: 'other', status: 500, message: 'internal' },
} as const

export const acmeStringToSign = (
  request: Pick<RawRequest, 'method' | 'url' | 'body' | 'headers'>,
  flaws: AcmeFlaws = {},
) => {
  const ts = Object.entries(request.headers).find(([h]) => h.toLowerCase() === 'acme-ts')?.[1] ?? ''
  return `${ts}${request.method}${request.url}${flaws.unsignedBody ? '' : request.body}`
}

export const createAcmeSigner = (
  credentials: Credentials & { now?: () => number },
  flaws: AcmeFlaws = {},
) => {
  const given = flaws.trimsSecret
    ? { ...credentials, secret: String(credentials.secret).trim() }
    : credentials
  const { apiKey, key } = hmacSigningKey(given, {
    exchange: 'acme',
    keys: 'Acme keys',
    hint: 'Pass `secret`.',
  })
  const time = signingTime(flaws.ignoresNow ? undefined : credentials.now)
  const signSync = (intent: RequestIntent, given?: SignOptions): SignedRequest => {
    const options = checkSignOptions(given)
    const parts = jsonRequestParts(intent, { exchange: 'Acme' })
    if (intent.security === 'none' && !flaws.signsPublic) return parts.unsigned
    const ts = String(time(options.timestamp))
    const text = `${ts}${intent.method}${parts.url}${flaws.unsignedBody ? '' : (parts.body ?? '')}`
    const headers = { 'ACME-KEY': apiKey, 'ACME-TS': ts, 'ACME-SIGN': hmac('sha256', key, text, 'hex') }
    return {
      method: intent.method,
      url: parts.url,
      headers: { ...headers, ...parts.contentType },
      body: parts.body,
    }
  }
  const signer: LocalSigner<SignOptions, 'acme'> = {
    type: 'local',
    exchange: 'acme',
    keyType: 'hmac',
    apiKey,
    sign: async (intent, options) => signSync(intent, options),
    signSync,
  }
  return Object.freeze(signer)
}

export const createAcmeVerifier = (options: VerifierOptions, flaws: AcmeFlaws = {}): Verifier => {
  const keys = hmacKeyRing(options)
  const R = acmeRefusals
  return jsonVerifier(options, {
    exchange: 'acme',
    errors,
    error: (code, msg) => ({ code: Number(code), msg }),
    serverTime: (serverTime) => ({ code: 0, data: serverTime }),
    ok: (data) => ({ code: 0, data }),
    generic: {
      'not-found': [404, R.notFound, 'not found'],
      'duplicate-order': [400, '13', 'duplicate'],
      'order-not-found': [400, '13', 'no order'],
      internal: [500, '500', 'internal'],
    },
    refusals: R,
    check: (raw, fail, request) => {
      const ts = Number(raw.headers['acme-ts'])
      const now = options.now()
      if (!flaws.noWindow && !(Math.abs(ts - now) < T_WINDOW)) return fail(R.expired, 'timestamp')
      const key = keys.get(raw.headers['acme-key']!)
      if (!key)
        return flaws.unknownKeyAsSignature
          ? fail(R.badSignature, 'invalid-signature')
          : fail(R.unknownKey, 'invalid-api-key')
      const expected = hmac('sha256', key.hmacKey, acmeStringToSign(request, flaws), 'hex')
      if (!safeEqual(raw.headers['acme-sign']!, expected)) return fail(R.badSignature, 'invalid-signature')
      if (!flaws.noPermission && raw.method !== 'GET' && !canTrade(key.record))
        return fail(R.readOnly, 'permission')
      return raw.accept(key.record.apiKey)
    },
  })
}

export const acmeSignatureVariants = (input: SignatureVariantsInput) => {
  const { intent, timestamp, secret, raw, encoded, sorted, body, pythonBody } = variantInputs(input)
  const text = (ts: string | number, method: string, query: string, b: string) =>
    `${ts}${method}${intent.path}${query ? `?${query}` : ''}${b}`
  const correct = text(timestamp, intent.method, encoded, body)
  return hmacVariants(
    [
      { id: 'correct', description: 'Signed ts + METHOD + url + body.', signedText: correct },
      {
        id: 'raw-query',
        description: 'Signed the query unencoded.',
        signedText: text(timestamp, intent.method, raw, body),
      },
      {
        id: 'sorted',
        description: 'Sorted the params.',
        signedText: text(timestamp, intent.method, sorted, body),
      },
      {
        id: 'spacing',
        description: 'Spaced the JSON.',
        signedText: text(timestamp, intent.method, encoded, pythonBody),
      },
      {
        id: 'seconds',
        description: 'Signed seconds.',
        signedText: text(Math.floor(timestamp / 1000), intent.method, encoded, body),
      },
      {
        id: 'lowercase',
        description: 'Lower-cased the method.',
        signedText: text(timestamp, intent.method.toLowerCase(), encoded, body),
      },
      {
        id: 'no-body',
        description: 'Left the body out.',
        signedText: text(timestamp, intent.method, encoded, ''),
      },
      { id: 'base64', description: 'Wrote base64.', signedText: correct, encoding: 'base64' },
      { id: 'sha512', description: 'Used SHA-512.', signedText: correct, algorithm: 'sha512' },
      secretWithNewline(correct, secret),
    ],
    { secret, algorithm: 'sha256', encoding: 'hex' },
  )
}

export const acme: ExchangeDefinition = {
  id: 'acme',
  name: 'Acme',
  products: {
    spot: {
      rest: { live: 'https://acme.invalid', testnet: 'https://testnet.acme.invalid' },
      serverTime: { method: 'GET', path: '/time', security: 'none' },
    },
  },
  defaultProduct: 'spot',
  freshness: {
    kind: 'timestamp',
    tolerance: () => ({ aheadMs: T_WINDOW, behindMs: T_WINDOW - 1 }),
    defaultWindowMs: undefined,
    resolutionMs: 1,
  },
  bodyParams: 'json',
  parseServerTime: (answer) => {
    const body = (typeof answer === 'string' ? JSON.parse(answer) : answer) as { data?: unknown }
    if (typeof body?.data !== 'number') throw new Error('expected {"data":<epoch ms>}')
    return body.data
  },
  classifyError: (response) => {
    const code = String((JSON.parse(response.body) as { code?: number }).code ?? 0)
    const entry = errors[code as keyof typeof errors]
    return entry ? { kind: entry.kind, code, message: entry.message, hint: undefined } : undefined
  },
  createSigner: createAcmeSigner,
  clientOrderIdParam: 'clientId',
}

/** Acme with the given mistakes: its definition, verifier, diagnosis and examples, as a suite takes them. */
export const acmeWith = (flaws: AcmeFlaws = {}) => ({
  definition: { ...acme, createSigner: (c: Credentials) => createAcmeSigner(c, flaws) },
  verification: { createVerifier: (options: VerifierOptions) => createAcmeVerifier(options, flaws) },
  diagnosis: {
    stringToSign: (r: RawRequest) => acmeStringToSign(r, flaws),
    signatureVariants: acmeSignatureVariants,
  },
  examples: acmeEmulation.examples,
})

export const acmeEmulation = {
  definition: acme,
  verification: { createVerifier: (options: VerifierOptions) => createAcmeVerifier(options) },
  diagnosis: {
    stringToSign: (r: RawRequest) => acmeStringToSign(r),
    signatureVariants: acmeSignatureVariants,
  },
  examples: {
    account: { method: 'GET', path: '/account', params: { asset: 'USD' }, security: 'signed' },
    placeOrder: (clientId) => ({
      method: 'POST',
      path: '/order',
      body: { clientId, symbol: 'BTC-USD', side: 'buy', qty: '0.5', price: '20000' },
      security: 'signed',
    }),
    cancelOrder: (clientId) => ({ method: 'DELETE', path: `/order/${clientId}`, security: 'signed' }),
  },
} satisfies Pick<Emulation, 'definition' | 'verification' | 'diagnosis' | 'examples'>
