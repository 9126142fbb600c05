import type { ExchangeDefinition, SignOptions } from '@signet/core'
import { testKeyFor } from '@signet/core/kit'
import { tamperAt, toRawRequest } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { emulations } from '../src/emulate'

const T = 1_700_000_000_000
// What the runtime hands the signer at server time `at`: a nonce kind also gets the nonce anchored to it.
const fresh = (exchange: ExchangeDefinition, at: number): SignOptions => {
  const { freshness } = exchange
  return freshness.kind === 'nonce'
    ? { timestamp: at, nonce: BigInt(Math.floor(at * freshness.unitsPerMs)) }
    : { timestamp: at }
}

describe.each(emulations.map((emulation) => ({ id: emulation.definition.id, emulation })))(
  'registered $id',
  ({ emulation }) => {
    const { definition: exchange, verification } = emulation
    it("behavior: each refusal of its verifier classifies back to the same kind through the exchange's classifier", async () => {
      const { credentials, verifierKey } = testKeyFor(exchange, verification)
      const intent = emulation.examples.account
      const signed = await exchange.createSigner(credentials).sign(intent, fresh(exchange, T))
      const refusals = [
        // No authentication at all.
        verification
          .createVerifier({ keys: [verifierKey], now: () => T })
          .verify(toRawRequest({ ...signed, headers: {} }), intent.security),
        // A key the server does not know.
        verification.createVerifier({ keys: [], now: () => T }).verify(toRawRequest(signed), intent.security),
        // An hour later on the server's clock.
        verification
          .createVerifier({ keys: [verifierKey], now: () => T + 3_600_000 })
          .verify(toRawRequest(signed), intent.security),
        // One byte of the URL changed.
        verification
          .createVerifier({ keys: [verifierKey], now: () => T })
          .verify(
            toRawRequest({ ...signed, url: tamperAt(signed.url, signed.url.length - 1) }),
            intent.security,
          ),
      ]
      const refused = refusals.flatMap((r) =>
        r.ok || r.kind === 'not-found' || r.kind === 'bad-request' ? [] : [r],
      )
      // Where the exchange answers two causes with the same bytes (Coinbase: 401 "Unauthorized"), no classifier
      // can tell them apart; those answers are left out.
      const wire = (r: (typeof refused)[number]) => `${r.response.status} ${r.response.body}`
      const ambiguous = new Set(
        refused.filter((a) => refused.some((b) => wire(a) === wire(b) && a.kind !== b.kind)).map(wire),
      )
      for (const result of refused) {
        if (ambiguous.has(wire(result))) continue
        expect(exchange.classifyError(result.response)?.kind, `${result.code}: ${result.response.body}`).toBe(
          result.kind,
        )
      }
      // Every verifier refuses at least one of these (a wallet exchange may take any key it can recover).
      expect(refused.length).toBeGreaterThan(0)
    })
  },
)
