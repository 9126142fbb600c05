import type { RequestIntent, Signer } from '@signet/core'
import { tryImport, versionOf } from '../paths'
import type { BenchKeys, Scheme } from '../payloads'
import { apiKeyOf, BINANCE_ORDER, BYBIT_ORDER, OKX_ORDER, PATHS, RECV_WINDOW } from '../payloads'
import type { SignAdapter, SignCase, Skipped } from './types'

/** The intent Signet signs for each scheme: the same params the floor signs. */
export const SIGNET_INTENTS: Record<Scheme, RequestIntent> = {
  'binance-hmac': { method: 'POST', path: PATHS.binance, params: BINANCE_ORDER, security: 'signed' },
  'binance-ed25519': { method: 'POST', path: PATHS.binance, params: BINANCE_ORDER, security: 'signed' },
  'binance-rsa': { method: 'POST', path: PATHS.binance, params: BINANCE_ORDER, security: 'signed' },
  'bybit-hmac': { method: 'POST', path: PATHS.bybit, body: BYBIT_ORDER, security: 'signed' },
  'okx-hmac': { method: 'POST', path: PATHS.okx, body: OKX_ORDER, security: 'signed' },
}

/**
 * Sign options for a timestamp. Binance and Bybit get recvWindow 5000 (what the floor signs); OKX gets none,
 * since a window there means an extra `expTime` header the floor does not send.
 */
export const signetOptions = (scheme: Scheme, timestamp: number) =>
  scheme === 'okx-hmac' ? { timestamp } : { timestamp, windowMs: RECV_WINDOW }

/** Signers for every scheme whose Signet package is built and exports its factory; the others with a reason. */
export async function createSignetSigners(keys: BenchKeys) {
  const signers: Partial<Record<Scheme, Signer>> = {}
  const missing: Partial<Record<Scheme, string>> = {}
  const factories = [
    ['@signet/binance', 'createBinanceSigner'],
    ['@signet/bybit', 'createBybitSigner'],
    ['@signet/okx', 'createOkxSigner'],
  ] as const
  const loaded: Record<string, ((credentials: object) => Signer) | string> = {}
  for (const [specifier, name] of factories) {
    const imported = await tryImport(specifier)
    const factory = imported.module?.[name]
    loaded[specifier] =
      typeof factory === 'function' ? factory : (imported.error ?? `${specifier} does not export ${name} yet`)
  }
  const make = (scheme: Scheme, specifier: string, credentials: object) => {
    const factory = loaded[specifier]!
    if (typeof factory === 'string') missing[scheme] = factory
    else signers[scheme] = factory({ apiKey: apiKeyOf(keys, scheme), ...credentials })
  }
  make('binance-hmac', '@signet/binance', { secret: keys.binanceSecret })
  make('binance-ed25519', '@signet/binance', { privateKey: keys.ed25519PrivatePem })
  make('binance-rsa', '@signet/binance', { privateKey: keys.rsaPrivatePem })
  make('bybit-hmac', '@signet/bybit', { secret: keys.bybitSecret })
  make('okx-hmac', '@signet/okx', { secret: keys.okxSecret, passphrase: keys.okxPassphrase })
  return { signers, missing }
}

/** Signet's `signSync` and async `sign` for each scheme, keys prepared once at creation. */
export async function signetSignAdapter(keys: BenchKeys): Promise<SignAdapter> {
  const { signers, missing } = await createSignetSigners(keys)
  const cases: SignCase[] = []
  const skipped: Skipped[] = []
  for (const scheme of Object.keys(SIGNET_INTENTS) as Scheme[]) {
    const signer = signers[scheme]
    if (!signer) {
      skipped.push({ scheme, impl: 'signet-sync', reason: missing[scheme]! })
      skipped.push({ scheme, impl: 'signet-async', reason: missing[scheme]! })
      continue
    }
    const intent = SIGNET_INTENTS[scheme]
    const wire = async () => signer.sign(intent, signetOptions(scheme, Date.now()))
    if (signer.signSync) {
      const signSync = signer.signSync
      cases.push({
        scheme,
        impl: 'signet-sync',
        async: false,
        run: () => signSync(intent, signetOptions(scheme, Date.now())),
        wire,
      })
    } else skipped.push({ scheme, impl: 'signet-sync', reason: 'the signer has no signSync' })
    cases.push({
      scheme,
      impl: 'signet-async',
      async: true,
      run: () => signer.sign(intent, signetOptions(scheme, Date.now())),
      wire,
    })
  }
  return {
    cases,
    skipped,
    versions: Object.fromEntries(
      ['@signet/core', '@signet/binance', '@signet/bybit', '@signet/okx'].map((n) => [n, versionOf(n)]),
    ),
  }
}
