import { isSensitiveName, type RawRequest, type VerifierKey } from '@signet/core'
import { decodeForm } from '@signet/core/kit'

/** Rewrites every string of a value: signatures and API keys shortened, secrets and passphrases removed. @internal */
export type Concealer = <T>(value: T, request?: RawRequest) => T

/** How many characters of a signature or API key the page shows. @internal */
const SHOWN = 4
const HIDDEN = '[secret]'
const removedHeader = /passphrase|secret|password/i
const shortenedHeader = /sign|key|token|authorization|cookie/i
// Shorter values are ordinary words or numbers; no signature or API key is this short.
const MIN_SHORTENED = 8
// A secret is removed whatever its length, down to values too short to be anything but a word.
const MIN_SECRET = 3

const forms = (value: string) => {
  const out = new Set([value, encodeURIComponent(value)])
  try {
    out.add(decodeURIComponent(value))
  } catch {}
  return out
}

/**
 * Creates the inspector's one gate to the page: everything the page or its event stream receives passes it, which
 * removes the secrets and passphrases of every key the emulator holds, shortens every API key, and shortens the
 * signatures (and removes the passphrase headers) of the request the value describes. @internal
 */
export function createConcealer(keys: () => readonly VerifierKey[]): Concealer {
  function replacements(request: RawRequest | undefined): [string, string][] {
    const removed = new Map<string, string>()
    const shortened = new Map<string, string>()
    const shorten = (value: string | undefined) => {
      if (!value || value.length < MIN_SHORTENED) return
      for (const form of forms(value))
        if (form.length >= MIN_SHORTENED) shortened.set(form, `${form.slice(0, SHOWN)}…`)
    }
    for (const key of keys()) {
      shorten(key.apiKey)
      for (const secret of [key.secret, key.passphrase])
        if (secret && secret.length >= MIN_SECRET) for (const form of forms(secret)) removed.set(form, HIDDEN)
    }
    if (request) learn(request, shorten, (value) => removed.set(value, HIDDEN))
    // Longest first, so a whole value goes before any part of it; secrets before signatures.
    const byLength = (a: [string, string], b: [string, string]) => b[0].length - a[0].length
    return [...[...removed].sort(byLength), ...[...shortened].sort(byLength)]
  }

  const text = (s: string, pairs: readonly [string, string][]) => {
    let out = s
    for (const [value, replacement] of pairs)
      if (out.includes(value)) out = out.split(value).join(replacement)
    return out
  }

  function walk(value: unknown, pairs: readonly [string, string][]): unknown {
    if (typeof value === 'string') return text(value, pairs)
    if (Array.isArray(value)) return value.map((v) => walk(v, pairs))
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [text(k, pairs), walk(v, pairs)]))
    }
    return value
  }

  return (value, request) => walk(value, replacements(request)) as typeof value
}

/** Finds the sensitive values of one received request: signature params and headers, passphrase headers. */
function learn(request: RawRequest, shorten: (value: string) => void, remove: (value: string) => void) {
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue
    if (removedHeader.test(name) && value.length >= MIN_SECRET) remove(value)
    else if (shortenedHeader.test(name)) shorten(value)
  }
  const q = request.url.indexOf('?')
  const pairs = [...(q < 0 ? [] : decodeForm(request.url.slice(q + 1))), ...decodeForm(request.body)]
  for (const [name, value] of pairs) if (isSensitiveName(name)) shorten(value)
  if (request.body.trimStart().startsWith('{')) learnJson(request.body, shorten)
}

function learnJson(body: string, shorten: (value: string) => void) {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return
  }
  // Every value under a sensitive name counts, however nested (Hyperliquid's signature is an object of r, s and v).
  const visit = (node: unknown, depth: number, sensitive: boolean) => {
    if (depth > 16 || node === null) return
    if (typeof node !== 'object') {
      if (sensitive && (typeof node === 'string' || typeof node === 'number')) shorten(String(node))
      return
    }
    for (const [name, child] of Object.entries(node))
      visit(child, depth + 1, sensitive || isSensitiveName(name))
  }
  visit(parsed, 0, false)
}
