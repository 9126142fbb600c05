import { timestampWindow } from '@signet/core'
import { runDefinitionSuite } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { gateioEmulation, gateioExamples } from '../src/emulate/index'
import { gateio } from '../src/index'
import { gateioVerification } from '../src/verify/index'

const T = 1_700_000_000_000
const key = { apiKey: 'definition-key', secret: 'definition-secret-1' }

describe('gateio definition', () => {
  it('behavior: the tolerance agrees with the verifier at whole and fractional server seconds', async () => {
    const { aheadMs, behindMs } = timestampWindow(gateio.freshness)!.tolerance
    const signer = gateio.createSigner(key)
    for (const now of [T, T + 1, T + 999]) {
      const verifier = gateioVerification.createVerifier({ keys: [key], now: () => now })
      const ok = async (ts: number) => {
        const signed = await signer.sign(gateioExamples.account, { timestamp: ts })
        return verifier.verify({ ...signed, body: signed.body ?? '' }).ok
      }
      // behind: inclusive and exact at any server time
      expect(await ok(now - behindMs), `now=${now}`).toBe(true)
      // ahead: exact at a whole server second; within a second, the truncated timestamp may cross it
      expect(await ok(Math.floor(now / 1000) * 1000 + aheadMs - 1), `now=${now}`).toBe(true)
      expect(await ok(Math.floor(now / 1000) * 1000 + aheadMs), `now=${now}`).toBe(false)
    }
  })
})

// spec gateio.md: GET /api/v4/spot/time answers {"server_time": <epoch ms>}; the client id travels in `text`.
runDefinitionSuite(gateioEmulation, {
  serverTimeAnswers: [
    [{ server_time: 1731447921098 }, 1731447921098],
    [{ server_time: 1597026383085 }, 1597026383085],
  ],
  notServerTime: [{ label: 'SERVER_ERROR' }],
  error: /server_time/,
})
