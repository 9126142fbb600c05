import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { emulations } from '../src/emulations'
import { exchanges } from '../src/index'

const packages = fileURLToPath(new URL('../../', import.meta.url))

it('behavior: every exchange package with an ./emulate entry is listed, once, with its registered definition', () => {
  const withEmulation = readdirSync(packages).filter((dir) =>
    existsSync(join(packages, dir, 'src', 'emulate', 'index.ts')),
  )
  const ids = emulations.map((e) => e.definition.id)
  expect(ids.sort()).toEqual(withEmulation.sort())
  expect(new Set(ids).size).toBe(ids.length)
  for (const e of emulations) expect(exchanges).toContain(e.definition)
})

it('behavior: the client budgets each emulated exchange with the limits its emulation enforces (the definition carries them)', () => {
  for (const e of emulations) expect(e.definition.rateLimits, e.definition.id).toBe(e.rateLimits)
})
