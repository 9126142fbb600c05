import { isSignetError, scrub } from '@signet/core'
import { networkCause } from './_networkCause'

/** `2.5 s`, `812 ms`: a duration for people. @internal */
export function formatMs(ms: number): string {
  const abs = Math.abs(ms)
  if (!Number.isFinite(abs)) return '∞'
  if (abs >= 10_000) return `${(ms / 1000).toFixed(0)} s`
  if (abs >= 1000) return `${(ms / 1000).toFixed(1)} s`
  if (abs >= 10) return `${ms.toFixed(0)} ms`
  return `${ms.toFixed(1)} ms`
}

/** `+2500.3` / `-8000.0`: a signed number of ms with one decimal. @internal */
export function signedMs(ms: number): string {
  return `${ms >= 0 ? '+' : '-'}${Math.abs(ms).toFixed(1)}`
}

/** An error as the CLI reports it: class name, exchange code and status, message, hint; never a secret. @internal */
export type ReportedError = {
  name: string
  message: string
  code?: string | number | undefined
  status?: number | undefined
  hint?: string | undefined
  /** The transport-level cause underneath (`getaddrinfo ENOTFOUND host`, `Request timed out`). */
  cause?: string | undefined
}

/**
 * Describes any thrown value for a report. Signet errors already leave secrets out; `scrub` also removes any of
 * `secrets` (8+ characters) that a foreign error might quote. @internal
 */
export function describeError(
  error: unknown,
  secrets: readonly (string | undefined)[] = [],
  timeoutMs?: number,
): ReportedError {
  const clean = (text: string) => scrub(text, secrets)
  if (isSignetError(error)) {
    const status = (error as { status?: number }).status
    const network = error.name === 'NetworkError' ? networkCause(error, timeoutMs) : undefined
    // A network failure's own hint ("check connectivity") says less than the cause's.
    const hint = network?.hint ?? error.hint
    return {
      name: error.name,
      message: clean(error.shortMessage),
      ...(error.code !== undefined ? { code: error.code } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(hint ? { hint: clean(hint) } : {}),
      ...(network ? { cause: clean(network.cause) } : {}),
    }
  }
  if (error instanceof Error) {
    // fetch failures say only "fetch failed"; the cause's code (ECONNREFUSED, ENOTFOUND) is the useful part.
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined
    const detail = typeof cause?.code === 'string' ? cause.code : cause?.message
    const suffix = typeof detail === 'string' && detail ? ` (${detail})` : ''
    return { name: error.name, message: clean(error.message + suffix) }
  }
  return { name: 'Error', message: clean(String(error)) }
}
