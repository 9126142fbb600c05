import { describe, expect, it } from 'vitest'
import { measureClock } from '../src/_measureClock'
import { toy } from './_toy'

describe('measureClock', () => {
  it('behavior: set-up before the first request (loading the HTTP layer, opening the connection) skews no sample row', async () => {
    const skew = 1200
    let calls = 0
    // An instant server whose first request waits 40 ms before it leaves, as a first request through a client
    // that loads ky and connects first does.
    const fetchServerTime = async () => {
      if (calls++ === 0) await new Promise((resolve) => setTimeout(resolve, 40))
      return Math.floor(performance.timeOrigin + performance.now()) + skew
    }
    const { report } = await measureClock({ exchange: toy.definition, fetchServerTime, samples: 3 })
    expect(report.samples).toHaveLength(3)
    // Set-up counted would put its row 20 ms off; a busy machine's scheduling a few ms at most.
    for (const sample of report.samples) expect(Math.abs(sample.offsetMs - skew)).toBeLessThan(5)
    expect(Math.abs(report.offsetMs! - skew)).toBeLessThanOrEqual(report.uncertaintyMs!)
  })

  it("behavior: each row's offset is on the clock's own local time, with no whole-ms bias", async () => {
    const means: number[] = []
    for (let run = 0; run < 5; run++) {
      // Start 0.8 ms past a Date.now() tick: a row anchored to Date.now() alone would read 0.8 ms high.
      const start = Date.now()
      while (Date.now() === start) {}
      const tick = performance.now()
      while (performance.now() - tick < 0.8) {}
      let calls = 0
      const skews: number[] = []
      // A server ahead by a fraction of a ms more each time, so its truncation falls anywhere.
      const fetchServerTime = async () => {
        const skew = 1200 + (calls++ % 10) / 10
        skews.push(skew)
        return Math.floor(performance.timeOrigin + performance.now() + skew)
      }
      const { report } = await measureClock({ exchange: toy.definition, fetchServerTime, samples: 10 })
      // The first request is untimed: the rows start at the second skew.
      const errors = report.samples.map((s, i) => s.offsetMs - skews[i + 1]!)
      means.push(errors.reduce((a, b) => a + b, 0) / errors.length)
    }
    expect(Math.abs(means.sort((a, b) => a - b)[2]!)).toBeLessThan(0.3)
  })

  it("error: a first request that fails is the clock check's failure", async () => {
    const fetchServerTime = async (): Promise<number> => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:9')
    }
    const { report } = await measureClock({ exchange: toy.definition, fetchServerTime, samples: 3 })
    expect(report).toMatchObject({ status: 'fail', samples: [], offsetMs: undefined })
  })
})
