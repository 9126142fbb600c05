import type { RequestIntent, SignatureVariantsInput } from '@signet/core'
import { serializeJsonBody } from '../request/serializeJsonBody'
import { pythonJson } from './pythonJson'
import { type QueryForms, queryForms } from './queryForms'
import { revealCredential } from './revealCredential'

/** What an exchange's HMAC signature variants start from: the intent, the time, the key texts and the usual forms. */
export type VariantInputs = QueryForms & {
  intent: RequestIntent
  /** Epoch ms. */
  timestamp: number
  /** The secret's text. */
  secret: string
  /** The passphrase's text, `''` without one. */
  passphrase: string
  /** The JSON body as the signer sends it (compact), `''` without a body. */
  body: string
  /** The same body as Python's `json.dumps` writes it (spaces after `:` and `,`), `''` without a body. */
  pythonBody: string
}

/**
 * The starting point of HMAC signature variants: credentials revealed, the query in its usual forms (raw, encoded,
 * `+` for space, sorted) and the JSON body compact and Python-spaced.
 *
 * @example
 * const { intent, timestamp, secret, raw, encoded, body } = variantInputs(input)
 */
export function variantInputs(input: SignatureVariantsInput): VariantInputs {
  const { credentials, intent, timestamp } = input
  const body = intent.body === undefined ? '' : serializeJsonBody(intent.body)
  return {
    ...queryForms(intent.params),
    intent,
    timestamp,
    secret: revealCredential(credentials.secret),
    passphrase: revealCredential(credentials.passphrase),
    body,
    pythonBody: body === '' ? '' : pythonJson(JSON.parse(body)),
  }
}
