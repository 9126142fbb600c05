import type { ClassifiedError, ErrorKind, ExchangeResponse } from '@signet/core'
import { answerObject, retryAfterMs } from '@signet/core/kit'

/** One row of Hyperliquid's error table. */
export type HyperliquidErrorEntry = {
  kind: ErrorKind
  /** HTTP status Hyperliquid answers with. */
  status: number
  /** The message Hyperliquid sends (`{0}` stands for the value it names). */
  message: string
  /** Which cause to check first, in one sentence. */
  hint: string
  /** True where the wording is Signet's guess, not seen in a recorded answer (spec hyperliquid.md §7). */
  assumed?: boolean
}

/**
 * Hyperliquid's error answers as data, keyed by a Signet id (Hyperliquid has no error codes: `/exchange` answers
 * HTTP 200 `{"status":"err","response":"<text>"}`, and a body that does not deserialise HTTP 422 text; spec
 * hyperliquid.md §7).
 *
 * @example
 * hyperliquidErrors['unknown-signer'].kind // 'invalid-signature'
 */
export const hyperliquidErrors: Readonly<Record<string, HyperliquidErrorEntry>> = {
  'unknown-signer': {
    kind: 'invalid-signature',
    status: 200,
    message: 'User or API Wallet {0} does not exist.',
    hint: 'Hyperliquid recovered this address from the signature: if it is not your signer address the signed bytes differ (key order, number format, mainnet/testnet, vault, nonce) — `signet explain` finds which; if it is, approve the API wallet or deposit first.',
  },
  'duplicate-nonce': {
    kind: 'nonce',
    status: 200,
    message: 'Invalid nonce: duplicate nonce {0}',
    hint: 'Each signer needs a unique nonce per action: share one NonceSource between the processes that use this key, or give each process its own API wallet.',
  },
  'nonce-window': {
    kind: 'nonce',
    status: 200,
    message: 'Invalid nonce: nonce {0} is outside the window of the block time',
    hint: 'Nonces are epoch milliseconds within (block time − 2 days, block time + 1 day): check the local clock, and that the nonce is in ms, not s or µs.',
    assumed: true,
  },
  'nonce-too-low': {
    kind: 'nonce',
    status: 200,
    message: 'Invalid nonce: nonce {0} is not above the smallest of the recent nonces',
    hint: 'Hyperliquid keeps the signer’s 100 highest nonces and refuses any nonce below all of them: allocate nonces from a source anchored to the current time.',
    assumed: true,
  },
  expired: {
    kind: 'timestamp',
    status: 200,
    message: 'Action expired (expiresAfter {0})',
    hint: 'The action arrived after its expiresAfter time: widen it, or check the local clock.',
    assumed: true,
  },
  'nonce-mismatch': {
    kind: 'invalid-signature',
    status: 200,
    message: 'Invalid nonce: the request nonce {0} is not the action nonce',
    hint: 'A user-signed action carries its nonce in `time` or `nonce`; send the same value as the request nonce.',
    assumed: true,
  },
  'wrong-chain': {
    kind: 'invalid-signature',
    status: 200,
    message: 'Invalid hyperliquidChain {0} for this chain',
    hint: 'A user-signed action names the chain it is for: create the signer with the environment of the host you send to.',
    assumed: true,
  },
  'bad-signature': {
    kind: 'invalid-signature',
    status: 200,
    message: 'Invalid signature',
    hint: 'r, s and v do not form a secp256k1 signature any key could have made; send r and s as 0x hex and v as 27 or 28.',
    assumed: true,
  },
  deserialize: {
    kind: 'other',
    status: 422,
    message: 'Failed to deserialize the JSON body into the target type: {0}',
    hint: 'The body is not a well-formed action: check the field named in the message (types, missing or unknown members).',
  },
  'content-type': {
    kind: 'other',
    status: 415,
    message: 'Expected request with `Content-Type: application/json`',
    hint: 'Send the body as JSON with content-type application/json.',
  },
  'rate-limit': {
    kind: 'rate-limit',
    status: 429,
    message: 'Too many requests',
    hint: 'Hyperliquid limits requests per IP (weight 1200 per minute) and actions per address: slow down, batch orders.',
    assumed: true,
  },
}

const patterns: readonly [RegExp, string][] = [
  // Any address text: the client classifies a second time from the redacted body, where the address is cut.
  [/^User or API Wallet \S+ does not exist/, 'unknown-signer'],
  [/duplicate nonce/i, 'duplicate-nonce'],
  [/nonce .*outside|nonce too (far|old|new)/i, 'nonce-window'],
  [/nonce .*not above|nonce too low/i, 'nonce-too-low'],
  [/expired/i, 'expired'],
  [/request nonce .*action nonce/i, 'nonce-mismatch'],
  [/^Invalid hyperliquidChain/i, 'wrong-chain'],
  [/^Invalid signature/i, 'bad-signature'],
]

/**
 * Classifies a Hyperliquid answer: undefined for success (including per-order statuses, which are results, not
 * request failures), otherwise the cause; never throws, also for HTML or empty bodies.
 *
 * @example
 * classifyHyperliquidError({ status: 200, headers: {}, body: '{"status":"err","response":"User or API Wallet 0xab… does not exist."}' })?.kind // 'invalid-signature'
 */
export function classifyHyperliquidError(response: ExchangeResponse): ClassifiedError | undefined {
  const { status, body } = response
  const json = answerObject(response)
  if (status === 200 && json?.status === 'err') {
    const message = typeof json.response === 'string' ? json.response : JSON.stringify(json.response)
    // Hyperliquid's messages are short: matching only their start keeps a hostile body linear.
    const head = message.slice(0, 300)
    const id = patterns.find(([re]) => re.test(head))?.[1]
    const entry = id === undefined ? undefined : hyperliquidErrors[id]
    return { kind: entry?.kind ?? 'other', code: id, message, hint: entry?.hint }
  }
  // /info answers arrays and objects without a status; any 2xx that is not an `err` is a success.
  if (status >= 200 && status < 300) return undefined
  const byStatus = Object.entries(hyperliquidErrors).find(([, e]) => e.status === status && status !== 200)
  const text = body.length > 200 ? `${body.slice(0, 200)}…` : body
  return {
    kind: byStatus?.[1].kind ?? 'other',
    code: byStatus?.[0] ?? status,
    message: text === '' ? `HTTP ${status}` : text,
    hint:
      byStatus?.[1].hint ??
      (status >= 500 ? 'Hyperliquid failed; check order state before re-sending an action.' : undefined),
    retryAfterMs: status === 429 ? retryAfterMs(response.headers) : undefined,
  }
}
