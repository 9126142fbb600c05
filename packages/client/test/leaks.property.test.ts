// Issue 12, "Must be true": for the five timestamp exchanges × every fault kind, with known secret, passphrase and
// API key, no error message, String(), JSON.stringify, util.inspect, cause chain or hook payload contains the
// secret, the passphrase, the full API key, the computed signature or its first 16 characters. The stand-in
// server echoes the signed request back (URL, headers, body), so redaction is tested on text Signet did not build.
import { inspect } from 'node:util'
import { isSignetError, type SignedRequest } from '@signet/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createClient } from '../src/createClient'
import { faults, recordingSigner, standIn } from './_faultServer'
import { fixtures } from './exchanges'

const five = fixtures.filter((f) => ['binance', 'bybit', 'okx', 'kucoin', 'gateio'].includes(f.exchange.id))
const sensitiveHeader = /sign|passphrase/i

/** Every value of a signed request that must never be printed: signatures (query, form, headers) and passphrases. */
function signatureValues(signed: SignedRequest): string[] {
  const values: string[] = []
  for (const [name, value] of Object.entries(signed.headers))
    if (sensitiveHeader.test(name)) values.push(value)
  for (const part of [signed.url.split('?')[1] ?? '', signed.body ?? '']) {
    for (const pair of part.split('&')) {
      const [name, value] = pair.split('=')
      if ((name === 'signature' || name === 'sign') && value) values.push(value, decodeURIComponent(value))
    }
  }
  return values
}

/** Everything a user could print about an error: the texts, and each cause down the chain. */
function printed(error: unknown): string {
  const texts: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    const e = current as Error
    texts.push(String(e), e.message ?? '', e.stack ?? '', JSON.stringify(e) ?? '', inspect(e, { depth: 10 }))
    current = (e as { cause?: unknown }).cause
  }
  return texts.join('\n')
}

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

describe.each(five.map((f) => [f.exchange.id, f] as const))('%s: nothing leaks on any fault', (_id, f) => {
  it.each(faults)('%s', async (fault) => {
    const { exchange } = f
    const server = await standIn(f.emulation, f.key, fault)
    close = server.close
    const { signer, signed } = recordingSigner(exchange, f.credentials)
    const events: unknown[] = []
    const record = (event: unknown) => events.push(event)
    const client = createClient({
      exchange,
      signer,
      baseUrl: server.baseUrl,
      timeoutMs: 300,
      getRetries: 0,
      hooks: { onRequest: record, onResponse: record, onRetry: record, onResync: record },
    })
    // A GET and an order placement (POST/query), so signatures sit in the query, the body and the headers.
    const errors: unknown[] = []
    for (const intent of [f.emulation.examples.account, f.emulation.examples.placeOrder('leak1test')]) {
      try {
        await client.request(intent)
        errors.push(new Error(`${fault}: ${intent.method} ${intent.path} resolved`))
      } catch (error) {
        errors.push(error)
      }
    }
    const apiKey = f.credentials.apiKey as string
    const forbidden = [...f.secrets, apiKey, ...signed.flatMap(signatureValues)].filter((v) => v.length >= 8)
    const values = [...new Set(forbidden.flatMap((v) => (v.length > 16 ? [v, v.slice(0, 16)] : [v])))]
    if (fault !== 'garbage time answer') expect(signed.length, 'a request was signed').toBeGreaterThan(0)
    const text = `${errors.map(printed).join('\n')}\n${JSON.stringify(events)}\n${inspect(events, { depth: 10 })}`
    for (const value of values)
      expect(text.includes(value), `${fault} printed ${value.slice(0, 6)}…`).toBe(false)
    for (const error of errors) {
      expect(isSignetError(error), `${fault}: ${String(error)}`).toBe(true)
      expect((error as { hint?: string }).hint, `${fault}: hint`).toBeTruthy()
    }
  })
})
