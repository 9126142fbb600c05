import { isSensitiveName, REDACTED } from './redact'

// Each pattern starts only where a name starts (the lookbehind) and bounds the name's length, so a long run of
// name characters is scanned once: linear time on any input.
// `name=value` in URLs, forms and text quoting them (ky's "Request timed out: GET https://...&signature=...").
const pair = /(?<![A-Za-z0-9_.%-])([A-Za-z0-9_.%-]{1,64})=([^&\s"'<>\\]*)/g
// `"name": "value"` in JSON quoted inside text (an echoed request body).
// The value is an unrolled loop (plain run, then escape + plain run): no alternation to backtrack through.
const jsonField = /(?<![A-Za-z0-9_-])"([A-Za-z0-9_-]{1,64})"(\s*:\s*)"([^"\\]*(?:\\.[^"\\]*)*)"/g
// `Name: value` header lines quoted in text (an echoed request): header-shaped names (`OK-ACCESS-SIGN`, `SIGN`)
// and values long enough to be a credential, so prose such as "rejected the signature: Signature for" stays.
const headerLine = /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{1,64})(:[ \t]*)([^\s"'<>,;]+)/g
const headerShaped = /-|^[A-Z0-9_]+$|^[Aa]uthorization$|^[Cc]ookie$/
const sensitiveHeader = /sign|key|passphrase|secret|token|authorization|cookie|password/i

/**
 * Removes credentials and signatures from any text, also text Signet did not build (a library's error message,
 * an echoed body): values of sensitive `name=value` pairs, JSON fields and header lines. Linear time.
 *
 * @example
 * redactText('GET https://api.binance.com/api/v3/account?timestamp=1&signature=c8db56') // '...&signature=[redacted]'
 */
export function redactText(text: string): string {
  if (typeof text !== 'string' || text === '') return text
  let out = text
  if (out.includes('=')) {
    out = out.replace(pair, (whole, name: string, value: string) =>
      value !== '' && isSensitiveName(safeDecode(name)) ? `${name}=${REDACTED}` : whole,
    )
  }
  if (out.includes('"')) {
    out = out.replace(jsonField, (whole, name: string, colon: string) =>
      isSensitiveName(name) || sensitiveHeader.test(name) ? `"${name}"${colon}"${REDACTED}"` : whole,
    )
  }
  if (out.includes(':')) {
    out = out.replace(headerLine, (whole, name: string, colon: string, value: string) =>
      sensitiveHeader.test(name) &&
      headerShaped.test(name) &&
      !/^\d+$/.test(value) &&
      // A passphrase may be short; anything else this short is not a credential (prose, a label).
      (value.length >= 16 || /passphrase|secret|password/i.test(name))
        ? `${name}${colon}${REDACTED}`
        : whole,
    )
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
