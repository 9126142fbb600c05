// Issue 12, "Must be true": any answer body up to 5 MB is summarised and classified in linear time. Each
// exchange's classifier gets hostile and ordinary bodies of 50 kB and 1 MB; the 1 MB one must take less than
// 20x the time of the 50 kB one (quadratic work would take about 400x). Absolute numbers: packages/bench.
import { timeRatio } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { fixtures } from './exchanges'

const five = fixtures.filter((f) => ['binance', 'bybit', 'okx', 'kucoin', 'gateio'].includes(f.exchange.id))

const bodies: Record<string, (n: number) => string> = {
  'a page of <': (n) => '<'.repeat(n),
  'unclosed <title': (n) => '<title'.repeat(Math.ceil(n / 6)).slice(0, n),
  'html page': (n) => `<html><body>${'<p>x</p>'.repeat(Math.ceil(n / 8))}`.slice(0, n),
}
// A JSON body is parsed whole (JSON.parse is linear, so about 20x for 20x the size): it gets twice the margin.
// Parsing copies the message into a new string, so both sizes are over 128 kB (`timeRatio`'s note): at 50 kB and
// 1 MB a virtual machine's fresh pages made linear work read 68-170x.
const json = (n: number) => JSON.stringify({ code: -1, msg: 'x'.repeat(n) })

describe.each(five.map((f) => [f.exchange.id, f.exchange] as const))('%s classifier', (_id, exchange) => {
  for (const [name, make] of Object.entries(bodies)) {
    it(`behavior: linear time on ${name} (1 MB within 20x of 50 kB)`, () => {
      const answer = (n: number) => ({ status: 502, headers: {}, body: make(n) })
      expect(timeRatio((a) => exchange.classifyError(a), answer(50_000), answer(1_000_000))).toBeLessThan(20)
    })
  }

  it('behavior: linear time on a JSON error with a long message (5 MB within 40x of 250 kB)', () => {
    const answer = (n: number) => ({ status: 400, headers: {}, body: json(n) })
    expect(timeRatio((a) => exchange.classifyError(a), answer(250_000), answer(5_000_000))).toBeLessThan(40)
  })
})
