import { ExchangeError } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { readServerTime } from '../src/kit/index'
import { thrown } from '../src/testing/index'

const options = {
  exchange: 'acme',
  expected: '{"data":{"t":<epoch ms>}} from GET /time',
  pick: (json: Record<string, unknown>) => (json.data as { t?: unknown } | undefined)?.t,
}

describe('readServerTime', () => {
  it('default: text or parsed JSON, a number or decimal digits', () => {
    expect(readServerTime('{"data":{"t":1700000000123}}', options)).toBe(1_700_000_000_123)
    expect(readServerTime({ data: { t: '1700000000123' } }, options)).toBe(1_700_000_000_123)
  })

  it('error: not a JSON object, no time where expected, or an implausible time, naming the exchange', () => {
    for (const body of ['<html>', '[1]', null, 42, '{"data":{}}', '{"data":{"t":"17e11"}}']) {
      const error = thrown(() => readServerTime(body, options))
      expect(error, String(body)).toBeInstanceOf(ExchangeError)
      expect(error.message, String(body)).toMatch(/^Could not read the acme server time: /)
      expect(error.message, String(body)).toContain('; expected {"data":{"t":<epoch ms>}} from GET /time.')
      expect(error).toMatchObject({ exchange: 'acme', hint: expect.stringContaining('server-time endpoint') })
    }
    // Seconds instead of ms: core's plausibility check names the unit.
    expect(thrown(() => readServerTime('{"data":{"t":1700000000}}', options)).message).toContain(
      'looks like seconds',
    )
  })

  it("behavior: pick may throw the exchange's own error for an error envelope", () => {
    const failing = {
      ...options,
      pick: () => {
        throw new ExchangeError('busy', { exchange: 'acme' })
      },
    }
    expect(thrown(() => readServerTime('{}', failing)).message).toBe('busy')
  })
})
