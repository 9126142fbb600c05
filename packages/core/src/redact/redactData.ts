import { isSensitiveName, REDACTED } from './redact'
import { redactText } from './redactText'

/**
 * Deep-copies a parsed answer body with every sensitive field (signature, key, passphrase, token, ...) replaced and
 * every string passed through `redactText`, so an exchange's echo of a request cannot carry a credential.
 *
 * @example
 * redactData({ code: '2', data: [{ ordId: '1', sign: 'abc' }] }) // { code: '2', data: [{ ordId: '1', sign: '[redacted]' }] }
 */
export function redactData(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value)
  if (Array.isArray(value)) return value.map(redactData)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [name, field] of Object.entries(value)) {
      out[name] = isSensitiveName(name) ? REDACTED : redactData(field)
    }
    return out
  }
  return value
}
