import { isSensitiveName, REDACTED } from './redact'
import { redactText } from './redactText'

// A parsed answer can nest deeper than the call stack allows (JSON.parse does not recurse); no exchange answer
// nests beyond a few levels, so deeper values are replaced rather than walked.
const MAX_DEPTH = 32
const TOO_DEEP = '[nested too deep]'

/**
 * Deep-copies a parsed answer body with every sensitive field (signature, key, passphrase, token, ...) replaced and
 * every string passed through `redactText`, so an exchange's echo of a request cannot carry a credential; values
 * nested more than 32 levels deep are replaced by a marker.
 *
 * @example
 * redactData({ code: '2', data: [{ ordId: '1', sign: 'abc' }] }) // { code: '2', data: [{ ordId: '1', sign: '[redacted]' }] }
 */
export function redactData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value)
  if (value === null || typeof value !== 'object') return value
  if (depth >= MAX_DEPTH) return TOO_DEEP
  if (Array.isArray(value)) return value.map((item) => redactData(item, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(value)) {
    out[name] = isSensitiveName(name) ? REDACTED : redactData(field, depth + 1)
  }
  return out
}
