import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createNonceSource } from '../src/freshness/createNonceSource'
import type { NonceStore } from '../src/freshness/types'
import { createFileNonceStore } from '../src/node/createFileNonceStore'

/** A store in memory that can be slow, and counts its writes. */
function memoryStore(delayMs = 0) {
  const marks = new Map<string, bigint>()
  let writes = 0
  const sleep = () => new Promise((r) => setTimeout(r, delayMs))
  const store: NonceStore = {
    load: async (key) => {
      await sleep()
      return marks.get(key)
    },
    save: async (key, nonce) => {
      await sleep()
      writes++
      marks.set(key, nonce)
    },
  }
  return { store, marks, writes: () => writes }
}

describe('createNonceSource', () => {
  it('default: the first nonce is server-aligned ms', async () => {
    const source = createNonceSource({ now: () => 1616492376594.7 })
    expect(await source.next('k')).toBe(1616492376594n)
  })

  it('args: unitsPerMs scales the anchor (µs nonces)', async () => {
    const source = createNonceSource({ now: () => 1_700_000_000_000.25, unitsPerMs: 1000 })
    expect(await source.next('k')).toBe(1_700_000_000_000_250n)
  })

  it('behavior: strictly increasing per key for any sequence of clock readings, calls and observations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            now: fc.double({ min: 0, max: 4e12, noNaN: true }),
            key: fc.constantFrom('a', 'b', 'c'),
            observed: fc.option(fc.bigInt({ min: 0n, max: 5_000_000_000_000n }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        async (steps) => {
          let t = 0
          const source = createNonceSource({ now: () => t })
          const last = new Map<string, bigint>()
          for (const step of steps) {
            t = step.now
            if (step.observed !== undefined) {
              source.observe!(step.key, step.observed)
              const prev = last.get(step.key) ?? -1n
              last.set(step.key, step.observed > prev ? step.observed : prev)
            }
            const n = await source.next(step.key)
            expect(n > (last.get(step.key) ?? -1n)).toBe(true)
            expect(n >= BigInt(Math.floor(t))).toBe(true)
            last.set(step.key, n)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('behavior: concurrent calls never repeat and resolve in increasing order, also with a slow store', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 3 }), async (n, delay) => {
        const { store, writes } = memoryStore(delay)
        const source = createNonceSource({ now: () => 1_000, store })
        const nonces = await Promise.all(Array.from({ length: n }, () => source.next('k')))
        expect(new Set(nonces).size).toBe(n)
        for (let i = 1; i < n; i++) expect(nonces[i]! > nonces[i - 1]!).toBe(true)
        // Concurrent callers share writes: far fewer than one per nonce.
        expect(writes()).toBeLessThanOrEqual(Math.min(n, 2))
      }),
      { numRuns: 40 },
    )
  })

  it('behavior: a restart over the same store never goes backwards, even when the clock went back', async () => {
    const { store, marks } = memoryStore(1)
    const first = createNonceSource({ now: () => 5_000, store })
    const before = await Promise.all(Array.from({ length: 50 }, () => first.next('k')))
    expect(marks.get('k')).toBe(before.at(-1))
    const restarted = createNonceSource({ now: () => 1_000, store })
    expect(await restarted.next('k')).toBe(before.at(-1)! + 1n)
  })

  it('behavior: a nonce is handed out only after the store holds it', async () => {
    const { store, marks } = memoryStore(2)
    const source = createNonceSource({ now: () => 7, store })
    for (let i = 0; i < 5; i++) {
      const n = await source.next('k')
      expect(marks.get('k')! >= n).toBe(true)
    }
  })

  it('error: a failing store fails the call and the next call tries again', async () => {
    let fail = true
    const store: NonceStore = {
      load: () => {
        if (fail) throw new Error('disk unavailable')
        return 41n
      },
      save: () => {},
    }
    const source = createNonceSource({ now: () => 0, store })
    await expect(source.next('k')).rejects.toThrow('disk unavailable')
    fail = false
    expect(await source.next('k')).toBe(42n)
  })

  it('error: a clock that is not a number is refused', async () => {
    const source = createNonceSource({ now: () => Number.NaN })
    await expect(source.next('k')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[InvalidParameterError: Invalid parameter "now()": expected a finite epoch ms, received NaN.]`,
    )
    expect(() => createNonceSource({ now: () => 0, unitsPerMs: 0 })).toThrow('unitsPerMs')
  })
})

describe('createFileNonceStore', () => {
  it('behavior: a new source over the same file starts above the last nonce, and the file holds no API key', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'signet-nonce-')), 'sub', 'nonces.json')
    const apiKey = 'kraken:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'
    const first = createNonceSource({ now: () => 2_000_000, store: createFileNonceStore({ path }) })
    const before = await Promise.all(Array.from({ length: 200 }, () => first.next(apiKey)))
    await first.next('other-key')
    const restarted = createNonceSource({ now: () => 1_000, store: createFileNonceStore({ path }) })
    expect(await restarted.next(apiKey)).toBe(before.at(-1)! + 1n)
    expect(await readFile(path, 'utf8')).not.toContain('AbCdEf')
  })
})
