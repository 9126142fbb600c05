import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'
import { notJsonAnswer, readAnswer, summarizeBody } from '@signet/core/kit'

/** One row of Gate.io's error-label table. */
export type GateioErrorEntry = {
  kind: ErrorKind
  /** HTTP status Gate.io answers with. */
  status: number
  /** The message Gate.io sends with the label. */
  message: string
  /** Which cause to check first, in one sentence. */
  hint: string
}

// Labels: spec gateio.md and ccxt gate.ts `exceptions`. Gate answers errors with a non-2xx status and
// `{"label":…,"message":…}`. Messages seen on the wire: INVALID_SIGNATURE "Signature mismatch"
// (gateio/gateapi-python#15), REQUEST_EXPIRED "gap between request Timestamp and server time exceeds 60"
// (gateio/rest-v4#8), IP_FORBIDDEN "Request IP not in whitelist" (gateio/gateapi-go#3). The other messages and
// every HTTP status per label are our assumption (the spec marks them unverified): 401 for authentication,
// 403 for access, 404 for not found, 429 for rate limits, 5xx for server errors.

const signature =
  'Sign METHOD\\n/api/v4/path\\nquery (not URL-encoded)\\nhex(SHA512(body))\\ntimestamp with HMAC-SHA512 in hex; then check the secret.'

/** Gate.io's error labels as data: kind, HTTP status, message and hint. */
export const gateioErrors: Readonly<Record<string, GateioErrorEntry>> = {
  INVALID_SIGNATURE: {
    kind: 'invalid-signature',
    status: 401,
    message: 'Signature mismatch',
    hint: signature,
  },
  REQUEST_EXPIRED: {
    kind: 'timestamp',
    status: 401,
    message: 'gap between request Timestamp and server time exceeds 60',
    hint: 'Check the clock first: Timestamp is Unix seconds (not ms) within 60 s of Gate time (GET /api/v4/spot/time).',
  },
  MISSING_REQUIRED_HEADER: {
    kind: 'invalid-api-key',
    status: 401,
    message: 'Missing required authentication header',
    hint: 'Send KEY, Timestamp and SIGN on every private request.',
  },
  INVALID_KEY: {
    kind: 'invalid-api-key',
    status: 401,
    message: 'Invalid key provided',
    hint: 'Check that the APIv4 key is copied whole, still exists, and is used on its environment (live or testnet).',
  },
  INVALID_CREDENTIALS: {
    kind: 'invalid-api-key',
    status: 401,
    message: 'Invalid credentials provided',
    hint: 'Check the key and secret pair: both must come from the same APIv4 key.',
  },
  AUTHENTICATION_FAILED: {
    kind: 'invalid-api-key',
    status: 401,
    message: 'Authentication failed',
    hint: 'Check the key, the secret and that the key is an APIv4 key.',
  },
  IP_FORBIDDEN: {
    kind: 'ip-not-allowed',
    status: 403,
    message: 'Request IP not in whitelist',
    hint: "Add this machine's public IP to the key's IP whitelist in Gate API Management.",
  },
  READ_ONLY: {
    kind: 'permission',
    status: 403,
    message: 'API key is read-only',
    hint: 'Give the key read-write permission for this market (spot, margin, futures) in Gate API Management.',
  },
  FORBIDDEN: {
    kind: 'permission',
    status: 403,
    message: 'Permission denied',
    hint: 'Give the key the permission this endpoint needs in Gate API Management.',
  },
  ACCOUNT_LOCKED: {
    kind: 'permission',
    status: 403,
    message: 'Account is locked',
    hint: 'The account is locked: contact Gate support.',
  },
  TOO_MANY_REQUESTS: {
    kind: 'rate-limit',
    status: 429,
    message: 'Request Rate limit Exceeded',
    hint: 'Slow down: Gate limits requests per endpoint group; wait before sending again.',
  },
  NOT_FOUND: {
    kind: 'other',
    status: 404,
    message: 'Not Found',
    hint: 'Check the path: every APIv4 path starts with /api/v4.',
  },
  SERVER_ERROR: {
    kind: 'other',
    status: 500,
    message: 'Internal server error',
    hint: 'A Gate-side problem: retry later, and check the order state before re-sending an order.',
  },
}

/**
 * Classifies a Gate.io answer: undefined for any 2xx, otherwise the cause from its label or HTTP status; never
 * throws, also for HTML or empty bodies.
 *
 * @example
 * classifyGateioError({ status: 401, headers: {}, body: '{"label":"INVALID_SIGNATURE","message":"Signature mismatch"}' })?.kind // 'invalid-signature'
 */
export function classifyGateioError(response: ExchangeResponse): ClassifiedError | undefined {
  // Every APIv4 answer is JSON: a 2xx that is not came from a proxy, a portal or a cut connection.
  if (response.status >= 200 && response.status < 300) return notJsonAnswer(response, 'Gate.io')
  const answer = readAnswer(response)
  const { json } = answer
  const label = typeof json?.label === 'string' ? json.label : undefined
  const text =
    typeof json?.message === 'string'
      ? json.message
      : typeof json?.detail === 'string'
        ? json.detail
        : undefined
  const entry = label === undefined ? undefined : gateioErrors[label]
  if (entry)
    return {
      kind: entry.kind,
      code: label,
      message: text ?? entry.message,
      hint: entry.hint,
      retryAfterMs: answer.retryAfterMs,
    }
  const message = text ?? (label === undefined ? summarizeBody(response.body, 200) || '(empty body)' : label)
  if (response.status === 429) {
    return {
      kind: 'rate-limit',
      code: label,
      message,
      hint: gateioErrors.TOO_MANY_REQUESTS!.hint,
      retryAfterMs: answer.retryAfterMs,
    }
  }
  return {
    kind: 'other',
    code: label,
    message,
    hint: byStatus(response.status),
    retryAfterMs: answer.retryAfterMs,
  }
}

function byStatus(status: number): string {
  if (status >= 500)
    return 'Gate or a proxy in between failed: retry later, and check order state before re-sending.'
  if (status === 404) return gateioErrors.NOT_FOUND!.hint
  if (status === 403)
    return 'The request was blocked (permission, region or firewall): read the message first.'
  return 'Read the message: Gate did not accept the request as sent.'
}
