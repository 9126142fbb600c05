import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'
import { answerJson, readAnswer, summarizeBody } from '@signet/core/kit'

/** One row of OKX's error table: what it means, its HTTP status per the docs, and what to check first. */
export type OkxErrorEntry = {
  kind: ErrorKind
  /** HTTP status the docs give (REST); undefined for WebSocket codes. */
  status: number | undefined
  /** The docs' message. */
  message: string
  /** The text live servers send where it differs from the docs (sources in spec okx.md §6). */
  liveMessage?: string | undefined
  hint: string
}

const clock =
  'Sign with server-aligned time (GET /api/v5/public/time) and an ISO UTC timestamp with ms and Z; a local-timezone timestamp is the most common cause.'

/**
 * OKX error codes Signet knows, as data (spec okx.md §6; REST `{"code":"…","msg":"…","data":[]}`, WS `event: error`).
 *
 * @example
 * okxErrors['50113'].kind // 'invalid-signature'
 */
export const okxErrors: Readonly<Record<string, OkxErrorEntry>> = {
  '50001': {
    kind: 'other',
    status: 503,
    message: 'Service temporarily unavailable. Please try again later.',
    hint: 'OKX is unavailable; retry reads later and check order state before re-sending an order.',
  },
  '50011': {
    kind: 'rate-limit',
    status: 429,
    message: 'Rate limit reached. Please refer to API documentation and throttle requests accordingly.',
    hint: 'Slow down: OKX limits each endpoint per key (or per IP for public ones).',
  },
  '50014': {
    kind: 'other',
    status: 400,
    message: 'Parameter {param0} can not be empty.',
    hint: 'A required parameter is missing from the query or JSON body.',
  },
  '50026': {
    kind: 'other',
    status: 500,
    message: 'System error. Try again later.',
    hint: 'OKX failed internally; check order state before re-sending an order.',
  },
  '50035': {
    kind: 'ip-not-allowed',
    status: 403,
    message: 'This endpoint requires that APIKey must be bound to IP',
    hint: 'Bind the API key to your IP addresses in the OKX key settings.',
  },
  '50036': {
    kind: 'timestamp',
    status: 400,
    message:
      "The expTime can't be earlier than the current system time. Please adjust the expTime and try again.",
    hint: 'The request arrived after its expTime deadline: check the clock offset and latency, or widen the deadline.',
  },
  '50037': {
    kind: 'timestamp',
    status: 400,
    message: 'Order expired.',
    hint: 'OKX reached the order after its expTime deadline and dropped it; widen the deadline or check the clock.',
  },
  '50061': {
    kind: 'rate-limit',
    status: 429,
    message: 'Sub-account rate limit exceeded.',
    hint: 'The order rate limit of this (sub-)account was reached; slow down order requests.',
  },
  '50100': {
    kind: 'invalid-api-key',
    status: 400,
    message: 'API frozen, please contact customer service.',
    hint: 'The key is frozen by OKX; contact support or create a new key.',
  },
  '50101': {
    kind: 'invalid-api-key',
    status: 401,
    message: 'APIKey does not match current environment.',
    hint: 'Demo keys need `x-simulated-trading: 1` and live keys must not send it: create the signer with the environment the key was made in.',
  },
  '50102': {
    kind: 'timestamp',
    status: 401,
    message: 'Timestamp request expired.',
    // https://github.com/ccxt/ccxt/issues/24005
    liveMessage: 'Timestamp request expired',
    hint: `OK-ACCESS-TIMESTAMP differs from OKX's clock by more than 30 s. ${clock}`,
  },
  '50103': {
    kind: 'invalid-api-key',
    status: 401,
    message: 'Request header "OK-ACCESS-KEY" cannot be empty.',
    hint: 'Send the API key in OK-ACCESS-KEY on every private request.',
  },
  '50104': {
    kind: 'passphrase',
    status: 401,
    message: 'Request header "OK-ACCESS-PASSPHRASE" cannot be empty.',
    hint: 'Send the passphrase chosen when the key was created in OK-ACCESS-PASSPHRASE.',
  },
  '50105': {
    kind: 'passphrase',
    status: 401,
    message: 'Request header "OK-ACCESS-PASSPHRASE" incorrect.',
    // https://github.com/sieblyio/okx-api/issues/116, https://github.com/ccxt/ccxt/issues/22265
    liveMessage: 'Request header OK-ACCESS-PASSPHRASE incorrect.',
    hint: 'Check the passphrase (not the secret): shell or .env quoting often changes characters such as $ or quotes.',
  },
  '50106': {
    kind: 'invalid-signature',
    status: 401,
    message: 'Request header "OK-ACCESS-SIGN" cannot be empty.',
    hint: 'Send the base64 signature in OK-ACCESS-SIGN.',
  },
  '50107': {
    kind: 'timestamp',
    status: 401,
    message: 'Request header "OK-ACCESS-TIMESTAMP" cannot be empty.',
    hint: 'Send the ISO timestamp you signed in OK-ACCESS-TIMESTAMP.',
  },
  '50110': {
    kind: 'ip-not-allowed',
    status: 401,
    message: "Your IP {param0} is not included in your API key's IP whitelist.",
    hint: "Add this machine's public IP to the key's IP whitelist.",
  },
  '50111': {
    kind: 'invalid-api-key',
    status: 401,
    message: 'Invalid OK-ACCESS-KEY.',
    // https://github.com/pyted/okx/issues/1
    liveMessage: 'Invalid OK-ACCESS-KEY',
    hint: 'Check the API key text (a UUID) and that it was not deleted; a regional (EEA/US) key must use its own host.',
  },
  '50112': {
    kind: 'timestamp',
    status: 401,
    message: 'Invalid OK-ACCESS-TIMESTAMP.',
    hint: 'OK-ACCESS-TIMESTAMP must be ISO-8601 UTC with milliseconds and Z, e.g. 2020-12-08T09:08:57.715Z, not Unix time.',
  },
  '50113': {
    kind: 'invalid-signature',
    status: 401,
    message: 'Invalid signature.',
    // https://github.com/knowm/XChange/issues/4946, https://github.com/sieblyio/okx-api/issues/22
    liveMessage: 'Invalid Sign',
    hint: 'Check `secret` first (a passphrase passed as the secret gives this), then that the signed path, query and body are the bytes sent.',
  },
  '50114': {
    kind: 'invalid-api-key',
    status: 401,
    message: 'Invalid authorization.',
    hint: 'Check the key, passphrase and permissions; special characters in the passphrase have broken header handling before.',
  },
  '50119': {
    kind: 'invalid-api-key',
    status: 200,
    message: "API key doesn't exist",
    hint: 'On www.okx.com this usually means a regional key: accounts from my.okx.com use eea.okx.com and from app.okx.com use us.okx.com; else the key was deleted.',
  },
  '50120': {
    kind: 'permission',
    status: 200,
    message: "This API key doesn't have permission to use this function",
    hint: 'Enable the Trade (or Withdraw) permission on the key for this endpoint.',
  },
  '51000': {
    kind: 'other',
    status: 400,
    message: 'Parameter {param0} error',
    hint: 'A parameter value is not accepted; compare it with the endpoint documentation.',
  },
  '51016': {
    kind: 'other',
    status: 200,
    message: 'Duplicated clOrdId',
    hint: 'An order with this clOrdId exists already: the earlier request probably succeeded.',
  },
  '51400': {
    kind: 'other',
    status: 200,
    message: 'Order cancellation failed as the order has been filled, canceled or does not exist.',
    hint: 'Query the order state; it was filled, cancelled, or never placed.',
  },
  // WebSocket login and session codes (spec okx.md §6 [WSERR]).
  '60004': {
    kind: 'timestamp',
    status: undefined,
    message: 'Invalid timestamp',
    hint: 'The login timestamp must be Unix seconds as a string.',
  },
  '60005': {
    kind: 'invalid-api-key',
    status: undefined,
    message: 'Invalid apiKey',
    hint: 'Check the API key sent in the login args.',
  },
  '60006': {
    kind: 'timestamp',
    status: undefined,
    message: 'Timestamp request expired',
    hint: 'The login timestamp must be Unix seconds (not milliseconds) within 30 s of server time.',
  },
  '60007': {
    kind: 'invalid-signature',
    status: undefined,
    message: 'Invalid sign',
    hint: 'Sign timestamp + "GET" + "/users/self/verify" with the secret, base64.',
  },
  '60009': {
    kind: 'other',
    status: undefined,
    message: 'Login failed.',
    hint: 'Check key, passphrase, environment (wspap hosts take demo keys) and region.',
  },
  '60011': {
    kind: 'other',
    status: undefined,
    message: 'Please log in',
    hint: 'Send the login op on this connection before private subscriptions.',
  },
  '60023': {
    kind: 'rate-limit',
    status: undefined,
    message: 'Bulk login requests too frequent',
    hint: 'Log in less often: 480 ops per connection per hour.',
  },
  '60024': {
    kind: 'passphrase',
    status: undefined,
    message: 'Wrong passphrase',
    hint: 'Check the passphrase sent in the login args.',
  },
  '60031': {
    kind: 'other',
    status: undefined,
    message: 'The WebSocket endpoint does not allow multiple or repeated logins.',
    hint: 'Log in once per connection.',
  },
  '60032': {
    kind: 'invalid-api-key',
    status: undefined,
    message: "API key doesn't exist",
    hint: 'Use the WS host of the key region and environment (wspap for demo keys).',
  },
  '63999': {
    kind: 'other',
    status: undefined,
    message: 'Login failed due to internal error. Please try again later.',
    hint: 'Retry the login later.',
  },
}

