import {
  type Credentials,
  type ExchangeDefinition,
  type ExchangeDiagnosis,
  type HttpMethod,
  isSignetError,
  type Params,
  type RawRequest,
  type RequestIntent,
  type SignedRequest,
  type VerifierKey,
} from '@signet/core'
import { decodeForm, parseJsonObject, parseRawRequest } from '@signet/core/kit'
import { type ExplainResult, explainSignature } from '../explainSignature'

/** What the inspector can say about a rejected signature. @internal */
export type Diagnosis = { ok: true; result: ExplainResult } | { ok: false; reason: string }

/** One value of a request; `sent` is its text as it travelled (still percent-encoded in a query or form). */
type Field = { place: 'header' | 'query' | 'body'; name: string; value: string; sent: string }
type Spot = Pick<Field, 'place' | 'name'>

// A probe signs with values no real request carries, so where they land in the wire form is unambiguous.
const PROBE_TIMESTAMP = 1_600_000_000_123
const PROBE_WINDOW = 4321
const PROBE_NONCE = '1600000000123456'

// The ways a signer may write the probe's timestamp, and how to read a received one written the same way.
const TIMESTAMP_FORMS: readonly { text: string; read: (value: string) => number }[] = [
  { text: String(PROBE_TIMESTAMP), read: Number },
  { text: String(Math.floor(PROBE_TIMESTAMP / 1000)), read: (v) => Number(v) * 1000 },
  { text: (PROBE_TIMESTAMP / 1000).toFixed(3), read: (v) => Math.round(Number(v) * 1000) },
  { text: new Date(PROBE_TIMESTAMP).toISOString(), read: Date.parse },
  { text: `${new Date(PROBE_TIMESTAMP).toISOString().slice(0, 19)}Z`, read: Date.parse },
  { text: String(PROBE_TIMESTAMP * 1000), read: (v) => Math.floor(Number(v) / 1000) },
]

function fieldsOf(request: {
  method: string
  url: string
  headers: Readonly<Record<string, string | undefined>>
  body?: string | undefined
}) {
  const raw = parseRawRequest({ ...request, body: request.body ?? '' })
  const fields: Field[] = Object.entries(raw.headers).map(([name, value]) => ({
    place: 'header',
    name,
    value,
    sent: value,
  }))
  const pairs = (place: Field['place'], text: string) => {
    const sent = text.split('&')
    decodeForm(text).forEach(([name, value], i) => {
      fields.push({ place, name, value, sent: sent[i]!.slice(sent[i]!.indexOf('=') + 1) })
    })
  }
  pairs('query', raw.query)
  const json = parseJsonObject(raw.body)
  if (json) {
    for (const [name, value] of Object.entries(json))
      if (typeof value === 'string' || typeof value === 'number')
        fields.push({ place: 'body', name, value: String(value), sent: String(value) })
  } else {
    pairs('body', raw.body)
  }
  return { raw, fields, json }
}

const spotOf = (fields: readonly Field[], test: (value: string) => boolean): Spot | undefined => {
  const found = fields.find((f) => test(f.value))
  return found && { place: found.place, name: found.name }
}
// A signer may put its params in the query for one request and in the body for another (Binance: the body of a
// POST with a form), so a param is found by name in either.
const find = (fields: readonly Field[], spot: Spot | undefined) =>
  spot &&
  fields.find(
    (f) =>
      f.name === spot.name && (f.place === spot.place || (f.place !== 'header' && spot.place !== 'header')),
  )
const read = (fields: readonly Field[], spot: Spot | undefined) => find(fields, spot)?.value

/**
 * Diagnoses a request whose signature was refused, for any exchange whose keys are HMAC secrets the emulator holds:
 * a probe signed with the exchange's own signer shows where the timestamp, window, nonce and signature travel and
 * which params the signer adds; the received request minus those is the bot's intent, and the exchange's
 * diagnosis's `signatureVariants` for it tell which way of signing made the received signature. @internal
 */
