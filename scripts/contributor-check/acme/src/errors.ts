import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'
import { parseJsonObject, retryAfterMs, summarizeBody } from '@signet/core/kit'

/** One row of Acme's error table. */
export type AcmeErrorEntry = {
  kind: ErrorKind
  /** HTTP status Acme answers with. */
  status: number
  /** The message Acme sends. */
  message: string
  /** Which cause to check first, in one sentence. */
  hint: string
}

/** Acme's error codes as data (RULES.md): kind, HTTP status, wire message and hint. */
export const acmeErrors: Readonly<Record<string, AcmeErrorEntry>> = {
  '40001': {
    kind: 'invalid-api-key',
    status: 401,
    message: 'Missing authentication header',
    hint: 'Send ACME-KEY, ACME-SIGN, ACME-TIMESTAMP and ACME-PASSPHRASE.',
  },
  '40002': {
    kind: 'timestamp',
    status: 400,
    message: 'Timestamp outside the window',
    hint: 'Check the clock first: ACME-TIMESTAMP must be within 10 s behind and 1 s ahead of Acme time.',
  },
  '40003': {
    kind: 'invalid-api-key',
    status: 401,
    message: 'Invalid API key',
    hint: 'Check that the API key is copied whole and still exists.',
  },
  '40004': {
    kind: 'passphrase',
    status: 401,
    message: 'Invalid passphrase',
    hint: 'Check the passphrase you chose when you created the key.',
  },
  '40005': {
    kind: 'invalid-signature',
    status: 401,
    message: 'Invalid signature',
    hint: 'Sign timestamp + METHOD + path?query (as sent) + body with HMAC-SHA256 in base64; then check the secret.',
  },
  '40006': {
    kind: 'permission',
    status: 403,
    message: 'Permission denied',
    hint: 'Give the key the trade permission.',
  },
  '40404': { kind: 'other', status: 404, message: 'Not Found', hint: 'Check the path and the host.' },
  '42900': {
    kind: 'rate-limit',
    status: 429,
    message: 'Too many requests',
    hint: 'Slow down and retry after the time Acme gives.',
  },
  '50000': {
    kind: 'other',
    status: 500,
    message: 'Internal error',
    hint: 'An Acme-side problem: retry later, and check order state before re-sending.',
  },
}

/**
 * Classifies an Acme answer: undefined for success (`code` "0"), otherwise the cause; never throws, also for HTML
 * or empty bodies.
 *
 * @example
 * classifyAcmeError({ status: 401, headers: {}, body: '{"code":"40005","msg":"Invalid signature"}' })?.kind // 'invalid-signature'
 */
export function classifyAcmeError(response: ExchangeResponse): ClassifiedError | undefined {
  const retry = retryAfterMs(response.headers)
  const json = parseJsonObject(response.body)
  const code = typeof json?.code === 'string' ? json.code : undefined
  if (code === '0' && response.status < 300) return undefined
  const entry = code === undefined ? undefined : acmeErrors[code]
  const message =
    typeof json?.msg === 'string' ? json.msg : summarizeBody(response.body, 200) || '(empty body)'
  if (entry) return { kind: entry.kind, code, message, hint: entry.hint, retryAfterMs: retry }
  if (response.status === 429)
    return { kind: 'rate-limit', code, message, hint: acmeErrors['42900']!.hint, retryAfterMs: retry }
  const hint =
    response.status >= 500
      ? acmeErrors['50000']!.hint
      : 'Read the message: Acme did not accept the request as sent.'
  return { kind: 'other', code, message, hint, retryAfterMs: retry }
}
