import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { emulations } from '../src/emulate'
import { exchanges } from '../src/index'

const packages = fileURLToPath(new URL('../../', import.meta.url))

it('behavior: every exchange package whose ./emulate entry exports an emulation is listed, once, with its registered definition', async () => {
  // A new exchange's scaffold has an ./emulate entry with its examples only, until its emulation is written.
  const withEmulation: string[] = []
  for (const dir of readdirSync(packages)) {
    const entry = join(packages, dir, 'src', 'emulate', 'index.ts')
    if (existsSync(entry) && `${dir}Emulation` in (await import(entry))) withEmulation.push(dir)
  }
  const ids = emulations.map((e) => e.definition.id)
  expect(ids.sort()).toEqual(withEmulation.sort())
  expect(new Set(ids).size).toBe(ids.length)
  for (const e of emulations) expect(exchanges).toContain(e.definition)
})

it('behavior: the client budgets each emulated exchange with the limits its emulation enforces (the definition carries them)', () => {
  for (const e of emulations) expect(e.definition.rateLimits, e.definition.id).toBe(e.rateLimits)
})
