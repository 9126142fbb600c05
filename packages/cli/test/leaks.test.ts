// Issue 12, "Must be true", CLI part: `signet doctor` against a host that times out, resets, drops the body,
// answers HTML, echoes the signed request or rate-limits prints no secret, passphrase, full API key, signature or
// first 16 characters of a signature (the values are read from what the stand-in server received).
import { emulations } from '@signet/exchanges/emulate'
import { afterEach, describe, expect, it } from 'vitest'
import { faults, type Received, standIn } from '../../client/test/_faultServer'
import { envFor, run } from './_run'

const five = emulations.filter((e) =>
  ['binance', 'bybit', 'okx', 'kucoin', 'gateio'].includes(e.definition.id),
)

// Keys made up for this test (shapes each signer accepts).
const credentials = {
  apiKey: '5c3e1f0a-9b7d-4e2a-8c61-0f2d3b4a5e6f',
  secret: '7F3A9C1E5B2D8046AFE1C3B5D7092846',
  passphrase: 'Leak-Test-Pass9',
}

/** Signature and passphrase values as the server received them (query, form body, headers). */
function sensitive(requests: readonly Received[]): string[] {
  const values: string[] = []
  for (const r of requests) {
    for (const [name, value] of Object.entries(r.headers))
      if (/sign|passphrase/i.test(name)) values.push(value)
    for (const part of [r.url.split('?')[1] ?? '', r.body]) {
      for (const pair of part.split('&')) {
        const [name, value] = pair.split('=')
        if ((name === 'signature' || name === 'sign') && value) values.push(value, decodeURIComponent(value))
      }
    }
  }
  return values
}

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

describe.each(five.map((e) => [e.definition.id, e] as const))(
  'signet doctor leaks nothing: %s',
  (id, exchange) => {
    it.each(faults)('%s', async (fault) => {
      const server = await standIn(exchange, credentials, fault)
      close = server.close
      const env = envFor(
        id,
        id === 'okx' || id === 'kucoin'
          ? credentials
          : { apiKey: credentials.apiKey, secret: credentials.secret },
      )
      const { stdout, stderr } = await run(
        ['doctor', '--exchange', id, '--base-url', server.baseUrl, '--timeout', '500'],
        { exchanges: [exchange], env },
      )
      const output = `${stdout}\n${stderr}`
      const values = [
        credentials.secret,
        credentials.passphrase,
        credentials.apiKey,
        ...sensitive(server.received),
      ]
        .filter((v) => v.length >= 8)
        .flatMap((v) => (v.length > 16 ? [v, v.slice(0, 16)] : [v]))
      if (fault !== 'garbage time answer') {
        expect(sensitive(server.received).length, 'a signed request reached the server').toBeGreaterThan(0)
      }
      for (const value of values)
        expect(output.includes(value), `${fault} printed ${value.slice(0, 6)}…`).toBe(false)
    })
  },
)
