import { isSecret, revealSecret, type Secret } from '../keys/secret'
import type { SignedRequest } from '../request/types'
import { isSensitiveName, REDACTED } from './redact'
import { redactText } from './redactText'

/** What a redactor knows it must remove. */
export type CreateRedactorOptions = {
  /** The signed request: its signature query/form/body values and sensitive header values are removed. */
  signed?: SignedRequest | undefined
  /** The API key: shown only as its first 4 characters. */
  apiKey?: string | Secret | undefined
  /** Secrets and passphrases, when known. */
  secrets?: readonly (string | Secret | undefined)[] | undefined
}

/** Removes credentials and signatures from a text. */
export type Redactor = (text: string) => string

const sensitiveHeader = /sign|key|passphrase|secret|token|authorization|cookie|password/i
// Shorter values would erase ordinary words; every real signature or key is longer. A passphrase or secret the
// caller names explicitly may be short (KuCoin allows 7 characters), so it is removed from 4 characters on.
const MIN_LENGTH = 8
const MIN_SECRET_LENGTH = 4
// A value is also removed by its first 16 characters, so a truncated echo does not reveal most of it.
const PREFIX = 16
const API_KEY_SHOWN = 4

/**
 * Creates a redactor for one request: it removes every known sensitive value of that request (and its first 16
 * characters, raw and percent-encoded) from any text, keeps only a 4-character prefix of the API key, and then
 * applies `redactText`'s name-based rules. Linear in the text for a fixed request.
 *
 * @example
 * const redact = createRedactor({ signed, apiKey: signer.apiKey })
 * redact(error.message)
 */
export function createRedactor(options: CreateRedactorOptions = {}): Redactor {
  const replacements = new Map<string, string>()
  const add = (value: string | undefined, replacement = REDACTED, min = MIN_LENGTH) => {
    if (!value || value.length < min) return
    for (const form of new Set([value, safeEncode(value), safeDecode(value)])) {
      if (form.length < min) continue
      if (!replacements.has(form)) replacements.set(form, replacement)
      if (form.length > PREFIX && !replacements.has(form.slice(0, PREFIX)))
        replacements.set(form.slice(0, PREFIX), replacement)
    }
  }
  const apiKey = reveal(options.apiKey)
  if (apiKey) add(apiKey, `${apiKey.slice(0, API_KEY_SHOWN)}…${REDACTED}`)
  for (const secret of options.secrets ?? []) add(reveal(secret), REDACTED, MIN_SECRET_LENGTH)
  const signed = options.signed
  if (signed) {
    for (const [name, value] of Object.entries(signed.headers ?? {})) {
      if (value === apiKey) continue
      // A passphrase travels in plain text in some headers (OKX): removed however short.
      if (sensitiveHeader.test(name))
        add(value, REDACTED, /passphrase/i.test(name) ? MIN_SECRET_LENGTH : MIN_LENGTH)
    }
    const q = signed.url.indexOf('?')
    if (q >= 0) addPairs(signed.url.slice(q + 1), add)
    if (signed.body) {
      addPairs(signed.body, add)
      addJson(signed.body, add)
    }
  }
  // Longest first, so a full value is replaced before its prefix.
  const ordered = [...replacements.entries()].sort((a, b) => b[0].length - a[0].length)
  return (text: string) => {
    if (typeof text !== 'string' || text === '') return text
    let out = text
    for (const [value, replacement] of ordered) {
      if (out.includes(value)) out = out.split(value).join(replacement)
    }
    return redactText(out)
  }
}

function addPairs(text: string, add: (value: string) => void) {
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=')
    if (eq > 0 && isSensitiveName(safeDecode(pair.slice(0, eq)))) add(pair.slice(eq + 1))
  }
}

function addJson(text: string, add: (value: string) => void) {
  const first = text.trimStart()[0]
  if (first !== '{' && first !== '[') return
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return
  }
  const visit = (node: unknown, depth: number) => {
    if (depth > 32 || node === null || typeof node !== 'object') return
    for (const [name, child] of Object.entries(node)) {
      if (isSensitiveName(name) && (typeof child === 'string' || typeof child === 'number'))
        add(String(child))
      else visit(child, depth + 1)
    }
  }
  visit(value, 0)
}

function reveal(value: string | Secret | undefined): string | undefined {
  if (isSecret(value)) return revealSecret(value)
  return typeof value === 'string' ? value : undefined
}

function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return text
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
