import type { RequestIntent } from '@signet/core'
import type { Emulator } from '../src/types'
import type { BotScript } from './scripts/types'

let lastNonce = 0n

/** Signs `intent` with the script's key at the emulated exchange's time and sends it to the emulator. */
export async function sendTo(emulator: Emulator, script: BotScript, intent: RequestIntent) {
  const { definition } = script.emulation
  const signer = definition.createSigner(script.credentials)
  const timestamp = emulator.serverTime(definition.id)
  // A nonce exchange (Kraken) refuses a nonce it has seen: two requests in one ms need two nonces.
  lastNonce = BigInt(Math.max(Number(lastNonce) + 1, Math.floor(timestamp)))
  const signed = await signer.sign(intent, { timestamp, nonce: lastNonce })
  const res = await fetch(emulator.baseUrl(definition.id) + signed.url, {
    method: signed.method,
    headers: signed.headers,
    body: signed.body,
  })
  const text = await res.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, headers: Object.fromEntries(res.headers), text, json }
}

/**
 * Differences in keys, nesting and JSON types between a documented example and an answer (arrays: each element
 * against the example's first); keys in `optional` are the docs' conditional fields, compared only when present.
 */
export function shapeDiff(
  expected: unknown,
  actual: unknown,
  maps = new Set<string>(),
  path = '$',
  optional = new Set<string>(),
): string[] {
  const type = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)
  if (type(expected) !== type(actual)) return [`${path}: expected ${type(expected)}, got ${type(actual)}`]
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length === 0) return []
    return actual.flatMap((a, i) => shapeDiff(expected[0], a, maps, `${path}[${i}]`, optional))
  }
  if (type(expected) !== 'object') return []
  const e = expected as Record<string, unknown>
  const a = actual as Record<string, unknown>
  const out: string[] = []
  const key = path.slice(path.lastIndexOf('.') + 1)
  if (maps.has(key)) {
    const sample = Object.values(e)[0]
    return Object.entries(a).flatMap(([k, v]) => shapeDiff(sample, v, maps, `${path}.${k}`, optional))
  }
  for (const k of Object.keys(e)) if (!(k in a) && !optional.has(k)) out.push(`${path}.${k}: missing`)
  for (const k of Object.keys(a)) if (!(k in e)) out.push(`${path}.${k}: not in the documented example`)
  for (const k of Object.keys(e))
    if (k in a) out.push(...shapeDiff(e[k], a[k], maps, `${path}.${k}`, optional))
  return out
}
