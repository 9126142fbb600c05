import { describe, expect, it } from 'vitest'
import { scripts } from './scripts'

describe.each(scripts)('the rate-limit data of $emulation.definition.id', ({ emulation }) => {
  const { rateLimits } = emulation
  it('behavior: cites the docs; bucket ids are unique; every weight and limit names a bucket (limits only per-endpoint ones)', () => {
    expect(rateLimits.source).toMatch(/^https:\/\//)
    const buckets = new Map(rateLimits.buckets.map((b) => [b.id, b]))
    expect(buckets.size).toBe(rateLimits.buckets.length)
    for (const e of rateLimits.endpoints) {
      const where = `${e.method} ${e.path}`
      for (const id of [
        ...Object.keys(e.weights),
        ...Object.keys(e.without?.weights ?? {}),
        ...Object.values(e.by?.weights ?? {}).flatMap((w) => Object.keys(w)),
      ])
        expect(buckets.has(id), where).toBe(true)
      for (const id of Object.keys(e.limits ?? {})) expect(buckets.get(id)?.perEndpoint, where).toBe(true)
    }
    for (const b of rateLimits.buckets) expect(b.intervalMs > 0 && b.limit > 0, b.id).toBe(true)
  })

  it('behavior: every emulated order route is counted by at least one bucket', () => {
    for (const route of emulation.routes.filter((r) => r.action !== 'time')) {
      const endpoint = rateLimits.endpoints.find((e) => e.method === route.method && e.path === route.path)
      const counted = rateLimits.buckets.some((b) => (endpoint?.weights[b.id] ?? b.defaultWeight ?? 1) > 0)
      expect(counted, `${route.method} ${route.path}`).toBe(true)
    }
  })
})