/**
 * Classifies an OKX answer (REST body or WebSocket event) into a known cause; undefined on success (`code` "0") and
 * on a batch that partly succeeded (`code` "2": read each row's `sCode`). Handles per-order `sCode` failures,
 * HTTP 429 and non-JSON pages (CDN errors, HTML) without throwing.
 *
 * @example
 * classifyOkxError({ status: 401, headers: {}, body: '{"msg":"Invalid Sign","code":"50113"}' })?.kind // 'invalid-signature'
 */
export function classifyOkxError(response: ExchangeResponse): ClassifiedError | undefined {
  const answer = readAnswer(response)
  const { status, body } = answer
  // Any JSON, not only an object: a 2xx array is an answer, not a proxy's page.
  const json = answerJson(response)
  if (json !== undefined && typeof json === 'object' && json !== null && 'code' in json) {
    const envelope = json as { code: unknown; msg?: unknown; data?: unknown }
    let code = String(envelope.code)
    let message = typeof envelope.msg === 'string' ? envelope.msg : ''
    if (code === '0' && status < 400) return undefined
    // A batch that partly succeeded (code "2") placed orders the caller must know about: it is an answer, not an
    // error, and each row's sCode says which operations failed (spec okx.md "Batch orders").
    if (code === '2' && status < 400 && hasSucceededRow(envelope.data)) return undefined
    // Order endpoints answer code "1"/"2" (all / some operations failed) with the cause in data[].sCode.
    if ((code === '1' || code === '2') && Array.isArray(envelope.data)) {
      const failed = envelope.data.find(
        (item) => item && typeof item === 'object' && 'sCode' in item && String(item.sCode) !== '0',
      ) as { sCode: unknown; sMsg?: unknown } | undefined
      if (failed) {
        code = String(failed.sCode)
        if (typeof failed.sMsg === 'string' && failed.sMsg !== '') message = failed.sMsg
      }
    }
    const info = okxErrors[code]
    if (info) {
      return withRetry(
        { kind: info.kind, code, message: message || info.message, hint: info.hint },
        answer.retryAfterMs,
      )
    }
    if (status === 429) return withRetry(rateLimited(code, message), answer.retryAfterMs)
    return { kind: 'other', code, message, hint: statusHint(status) }
  }
  if (status === 429) return withRetry(rateLimited(undefined, 'Too Many Requests'), answer.retryAfterMs)
  if (json !== undefined && status >= 200 && status < 400) return undefined
  if (status >= 200 && status < 300) {
    return {
      kind: 'other',
      code: undefined,
      message: describeBody(status, body),
      hint: 'OKX answered with a page that is not its JSON API: check the host and any proxy in between.',
    }
  }
  return { kind: 'other', code: undefined, message: describeBody(status, body), hint: statusHint(status) }
}

