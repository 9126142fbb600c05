import { describe, expect, test } from 'vitest'
import { reportWindow } from '../src/budget/budgetTiming'

const narrow = { earlyMs: 5, lateMs: 5 }

describe('reportWindow', () => {
  test('default: a reservation well inside a window reports into that window', () => {
    expect(reportWindow({ at: 60_500, sendBy: 60_505, charges: [], span: narrow }, 60_000, narrow)).toBe(1)
  })

  test('behavior: near a boundary it reports into neither, judged as unsure as the clock was when reserving', () => {
    const reservation = { at: 60_050, sendBy: 60_100, charges: [], span: { earlyMs: 100, lateMs: 100 } }
    // The clock is surer now (5 ms), but the request may still have arrived in window 0.
    expect(reportWindow(reservation, 60_000, narrow)).toBeUndefined()
    // ... or as unsure as it is now, when the reservation does not say.
    expect(
      reportWindow({ at: 60_050, sendBy: 60_100, charges: [] }, 60_000, { earlyMs: 100, lateMs: 5 }),
    ).toBeUndefined()
    expect(reportWindow({ at: 60_050, sendBy: 60_100, charges: [] }, 60_000, narrow)).toBe(1)
  })
})
