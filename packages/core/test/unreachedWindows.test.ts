import { describe, expect, test } from 'vitest'
import { unreachedWindows } from '../src/budget/budgetTiming'

const span = { earlyMs: 20, lateMs: 150 }
// Reserved 100 ms before a boundary: counted in windows 0 and 1.
const reservation = { at: 59_900, sendBy: 59_975, charges: [], span }

describe('unreachedWindows', () => {
  test('default: a window that began after the answer (plus earlyMs) cannot hold the request', () => {
    expect(unreachedWindows(reservation, 60_000, 59_950, span)).toEqual([1])
  })

  test('behavior: an answer within earlyMs of the boundary rules out nothing, judged as unsure as then or now', () => {
    expect(unreachedWindows(reservation, 60_000, 59_985, span)).toEqual([])
    expect(unreachedWindows(reservation, 60_000, 59_950, { earlyMs: 60, lateMs: 5 })).toEqual([])
  })

  test('behavior: never the first window counted, nor one it was not counted in (the clock stepped back since)', () => {
    // Counted in windows 2 and 3; the answer reads as in window 0.
    expect(unreachedWindows({ ...reservation, at: 179_900 }, 60_000, 10_000, span)).toEqual([3])
    expect(unreachedWindows({ ...reservation, at: 150_000 }, 60_000, 10_000, span)).toEqual([])
  })
})