function hasSucceededRow(data: unknown): boolean {
  return (
    Array.isArray(data) &&
    data.some((row) => row && typeof row === 'object' && 'sCode' in row && String(row.sCode) === '0')
  )
}

function rateLimited(code: string | undefined, message: string): ClassifiedError {
  return {
    kind: 'rate-limit',
    code,
    message,
    hint: 'Slow down: OKX limits each endpoint per key (or per IP for public ones).',
  }
}

function withRetry(classified: ClassifiedError, retryAfterMs: number | undefined): ClassifiedError {
  return classified.kind === 'rate-limit' && retryAfterMs !== undefined
    ? { ...classified, retryAfterMs }
    : classified
}

function statusHint(status: number): string | undefined {
  if (status >= 500)
    return 'OKX or its CDN failed; retry reads later and check order state before re-sending an order.'
  if (status === 403)
    return 'The CDN refused the request: OKX blocks some countries and IPs; also check the regional host.'
  if (status === 404) return 'No such endpoint: check the path (it starts with /api/v5/) and the host.'
  if (status === 405) return 'OKX v5 private endpoints take GET or POST only.'
  return undefined
}

function describeBody(status: number, body: string): string {
  // core's summarizeBody: the page title or its text, in time bounded by the first 64 kB whatever the body holds.
  const summary = summarizeBody(body)
  return summary === '' ? `HTTP ${status} with an empty body` : `HTTP ${status}: ${summary}`
}
