import type { RateLimits } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../src/_createRateLimiter'

const rejection = { status: 429, code: 'X', message: 'slow down', retryAfter: true }
const limits = (window: 'fixed' | 'rolling' | 'from-first' | 'decay', ban = false): RateLimits => ({
  source: 'test',
  buckets: [
    {
      id: 'w',
      scope: 'ip',
      intervalMs: 1000,
      limit: 3,
      window,
      headers: { used: 'used', remaining: 'left', resetIn: 'reset-in' },
      rejection,
    },
  ],
  endpoints: [{ method: 'GET', path: '/heavy/{id}', weights: { w: 2 } }],
  ban: ban ? { ...rejection, status: 418, scope: 'ip', minMs: 100, maxMs: 350 } : undefined,
})
const caller = { ip: '127.0.0.1', apiKey: undefined }

describe('createRateLimiter', () => {
  it('behavior: fixed windows reset on the clock; weights by endpoint; headers report use', () => {
    const { check } = createRateLimiter(limits('fixed'), { banAfter: 99 })
    expect(check('GET', '/light', {}, caller, 900)).toMatchObject({
      ok: true,
      headers: { used: '1', left: '2', 'reset-in': '100' },
    })
    expect(check('GET', '/heavy/7', {}, caller, 950)).toMatchObject({ ok: true, headers: { used: '3' } })
    expect(check('GET', '/light', {}, caller, 999)).toMatchObject({ ok: false, retryAfterMs: 1 })
    expect(check('GET', '/light', {}, caller, 1000)).toMatchObject({ ok: true, headers: { used: '1' } })
  })

  it('behavior: rolling windows free weight as it ages; from-first windows start at the first request', () => {
    const rolling = createRateLimiter(limits('rolling'), { banAfter: 99 }).check
    for (const t of [0, 400, 800]) expect(rolling('GET', '/a', {}, caller, t).ok).toBe(true)
    expect(rolling('GET', '/a', {}, caller, 999)).toMatchObject({ ok: false, retryAfterMs: 1 })
    expect(rolling('GET', '/a', {}, caller, 1001).ok).toBe(true)
    const fromFirst = createRateLimiter(limits('from-first'), { banAfter: 99 }).check
    for (const t of [500, 600, 700]) expect(fromFirst('GET', '/a', {}, caller, t).ok).toBe(true)
    expect(fromFirst('GET', '/a', {}, caller, 1499)).toMatchObject({ ok: false, retryAfterMs: 1 })
    expect(fromFirst('GET', '/a', {}, caller, 1500).ok).toBe(true)
  })

  it("behavior: a decaying counter (Kraken's) drains limit per interval continuously, and says how long until the request fits", () => {
    const { check } = createRateLimiter(limits('decay'), { banAfter: 99 })
    for (let i = 0; i < 3; i++) expect(check('GET', '/a', {}, caller, 0).ok).toBe(true)
    // 3 per 1000 ms: one unit drains in 333.3 ms.
    expect(check('GET', '/a', {}, caller, 0)).toMatchObject({ ok: false, retryAfterMs: 334 })
    expect(check('GET', '/a', {}, caller, 300).ok).toBe(false)
    expect(check('GET', '/a', {}, caller, 334).ok).toBe(true)
    expect(check('GET', '/heavy/1', {}, caller, 334)).toMatchObject({ ok: false, retryAfterMs: 666 })
    // Fully drained after a whole interval, however full it was.
    for (let i = 0; i < 3; i++) expect(check('GET', '/a', {}, caller, 1334 + i).ok).toBe(true)
  })

  it('behavior: a server clock stepped back never forgets what was counted (fixed windows keep the later window, a decaying counter drains nothing)', () => {
    const fixed = createRateLimiter(limits('fixed'), { banAfter: 99 })
    for (const t of [1000, 1100, 1200]) expect(fixed.check('GET', '/a', {}, caller, t).ok).toBe(true)
    // Stepped back 700 ms into the previous window: the three requests still count until the later window ends.
    expect(fixed.check('GET', '/a', {}, caller, 500)).toMatchObject({ ok: false, retryAfterMs: 1500 })
    expect(fixed.usage(500).counters[0]).toMatchObject({ used: 3, resetAt: 2000 })
    expect(fixed.check('GET', '/a', {}, caller, 2000).ok).toBe(true)
    const decay = createRateLimiter(limits('decay'), { banAfter: 99 })
    expect(decay.check('GET', '/a', {}, caller, 1000).ok).toBe(true)
    // Stepped back a whole interval: no unit drains, and none is added.
    expect(decay.usage(0).counters[0]).toMatchObject({ used: 1 })
    for (let i = 0; i < 2; i++) expect(decay.check('GET', '/a', {}, caller, 0).ok).toBe(true)
    expect(decay.check('GET', '/a', {}, caller, 0).ok).toBe(false)
  })

  it('behavior: clients that keep sending during a back-off are banned, each ban twice as long up to the maximum', () => {
    const { check } = createRateLimiter(limits('fixed', true), { banAfter: 2 })
    const bans: number[] = []
    let t = 0
    for (let round = 0; round < 4; round++) {
      t = Math.ceil((t + 1) / 1000) * 1000
      for (let i = 0; i < 3; i++) check('GET', '/a', {}, caller, t)
      expect(check('GET', '/a', {}, caller, t)).toMatchObject({
        ok: false,
        rule: { rejection: { code: 'X' } },
      })
      check('GET', '/a', {}, caller, t + 1)
      const banned = check('GET', '/a', {}, caller, t + 2)
      expect(banned).toMatchObject({ ok: false, rule: { status: 418 } })
      bans.push((banned as { retryAfterMs: number }).retryAfterMs)
      expect(check('GET', '/a', {}, caller, t + 3)).toMatchObject({ ok: false, rule: { status: 418 } })
      t += 2 + bans.at(-1)!
    }
    expect(bans).toEqual([100, 200, 350, 350])
  })

  it('behavior: account-scoped buckets ignore requests without a key', () => {
    const accountOnly: RateLimits = {
      ...limits('fixed'),
      buckets: [{ ...limits('fixed').buckets[0]!, scope: 'account' }],
    }
    const { check } = createRateLimiter(accountOnly, { banAfter: 99 })
    for (let i = 0; i < 10; i++) expect(check('GET', '/a', {}, caller, 0)).toEqual({ ok: true, headers: {} })
    for (let i = 0; i < 3; i++) expect(check('GET', '/a', {}, { ...caller, apiKey: 'k' }, 0).ok).toBe(true)
    expect(check('GET', '/a', {}, { ...caller, apiKey: 'k' }, 0).ok).toBe(false)
    expect(check('GET', '/a', {}, { ...caller, apiKey: 'other' }, 0).ok).toBe(true)
  })
})
