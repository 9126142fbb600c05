import { expect, it } from 'vitest'
import { binanceRateLimits } from '../src/rateLimits'

it('default: the emulate subpath surface', async () => {
  expect(Object.keys(await import('../src/emulate/index')).sort()).toMatchInlineSnapshot(`
    [
      "binanceEmulation",
      "binanceExamples",
    ]
  `)
})

it('default: rate limits cite the docs, and every endpoint weight names a bucket', () => {
  expect(binanceRateLimits.source).toMatch(/^https:\/\/developers\.binance\.com\//)
  const ids = new Set(binanceRateLimits.buckets.map((b) => b.id))
  for (const e of binanceRateLimits.endpoints)
    for (const id of Object.keys({ ...e.weights, ...(('without' in e && e.without?.weights) || {}) }))
      expect(ids, `${e.method} ${e.path}`).toContain(id)
})
