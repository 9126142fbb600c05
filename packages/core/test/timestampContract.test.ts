import { describe, expect, it } from 'vitest'
import { checkTimestamp } from '../src/clock/checkTimestamp'
import { createServerClock } from '../src/clock/createServerClock'
import { signingTime } from '../src/clock/signingTime'
import { SignetError } from '../src/errors/base'
import { InvalidParameterError } from '../src/errors/input'

const ms = 1_700_000_000_123

describe('checkTimestamp (the clock/signer contract)', () => {
  it("default: accepts a server clock's fractional now() and floors it to the signer's resolution", () => {
    expect(checkTimestamp(ms + 0.75)).toBe(ms)
    expect(checkTimestamp(ms + 0.75, 'timestamp', 1000)).toBe(1_700_000_000_000)
    expect(checkTimestamp(ms)).toBe(ms)
  })

  it('error: implausible times (0, seconds, microseconds, NaN, text) are typed errors naming the likely unit', () => {
    const cases: [unknown, RegExp][] = [
      [0, /13 digits/],
      [1_700_000_000, /looks like seconds/],
      [1_700_000_000_123_000, /looks like microseconds/],
      [Number.NaN, /finite/],
      ['1700000000123', /string/],
      [-1, /13 digits/],
    ]
    for (const [value, message] of cases) {
      expect(() => checkTimestamp(value)).toThrow(InvalidParameterError)
      expect(() => checkTimestamp(value)).toThrow(message)
    }
  })
})

describe('signingTime', () => {
  it('default: the per-call timestamp wins over the now option', () => {
    const time = signingTime(() => ms + 5000.5)
    expect(time(ms)).toBe(ms)
    expect(time(undefined)).toBe(ms + 5000)
  })

  it('error: a now option that is not a function is refused at construction', () => {
    expect(() => signingTime(ms as never)).toThrow(InvalidParameterError)
    expect(() => signingTime(ms as never)).toThrow(/now/)
  })
})

describe('createServerClock plausibility', () => {
  const wall = () => 1_700_000_000_000
  let mono = 0
  const monotonicNow = () => mono

  it('error: a server time of 0 or in seconds is refused by sync with a typed error, and the clock stays unsynced', async () => {
    for (const bad of [0, 1_700_000_000, 1_700_000_000_000_000]) {
      const clock = createServerClock({ fetchServerTime: async () => bad, wallNow: wall, monotonicNow })
      await expect(clock.sync()).rejects.toBeInstanceOf(SignetError)
      expect(clock.status().state).toBe('unsynced')
      clock.observe({ serverTime: bad, sentAt: 0, receivedAt: 1 })
      expect(clock.status().state).toBe('unsynced')
    }
  })

  /** A clock synced to a server 250 ms ahead over 20 ms round trips. */
  const syncedClock = async () => {
    mono = 0
    const clock = createServerClock({
      fetchServerTime: async () => {
        mono += 10
        const t = wall() + mono + 250
        mono += 10
        return t
      },
      wallNow: () => wall() + mono,
      monotonicNow,
    })
    await clock.sync()
    return clock
  }

  it('behavior: one passive sample an hour off does not move a synced clock; it marks it for an active resync', async () => {
    const clock = await syncedClock()
    const before = clock.now()
    clock.observe({ serverTime: wall() + mono + 3_600_000, sentAt: mono, receivedAt: mono + 5 })
    expect(Math.abs(clock.now() - before)).toBeLessThan(50)
    expect(clock.status().state).toBe('stale')
    await clock.sync()
    expect(clock.status().state).toBe('synced')
    expect(Math.abs(clock.status().offsetMs - 250)).toBeLessThan(20)
  })

  it('behavior: a passive sample a few hundred ms off (a whole-second Date header) is ignored without a resync', async () => {
    const clock = await syncedClock()
    const before = clock.status().offsetMs
    clock.observe({ serverTime: wall() + mono - 700, sentAt: mono, receivedAt: mono + 5 })
    expect(clock.status().state).toBe('synced')
    expect(clock.status().offsetMs).toBe(before)
  })
})
