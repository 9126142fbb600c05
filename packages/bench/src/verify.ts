import type { Emulation, ExchangeDefinition, Verifier, VerifierKey } from '@signet/core'
import type { WireRequest } from './floor'
import { tryImport } from './paths'
import { apiKeyOf, type BenchKeys } from './payloads'

type ExchangeId = 'binance' | 'bybit' | 'okx'

/** The keys each exchange's verifier knows, for the bench's generated credentials. */
export function verifierKeys(keys: BenchKeys): Record<ExchangeId, VerifierKey[]> {
  return {
    binance: [
      { apiKey: apiKeyOf(keys, 'binance-hmac'), secret: keys.binanceSecret },
      { apiKey: apiKeyOf(keys, 'binance-ed25519'), publicKey: keys.ed25519PublicPem },
      { apiKey: apiKeyOf(keys, 'binance-rsa'), publicKey: keys.rsaPublicPem },
    ],
    bybit: [{ apiKey: keys.bybitApiKey, secret: keys.bybitSecret }],
    okx: [{ apiKey: keys.okxApiKey, secret: keys.okxSecret, passphrase: keys.okxPassphrase }],
  }
}

/** Signet's exchange emulations (definition, verifier, examples, routes) that are built, by exchange id. */
export async function loadEmulations(): Promise<Partial<Record<ExchangeId, Emulation>>> {
  const out: Partial<Record<ExchangeId, Emulation>> = {}
  for (const id of ['binance', 'bybit', 'okx'] as const) {
    const emulation = (await tryImport(`@signet/${id}/emulate`)).module?.[`${id}Emulation`]
    if (emulation && typeof emulation.verification?.createVerifier === 'function') out[id] = emulation
  }
  return out
}

/** Signet's exchange definitions that are built and exported, by exchange id. */
export async function loadDefinitions(): Promise<Partial<Record<ExchangeId, ExchangeDefinition>>> {
  const emulations = await loadEmulations()
  return Object.fromEntries(Object.entries(emulations).map(([id, e]) => [id, e.definition]))
}

/** Verifiers (the exchanges' server-side check, from Signet's packages) for the bench's keys. */
export async function loadVerifiers(
  keys: BenchKeys,
  now: () => number = Date.now,
): Promise<Partial<Record<ExchangeId, Verifier>>> {
  const emulations = await loadEmulations()
  const all = verifierKeys(keys)
  const out: Partial<Record<ExchangeId, Verifier>> = {}
  for (const [id, emulation] of Object.entries(emulations) as [ExchangeId, Emulation][]) {
    out[id] = emulation.verification.createVerifier({ keys: all[id], now })
  }
  return out
}

/** Whether the exchange (as Signet's verifier models it) accepts a request, and its error code when not. */
export function verifyWire(
  verifier: Verifier,
  wire: WireRequest,
): { accepted: boolean; code?: string | number | undefined } {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(wire.headers)) headers[name] = String(value)
  const result = verifier.verify(
    { method: wire.method.toUpperCase(), url: wire.url, headers, body: wire.body ?? '' },
    'signed',
  )
  return result.ok ? { accepted: true } : { accepted: false, code: result.code }
}
