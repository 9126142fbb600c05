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

  it("error: a first request that fails is the clock check's failure", async () => {
    const fetchServerTime = async (): Promise<number> => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:9')
    }
    const { report } = await measureClock({ exchange: toy.definition, fetchServerTime, samples: 3 })
    expect(report).toMatchObject({ status: 'fail', samples: [], offsetMs: undefined })
  })
})
