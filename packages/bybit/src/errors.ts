import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'
import { answerObject, retryAfterMs, summarizeBody } from '@signet/core/kit'

/** One row of Bybit's error table. */
export type BybitErrorEntry = {
  kind: ErrorKind
  /** Bybit's documented `retMsg` (spec bybit.md §6, [ERR]). */
  message: string
  /** Which cause to check first, in one sentence. */
  hint: string | undefined
  /** HTTP status the verifier answers with (undocumented per code, spec §6 open question). */
  status: number
}

const signHint =
  'Check that the signed text is exactly timestamp + apiKey + recvWindow + the query string or JSON body as sent (no re-encoding or re-serialising after signing, same recv_window as the header), then the secret (recreate the key if it was damaged in copy and paste).'
const keyHint =
  'Check that the key belongs to this host: mainnet, testnet, mainnet-demo and testnet-demo keys are separate (demo keys need api-demo.bybit.com), then that it was copied whole.'
const serverHint =
  'Bybit had an internal error or timeout: the request may or may not have been executed, so query it (orderLinkId) before retrying.'

/**
 * Bybit V5 `retCode`s Signet knows (spec bybit.md §6; [ERR] https://bybit-exchange.github.io/docs/v5/error),
 * with the cause to check first.
 */
export const bybitErrors: Readonly<Record<string, BybitErrorEntry>> = {
  '10001': {
    kind: 'other',
    message: 'Request parameter error',
    hint: 'Check parameter names and types: V5 wants decimal strings for qty and price (spec §10 pitfall 2).',
    status: 200,
  },
  '10002': {
    kind: 'timestamp',
    message: 'The request time exceeds the time window range.',
    hint: 'Check the local clock against Bybit server time first (server_time - recv_window <= timestamp < server_time + 1000); sync it rather than widening recv_window.',
    status: 200,
  },
  // pybit#130: a key used against the wrong environment answers HTTP 401.
  '10003': { kind: 'invalid-api-key', message: 'API key is invalid.', hint: keyHint, status: 401 },
  '10004': {
    kind: 'invalid-signature',
    message: 'Error sign, please check your signature generation algorithm.',
    hint: signHint,
    status: 200,
  },
  '10005': {
    kind: 'permission',
    message: 'Permission denied, please check your API key permissions.',
    hint: 'Enable the permission this endpoint needs (e.g. Orders or Positions for trading) on the API key.',
    status: 200,
  },
  '10006': {
    kind: 'rate-limit',
    message: 'Too many visits. Exceeded the API Rate Limit.',
    hint: 'Slow down: the per-UID limit of this endpoint was exceeded; wait until X-Bapi-Limit-Reset-Timestamp.',
    status: 200,
  },
  '10007': {
    kind: 'invalid-api-key',
    message: 'User authentication failed.',
    hint: 'Check the API key and that the account is active; recreate the key if it persists.',
    status: 200,
  },
  '10009': {
    kind: 'ip-not-allowed',
    message: 'IP has been banned.',
    hint: 'This IP is banned: stop sending from it and contact Bybit support.',
    status: 200,
  },
  '10010': {
    kind: 'ip-not-allowed',
    message: "Unmatched IP, please check your API key's bound IP addresses.",
    hint: "Add this machine's public IP address to the key's bound IPs (or remove the binding).",
    status: 200,
  },
  '10016': { kind: 'other', message: 'Server error.', hint: serverHint, status: 200 },
  '10000': { kind: 'other', message: 'Server Timeout', hint: serverHint, status: 200 },
  '10017': {
    kind: 'other',
    message: 'Route not found.',
    hint: 'Check the path and that the category value matches the account mode.',
    status: 404,
  },
  '10018': {
    kind: 'rate-limit',
    message: 'Exceeded the IP Rate Limit.',
    hint: 'Slow down: the per-IP limit was exceeded.',
    status: 403,
  },
  '33004': {
    kind: 'invalid-api-key',
    message: 'Your api key has expired',
    hint: 'The API key has expired: create a new one in API management.',
    status: 200,
  },
  '-2015': {
    kind: 'invalid-api-key',
    message: 'Your api key has expired',
    hint: 'The API key has expired or lacks permission for spot: create a new one in API management.',
    status: 200,
  },
  '110001': { kind: 'other', message: 'Order does not exist', hint: undefined, status: 200 },
  '110072': { kind: 'other', message: 'OrderLinkedID is duplicate', hint: undefined, status: 200 },
}

// [ERR] "HTTP Code" table; bodies of these answers are often HTML from the CDN.
const byStatus: Record<number, { kind: ErrorKind; hint: string }> = {
  400: { kind: 'other', hint: 'Send GET or POST, capitalised (Bybit answers 400 to any other method).' },
  401: {
    kind: 'invalid-api-key',
    hint: 'Check the API key and its environment, and that X-BAPI-API-KEY, X-BAPI-TIMESTAMP and X-BAPI-SIGN are sent as headers.',
  },
  403: {
    kind: 'rate-limit',
    hint: 'HTTP 403 means an IP rate limit was breached (back off), a blocked region (US or mainland-China IP), or a GET sent with a body.',
  },
  404: { kind: 'other', hint: 'Check the path and that the category value matches the account mode.' },
  429: { kind: 'rate-limit', hint: 'Bybit system protection is rate limiting: back off and retry later.' },
}

