import type { Verifier, VerifyResult, WireResponse } from '@signet/core'

/** A verifier's refusal. */
export type Rejection = Exclude<VerifyResult, { ok: true }>

/** The generic errors the emulator asks a verifier to answer with. */
export type GenericError = Parameters<Verifier['respond']['error']>[0]

/** Options of `jsonAnswers`: the exchange's JSON shapes, as data and small functions. */
export type JsonAnswersOptions = {
  /** The exchange's error table: code → HTTP status and wire message. */
  errors: Readonly<Record<string, { status: number; message: string }>>
  /** The JSON of an error answer. */
  error(code: string, message: string): unknown
  /** The JSON of the server-time answer. */
  serverTime(serverTime: number): unknown
  /** The JSON of a success carrying `data`. */
  ok(data: unknown): unknown
  /** How the exchange answers the emulator's generic errors: HTTP status, code and message each. */
  generic: Readonly<Record<GenericError, readonly [status: number, code: string, message: string]>>
}

/** What `jsonAnswers` returns: a refusal by code, and the `respond` part of a `Verifier`. */
export type JsonAnswers = {
  /** Refuses with a code of the error table (its status and message, or `message` instead). */
  reject(code: string, kind: Rejection['kind'], message?: string): Rejection
  respond: Verifier['respond']
}

const json = (status: number, body: unknown): WireResponse => ({
  status,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
})

/**
 * The answers of an exchange that speaks JSON: refusals from its error table and the `respond` answers the
 * emulator sends, so a verifier states only the exchange's shapes.
 *
 * @example
 * const { reject, respond } = jsonAnswers({ errors, error: (code, msg) => ({ code, msg }), serverTime: (t) => ({ data: t }), ok: (data) => ({ code: '0', data }), generic })
 */
export function jsonAnswers(options: JsonAnswersOptions): JsonAnswers {
  const reject = (code: string, kind: Rejection['kind'], message?: string): Rejection => {
    const entry = options.errors[code]
    if (!entry) throw new Error(`jsonAnswers: ${code} is not in the error table`)
    return {
      ok: false,
      kind,
      code,
      response: json(entry.status, options.error(code, message ?? entry.message)),
    }
  }
  return {
    reject,
    respond: {
      serverTime: (serverTime) => json(200, options.serverTime(serverTime)),
      ok: (data) => json(200, options.ok(data)),
      error: (kind, message) => {
        const [status, code, text] = options.generic[kind]
        return json(status, options.error(code, message ?? text))
      },
    },
  }
}
