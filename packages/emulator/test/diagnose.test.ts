import { binanceEmulation } from '@signet/binance/emulate'
import { bybitEmulation } from '@signet/bybit/emulate'
import { coinbaseEmulation } from '@signet/coinbase/emulate'
import type { Emulation, RawRequest } from '@signet/core'
import { testKeyFor } from '@signet/core/kit'
import { gateioEmulation } from '@signet/gateio/emulate'
import { hyperliquidEmulation } from '@signet/hyperliquid/emulate'
import { krakenEmulation } from '@signet/kraken/emulate'
import { kucoinEmulation } from '@signet/kucoin/emulate'
import { okxEmulation } from '@signet/okx/emulate'
import { describe, expect, it } from 'vitest'
import { diagnose } from '../src/inspector/_diagnose'

const TIMESTAMP = 1_796_000_000_000
const NONCE = '1796000000000000'

/** The exchange's order example signed right, and the same bytes carrying each other variant's signature. */
async function signedWays({ definition, verification, diagnosis, examples }: Emulation) {
  const { credentials, verifierKey } = testKeyFor(definition, verification)
  const intent = examples.placeOrder('inspect-1')
  const options = { timestamp: TIMESTAMP, nonce: NONCE }
  const signed = await definition.createSigner(credentials).sign(intent, options)
  const variants = diagnosis.signatureVariants({ credentials, intent, ...options })
  const correct = variants[0]!
  const raw: RawRequest = {
    method: signed.method,
    url: signed.url,
    headers: signed.headers,
    body: signed.body ?? '',
  }
  const swap = (text: string, signature: string) => text.split(correct.signature).join(signature)
  const wrong = variants
    .slice(1)
    .filter((v) => !v.matches)
    .map((v) => ({
      id: v.id,
      raw: {
        ...raw,
        url: swap(raw.url, v.signature),
        headers: Object.fromEntries(
          Object.entries(signed.headers).map(([k, h]) => [k, swap(h, v.signature)]),
        ),
        body: swap(raw.body, v.signature),
      },
    }))
  return { verifierKey, raw, wrong, carried: JSON.stringify(raw).includes(correct.signature) }
}

describe('diagnose', () => {
  // Exchanges whose keys are HMAC secrets: the emulator holds what it needs to tell every variant apart.
  for (const emulation of [
    binanceEmulation,
    bybitEmulation,
    okxEmulation,
    kucoinEmulation,
    gateioEmulation,
    krakenEmulation,
  ]) {
    const { definition, diagnosis } = emulation
    it(`behavior: ${definition.id}: every known mistake is recognised from the received bytes alone`, async () => {
      const { verifierKey, raw, wrong, carried } = await signedWays(emulation)
      expect(carried).toBe(true)
      expect(wrong.length).toBeGreaterThan(2)
      const correct = diagnose(definition, diagnosis, [verifierKey], raw, TIMESTAMP)
      expect(correct).toMatchObject({ ok: true, result: { outcome: 'correct', notes: [] } })
      for (const { id, raw: sent } of wrong) {
        const found = diagnose(definition, diagnosis, [verifierKey], sent, TIMESTAMP)
        if (!found.ok) throw new Error(`${id}: ${found.reason}`)
        expect({ id, matched: [found.result.match?.id, ...found.result.alsoMatches] }).toEqual({
          id,
          matched: expect.arrayContaining([id]),
        })
        expect(found.result.correctSignedText).toBe(diagnosis.stringToSign(sent))
      }
    })
  }

  for (const emulation of [coinbaseEmulation, hyperliquidEmulation]) {
    const { definition, diagnosis } = emulation
    it(`behavior: ${definition.id}: keys the emulator holds only the public half of get a reason, not a guess`, async () => {
      const { verifierKey, raw } = await signedWays(emulation)
      expect(diagnose(definition, diagnosis, [verifierKey], raw, TIMESTAMP)).toEqual({
        ok: false,
        reason: expect.stringMatching(/no HMAC key/),
      })
    })
  }

  it('error: a request naming no key the emulator holds gets a reason', async () => {
    const { raw } = await signedWays(binanceEmulation)
    expect(
      diagnose(binanceEmulation.definition, binanceEmulation.diagnosis, [], raw, TIMESTAMP),
    ).toMatchObject({ ok: false })
  })
})
