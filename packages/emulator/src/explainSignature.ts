import type {
  Credentials,
  ExchangeDefinition,
  ExchangeDiagnosis,
  RequestIntent,
  SignatureVariant,
} from '@signet/core'
import { type DiffPart, diffChars, firstDifference } from './diffChars'

/** Options of `explainSignature`. */
export type ExplainSignatureOptions = {
  exchange: ExchangeDefinition
  /** The exchange's diagnosis capability (`@signet/<exchange>/diagnose`): its signature variants. */
  diagnosis: ExchangeDiagnosis
  credentials: Credentials
  intent: RequestIntent
  /** Epoch ms the user's code signed with. */
  timestamp: number
  /** Window the user's code asked for (Binance `recvWindow`, Bybit `X-BAPI-RECV-WINDOW`), in ms. */
  windowMs?: number | undefined
  /** The nonce the user's code signed with, where the exchange's freshness is a nonce. @default the timestamp */
  nonce?: string | bigint | undefined
  /** The signature the user's code produced, as sent. */
  signature: string
}

/** A variant as reported: no signature in it. */
export type ExplainVariant = { id: string; description: string }

/** Which way of signing produced the user's signature, and how its signed text differs from the correct one. */
export type ExplainResult = {
  /** `correct`: the signature is right; `known-mistake`: a known variant made it; `unknown`: none did. */
  outcome: 'correct' | 'known-mistake' | 'unknown'
  /** 0 correct, 1 known mistake, 2 unknown. */
  exitCode: 0 | 1 | 2
  match?: ExplainVariant | undefined
  /** Other variants that give the same signature (indistinguishable from `match`). */
  alsoMatches: string[]
  /** The text the exchange verifies. */
  correctSignedText: string
  /** The text the matched variant signed. */
  yourSignedText?: string | undefined
  /** Character diff from `yourSignedText` to `correctSignedText`. */
  diff?: DiffPart[] | undefined
  /** Code point index of the first difference; undefined when the texts are the same. */
  firstDifference?: number | undefined
  /** Every variant that was tried, `correct` first. */
  checked: ExplainVariant[]
  /** Remarks about the comparison (a percent-encoded signature, ...). */
  notes: string[]
}

/**
 * Finds which known way of signing (correct, or one of the diagnosis's `signatureVariants`) produced the given
 * signature, and diffs that way's signed text against the correct one.
 *
 * @example
 * const result = explainSignature({ exchange: binance, diagnosis: binanceDiagnosis, credentials, intent, timestamp, signature })
 * result.match?.id // 'unencoded'
 */
export function explainSignature(options: ExplainSignatureOptions): ExplainResult {
  const { exchange, diagnosis, credentials, intent, timestamp, windowMs, nonce } = options
  const variants = diagnosis.signatureVariants({ credentials, intent, timestamp, windowMs, nonce })
  const correct = variants.find((v) => v.id === 'correct') ?? variants[0]
  if (!correct) throw new Error(`${exchange.name} lists no signature variants`)
  const checked = variants.map(({ id, description }) => ({ id, description }))
  const notes: string[] = []
  const given = options.signature.trim()
  // A variant with `matches` recognises randomised signatures and tokens itself (Coinbase ES256 JWTs).
  const made = (v: SignatureVariant, text: string) => (v.matches ? v.matches(text) : v.signature === text)
  let matches = variants.filter((v) => made(v, given))
  if (matches.length === 0) {
    const decoded = safeDecode(given)
    if (decoded !== given) {
      matches = variants.filter((v) => made(v, decoded))
      if (matches.length > 0)
        notes.push('the signature was given percent-encoded (as in a URL) and compared decoded')
    }
  }
  const base = { correctSignedText: correct.signedText, checked, notes }
  const [match, ...others] = matches
  if (!match) return { ...base, outcome: 'unknown', exitCode: 2, alsoMatches: [] }
  const alsoMatches = others.map((v) => v.id)
  if (match === correct) {
    return { ...base, outcome: 'correct', exitCode: 0, match: describe(match), alsoMatches }
  }
  return {
    ...base,
    outcome: 'known-mistake',
    exitCode: 1,
    match: describe(match),
    alsoMatches,
    yourSignedText: match.signedText,
    diff: diffChars(match.signedText, correct.signedText),
    firstDifference: firstDifference(match.signedText, correct.signedText),
  }
}

function describe(variant: SignatureVariant): ExplainVariant {
  return { id: variant.id, description: variant.description }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
