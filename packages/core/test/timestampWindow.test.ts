import { describe, expect, it } from 'vitest'
import { timestampWindow } from '../src/freshness/timestampWindow'
import type { Freshness } from '../src/freshness/types'

const recvWindow: Freshness = {
  kind: 'timestamp',
  tolerance: (w = 5000) => ({ aheadMs: 1000, behindMs: w }),
  defaultWindowMs: 5000,
  resolutionMs: 1,
}

describe('timestampWindow', () => {
  it('default: a timestamp kind uses the exchange default window', () => {
    expect(timestampWindow(recvWindow)).toEqual({
      windowMs: 5000,
      tolerance: { aheadMs: 1000, behindMs: 5000 },
      resolutionMs: 1,
    })
  })

  it('args: the caller window wins over the default', () => {
    expect(timestampWindow(recvWindow, 20_000)?.tolerance).toEqual({ aheadMs: 1000, behindMs: 20_000 })
  })

  it('behavior: a token kind has its fixed window and resolution, and no window length to ask for', () => {
    const token: Freshness = {
      kind: 'token',
      lifetimeMs: 120_000,
      tolerance: () => ({ aheadMs: 30_000, behindMs: 120_000 }),
      resolutionMs: 1000,
    }
    expect(timestampWindow(token, 9000)).toEqual({
      windowMs: undefined,
      tolerance: { aheadMs: 30_000, behindMs: 120_000 },
      resolutionMs: 1000,
    })
  })

  it('behavior: a nonce kind has a window only when the exchange checks nonces against its clock', () => {
    expect(timestampWindow({ kind: 'nonce', ordering: 'increasing', unitsPerMs: 1 })).toBeUndefined()
    const window = { aheadMs: 86_400_000, behindMs: 172_800_000 }
    expect(
      timestampWindow({ kind: 'nonce', ordering: 'unique-recent', unitsPerMs: 1, tolerance: window }),
    ).toEqual({ windowMs: undefined, tolerance: window, resolutionMs: 1 })
  })
})