export function diagnose(
  definition: ExchangeDefinition,
  diagnosis: ExchangeDiagnosis,
  keys: readonly VerifierKey[],
  request: RawRequest,
  serverTime: number,
): Diagnosis {
  const received = fieldsOf(request)
  const key = keys.find((k) => k.secret !== undefined && received.fields.some((f) => f.value === k.apiKey))
  if (!key) {
    return {
      ok: false,
      reason:
        'no HMAC key the emulator holds appears in this request (for key pairs it holds only the public key)',
    }
  }
  const credentials: Credentials = {
    apiKey: key.apiKey,
    secret: key.secret,
    passphrase: key.passphrase,
    keyEnvironment: key.keyEnvironment ?? key.environment,
  }
  const method = received.raw.method as HttpMethod
  const path = received.raw.path
  const probeIntent: RequestIntent = { method, path, security: 'signed' }
  let options: { timestamp: number; windowMs?: number | undefined; nonce: string } = {
    timestamp: PROBE_TIMESTAMP,
    windowMs: PROBE_WINDOW,
    nonce: PROBE_NONCE,
  }
  const signer = definition.createSigner(credentials)
  if (!signer.signSync)
    return { ok: false, reason: `the ${definition.name} signer cannot be probed synchronously` }
  let probeSigned: SignedRequest
  try {
    probeSigned = signer.signSync(probeIntent, options)
  } catch (error) {
    // An exchange whose window is fixed refuses a chosen one (UnsupportedError): probe it without. Any other
    // failure is the signer's to report, not to be hidden by a second try.
    if (!isSignetError(error, 'unsupported')) throw error
    options = { ...options, windowMs: undefined }
    probeSigned = signer.signSync(probeIntent, options)
  }
  const probe = fieldsOf(probeSigned)
  const [correct] = diagnosis.signatureVariants({ credentials, intent: probeIntent, ...options })
  const signatureSpot =
    correct &&
    spotOf(probe.fields, (v) => v === correct.signature || (v.length > 16 && v.endsWith(correct.signature)))
  // As sent: a base64 signature's '+' is no form-encoded space (explainSignature also tries it percent-decoded).
  const signature = find(received.fields, signatureSpot)?.sent
  if (signature === undefined)
    return { ok: false, reason: `the place of a ${definition.name} signature is not generic` }

  const form = TIMESTAMP_FORMS.find((f) => probe.fields.some((p) => p.value === f.text))
  const timestampText =
    form &&
    read(
      received.fields,
      spotOf(probe.fields, (v) => v === form.text),
    )
  const timestamp = form && timestampText !== undefined ? form.read(timestampText) : serverTime
  const windowText = read(
    received.fields,
    spotOf(probe.fields, (v) => v === String(PROBE_WINDOW)),
  )
  const nonce = read(
    received.fields,
    spotOf(probe.fields, (v) => v === PROBE_NONCE),
  )

  // Params the signer adds itself (timestamp, recvWindow, signature, ...) are not the bot's.
  const added = new Set(probe.fields.filter((f) => f.place !== 'header').map((f) => f.name))
  const own = (place: Field['place']): Params =>
    Object.fromEntries(
      received.fields.filter((f) => f.place === place && !added.has(f.name)).map((f) => [f.name, f.value]),
    )
  const intent: RequestIntent = { method, path, security: 'signed' }
  if (received.raw.query !== '') intent.params = own('query')
  if (received.json) {
    intent.body = Object.fromEntries(
      Object.entries(received.json).filter(([name]) => !added.has(name)),
    ) as RequestIntent['body']
  } else if (received.raw.body !== '') {
    intent.form = own('body')
  }
  const result = explainSignature({
    exchange: definition,
    diagnosis,
    credentials,
    intent,
    timestamp,
    windowMs: windowText === undefined ? undefined : Number(windowText),
    nonce,
    signature,
  })
  if (result.correctSignedText !== diagnosis.stringToSign(request)) {
    result.notes.push(
      'the request rebuilt from the received params does not sign the same text as the received bytes, so this is a best guess',
    )
  }
  return { ok: true, result }
}
