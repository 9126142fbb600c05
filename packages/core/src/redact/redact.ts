/** The text that replaces every sensitive value. */
export const REDACTED = '[redacted]'

// Generic, exchange-agnostic: names that carry a signature, key, passphrase or token anywhere.
const sensitiveParam =
  /^(signature|sign|api[-_]?key|apikey|passphrase|secret|secret[-_]?key|key|token|access[-_]?token|password|otp)$/i
const sensitiveHeader = /sign|key|passphrase|secret|token|authorization|cookie|password/i

/** True when a query/body/JSON field of this name carries a credential or signature. */
export function isSensitiveName(name: string): boolean {
  return sensitiveParam.test(name)
}

/**
 * Replaces the values of signature, key, passphrase and token params in a URL or path+query.
 *
 * @example
 * redactUrl('/api/v3/order?symbol=BTCUSDT&signature=abc') // '/api/v3/order?symbol=BTCUSDT&signature=[redacted]'
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?')
  return q < 0 ? url : url.slice(0, q + 1) + redactForm(url.slice(q + 1))
}

/** Replaces sensitive values in `a=b&c=d` text. */
export function redactForm(text: string): string {
  return text
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=')
      if (eq < 0) return pair
      const name = safeDecode(pair.slice(0, eq))
      return isSensitiveName(name) ? `${pair.slice(0, eq)}=${REDACTED}` : pair
    })
    .join('&')
}

/** Copies headers with every key, signature, passphrase and token header value replaced. */
export function redactHeaders(headers: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    out[name] = sensitiveHeader.test(name) ? REDACTED : value
  }
  return out
}

/** Redacts a body: JSON fields by name (at any depth), or form pairs; other text is returned as is. */
export function redactBody(body: string | undefined): string | undefined {
  if (body === undefined || body === '') return body
  const first = body.trimStart()[0]
  if (first === '{' || first === '[') {
    try {
      return JSON.stringify(redactJson(JSON.parse(body)))
    } catch {
      return REDACTED
    }
  }
  return body.includes('=') ? redactForm(body) : body
}

/** Deep-copies a JSON value with sensitive fields replaced. */
export function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = isSensitiveName(k) ? REDACTED : redactJson(v)
    return out
  }
  return value
}

/** Replaces every occurrence of the given values (signatures, keys) in free text such as an exchange message. */
export function scrub(text: string, values: readonly (string | undefined)[]): string {
  let out = text
  for (const value of values) {
    // Short values would erase ordinary words; every real credential or signature is longer.
    if (value && value.length >= 8) out = out.split(value).join(REDACTED)
  }
  return out
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