/**
 * Classifies a Bybit answer: undefined on success (`retCode` 0), otherwise the cause with a hint; reads the
 * JSON body whatever the HTTP status (spec §6) and copes with HTML or empty bodies.
 *
 * @example
 * const classified = classifyBybitError({ status: 200, headers: {}, body })
 * if (classified?.serverTime) clock.observe({ serverTime: classified.serverTime, sentAt, receivedAt })
 */
export function classifyBybitError(response: ExchangeResponse): ClassifiedError | undefined {
  const body: Envelope | undefined = answerObject(response)
  const rawCode = body?.retCode ?? body?.ret_code
  const code = typeof rawCode === 'number' || typeof rawCode === 'string' ? rawCode : undefined
  const ok = response.status >= 200 && response.status < 300
  if (code === undefined || Number(code) === 0) {
    if (ok && body !== undefined) return undefined
    if (ok && response.body.trim() === '') return undefined
    return byHttpStatus(response)
  }
  const rawMessage = body?.retMsg ?? body?.ret_msg
  const message = typeof rawMessage === 'string' ? rawMessage : ''
  const entry = bybitErrors[String(code)]
  const classified: ClassifiedError = {
    kind: entry?.kind ?? (response.status === 429 ? 'rate-limit' : 'other'),
    code,
    message,
    hint: entry?.hint,
  }
  if (entry?.kind === 'timestamp') {
    const sample = parseTimestampMessage(message)
    // The 10002 message carries the server's clock at the check; the envelope's `time` is the next best sample.
    classified.serverTime = sample.serverTime ?? (typeof body?.time === 'number' ? body.time : undefined)
    const hint = timestampHint(sample)
    if (hint) classified.hint = hint
  }
  if (entry?.kind === 'invalid-signature' && /origin_string\[/.test(message)) {
    classified.hint = `Bybit echoed the text it hashed in origin_string (key part masked): compare it byte for byte with what you signed. ${signHint}`
  }
  if (classified.kind === 'rate-limit') classified.retryAfterMs = retryAfter(response, body)
  return classified
}

type Envelope = Record<string, unknown> & { time?: unknown }

function byHttpStatus(response: ExchangeResponse): ClassifiedError {
  const known = byStatus[response.status]
  const kind: ErrorKind = known?.kind ?? 'other'
  const text = summarizeBody(response.body)
  const ok = response.status >= 200 && response.status < 300
  const classified: ClassifiedError = {
    kind,
    code: undefined,
    message: `HTTP ${response.status}${text ? `: ${text}` : ''}`,
    hint:
      known?.hint ??
      (response.status >= 500
        ? serverHint
        : ok
          ? 'Bybit answered with a body that is not its JSON envelope: check the host and path (a proxy or CDN page?).'
          : undefined),
  }
  if (kind === 'rate-limit') classified.retryAfterMs = retryAfter(response, undefined)
  return classified
}

type TimestampSample = { requestTime?: number; serverTime?: number; recvWindow?: number }

/**
 * Reads `req_timestamp[...]`, `server_timestamp[...]` and `recv_window[...]` from a 10002 message (spec §4;
 * pybit#191), also the older `req_timestamp: ...` form.
 */
function parseTimestampMessage(message: string): TimestampSample {
  const read = (name: string) => {
    const match = new RegExp(`${name}\\s*[\\[:=]\\s*(\\d+(?:\\.\\d+)?)`).exec(message)
    if (!match) return undefined
    const value = Number(match[1])
    // Seconds (older API versions) are turned into ms.
    return value < 1e11 && name !== 'recv_window' ? Math.round(value * 1000) : value
  }
  return {
    requestTime: read('req_timestamp'),
    serverTime: read('server_timestamp'),
    recvWindow: read('recv_window'),
  }
}

function timestampHint({ requestTime, serverTime, recvWindow }: TimestampSample): string | undefined {
  if (requestTime === undefined || serverTime === undefined) return undefined
  const diff = requestTime - serverTime
  if (diff >= 1000) {
    return `Your timestamp was ${diff} ms ahead of Bybit's clock (at most 999 ms is allowed): sync the local clock or use a server-aligned clock.`
  }
  const window = recvWindow === undefined ? '' : ` (recv_window ${recvWindow} ms)`
  return `Your timestamp was ${-diff} ms behind Bybit's clock${window}: sync the local clock or use a server-aligned clock before widening recv_window.`
}

function retryAfter(response: ExchangeResponse, body: Envelope | undefined): number | undefined {
  const header = (name: string) => {
    for (const [k, v] of Object.entries(response.headers)) if (k.toLowerCase() === name) return v
    return undefined
  }
  const reset = Number(header('x-bapi-limit-reset-timestamp'))
  if (Number.isFinite(reset) && reset > 0 && typeof body?.time === 'number') {
    return Math.max(0, reset - body.time)
  }
  return retryAfterMs(response.headers)
}
