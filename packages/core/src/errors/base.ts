import { redactCause } from '../redact/redactCause'
import { redactText } from '../redact/redactText'
import type { SignetErrorOfKind } from './kinds'

const brand = Symbol.for('signet.error')

/** Parameters every Signet error accepts. */
export type SignetErrorParameters = {
  /** Extra lines shown under the short message (already redacted). */
  details?: string[] | undefined
  /** The error that caused this one; kept as a redacted copy unless it is a Signet error (already redacted). */
  cause?: unknown
  /** Exchange id, e.g. `binance`, when the error concerns one exchange. */
  exchange?: string | undefined
  /** The exchange's own error code as the exchange wrote it (`-1022`, `10004`, `"50113"`); kept as a string. */
  code?: string | number | undefined
  /** What to check first, in one sentence. */
  hint?: string | undefined
  /** The request the error concerns, already redacted: `POST /api/v3/order`. */
  request?: string | undefined
}

/**
 * The one base class of every error Signet throws; messages never contain a secret, passphrase or signature:
 * every text passes `redactText`, and a foreign `cause` is kept as a redacted copy.
 *
 * @example
 * try { await client.post('/api/v3/order', { form }) } catch (e) { if (isSignetError(e)) console.log(e.hint) }
 */
export class SignetError extends Error {
  override name = 'SignetError'
  /** What went wrong, as a literal per subclass (`'timestamp'`, `'rate-limit'`, ...; see `SignetErrorByKind`); `'signet'` here. */
  readonly kind: string = 'signet'
  /** The first line of the message, without details or hint. */
  readonly shortMessage: string
  readonly details: readonly string[]
  readonly exchange: string | undefined
  /** The exchange's own error code, always as text (Binance's `-1022` is `'-1022'`), when there is one. */
  readonly code: string | undefined
  readonly hint: string | undefined
  readonly request: string | undefined

  constructor(unsafeShortMessage: string, parameters: SignetErrorParameters = {}) {
    // One redaction at the edge, also for text Signet did not build (a library's message, an echoed body).
    const shortMessage = redactText(String(unsafeShortMessage))
    const details = (parameters.details ?? []).map((detail) => redactText(String(detail)))
    const hint = parameters.hint === undefined ? undefined : redactText(parameters.hint)
    const request = parameters.request === undefined ? undefined : redactText(parameters.request)
    const { exchange } = parameters
    // One type for every exchange: Binance's numeric codes become text, so `error.code === '-1022'` everywhere.
    const code = parameters.code === undefined ? undefined : String(parameters.code)
    const cause =
      parameters.cause === undefined || isSignetError(parameters.cause)
        ? parameters.cause
        : redactCause(parameters.cause)
    const lines = [shortMessage]
    if (request) lines.push(`Request: ${request}`)
    if (code !== undefined) lines.push(`Exchange code: ${code}`)
    for (const detail of details) lines.push(detail)
    if (hint) lines.push(`Hint: ${hint}`)
    super(lines.join('\n'), cause === undefined ? undefined : { cause })
    this.shortMessage = shortMessage
    this.details = details
    this.exchange = exchange
    this.code = code
    this.hint = hint
    this.request = request
    Object.defineProperty(this, brand, { value: true })
  }

  /** Walks the `cause` chain and returns the deepest error, or the first one `fn` accepts. */
  walk(fn?: (error: unknown) => boolean): unknown {
    let current: unknown = this
    for (;;) {
      if (fn?.(current)) return current
      const next = (current as { cause?: unknown } | null)?.cause
      if (next === undefined || next === null) return fn ? null : current
      current = next
    }
  }
}

/**
 * True for any Signet error, or with `kind` for one of that kind, also one created by another copy of this package
 * (another realm or bundle): it checks a brand and the `kind` field, not `instanceof`.
 *
 * @example
 * if (isSignetError(e, 'rate-limit')) await sleep(e.retryAfterMs ?? 1000)
 */
export function isSignetError(error: unknown): error is SignetError
export function isSignetError<const K extends string>(error: unknown, kind: K): error is SignetErrorOfKind<K>
export function isSignetError(error: unknown, kind?: string): boolean {
  const signet =
    error instanceof SignetError ||
    (typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[brand] === true)
  return signet && (kind === undefined || (error as SignetError).kind === kind)
}
