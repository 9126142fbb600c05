import type {
  ExchangeDefinition,
  ExchangeDiagnosis,
  RawRequest,
  VerifierKey,
  WireResponse,
} from '@signet/core'
import type { DiffPart } from '../diffChars'
import type { ExplainResult } from '../explainSignature'
import type { FaultKind } from '../types'
import { visible } from '../visible'
import { diagnose } from './_diagnose'

/** A request as the emulator answered it, before the inspector describes it. @internal */
export type AnsweredRequest = {
  exchange: string
  request: RawRequest
  status: number
  /** The emulator's code for the outcome (the exchange's code, or `not-found`). */
  code?: string | number | undefined
  /** The fault that replaced the answer, if one did. */
  fault?: FaultKind | undefined
  /** The answer the exchange gave (absent when a fault replaced it before processing). */
  response?: WireResponse | undefined
  serverTime: number
}

/** What the page shows for a rejected signature. @internal */
export type PageDiagnosis =
  | { ok: false; reason: string }
  | {
      ok: true
      outcome: 'correct' | 'known-mistake' | 'unknown'
      match?: { id: string; description: string } | undefined
      alsoMatches: string[]
      correctSignedText: string
      yourSignedText?: string | undefined
      diff?: DiffPart[] | undefined
      firstDifference?: number | undefined
      notes: string[]
    }

/** One request as the page shows it (before concealment). @internal */
export type DescribedRequest = {
  seq: number
  exchange: string
  method: string
  path: string
  url: string
  headers: Record<string, string>
  body: string
  status: number
  code: string | number | null
  verdict: { accepted: boolean; kind: string; message: string }
  stringToSign: { ok: true; text: string } | { ok: false; error: string }
  diagnosis: PageDiagnosis | null
  response: { status: number; body: string } | null
  serverTime: number
}

// Enough to read any request a bot sends; a huge body is cut rather than streamed whole to the page.
const MAX_SHOWN = 8192
const cut = (text: string) =>
  text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text

/** Describes an answered request for the page: signed text, verdict and, for a refused signature, the diagnosis. @internal */
export function describeRequest(
  seq: number,
  answered: AnsweredRequest,
  definition: ExchangeDefinition,
  exchangeDiagnosis: ExchangeDiagnosis,
  keys: readonly VerifierKey[],
): DescribedRequest {
  const { request, response } = answered
  const q = request.url.indexOf('?')
  let stringToSign: DescribedRequest['stringToSign']
  try {
    stringToSign = { ok: true, text: cut(exchangeDiagnosis.stringToSign(request)) }
  } catch (error) {
    stringToSign = { ok: false, error: (error as Error).message }
  }
  // Some exchanges refuse with HTTP 200 and an error code in the body (Bybit), so the answer is classified whatever its status.
  const classified =
    response && answered.code !== 'not-found'
      ? definition.classifyError({ status: response.status, headers: response.headers, body: response.body })
      : undefined
  const accepted =
    answered.fault === undefined &&
    classified === undefined &&
    answered.code === undefined &&
    answered.status < 400
  const kind = answered.fault
    ? `fault: ${answered.fault}`
    : accepted
      ? 'accepted'
      : (classified?.kind ?? String(answered.code ?? 'rejected'))
  let diagnosis: PageDiagnosis | null = null
  if (classified?.kind === 'invalid-signature') {
    try {
      const found = diagnose(definition, exchangeDiagnosis, keys, request, answered.serverTime)
      diagnosis = found.ok ? pageDiagnosis(found.result) : found
    } catch (error) {
      diagnosis = { ok: false, reason: `the diagnosis failed: ${(error as Error).message}` }
    }
  }
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers[name] = value
  return {
    seq,
    exchange: answered.exchange,
    method: request.method,
    path: q < 0 ? request.url : request.url.slice(0, q),
    url: cut(request.url),
    headers,
    body: cut(request.body),
    status: answered.status,
    code: answered.fault ? `fault:${answered.fault}` : (classified?.code ?? answered.code ?? null),
    verdict: { accepted, kind, message: classified?.message ?? '' },
    stringToSign,
    diagnosis,
    response: response ? { status: response.status, body: cut(response.body) } : null,
    serverTime: answered.serverTime,
  }
}

function pageDiagnosis(result: ExplainResult): PageDiagnosis {
  return {
    ok: true,
    outcome: result.outcome,
    match: result.match,
    alsoMatches: result.alsoMatches,
    correctSignedText: visible(cut(result.correctSignedText)),
    yourSignedText: result.yourSignedText === undefined ? undefined : visible(cut(result.yourSignedText)),
    diff: result.diff?.map((p) => ({ op: p.op, text: visible(p.text) })),
    firstDifference: result.firstDifference,
    notes: result.notes,
  }
}
