import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { emulations } from '../src/emulate'
import { exchanges } from '../src/index'

const packages = fileURLToPath(new URL('../../', import.meta.url))

it('behavior: every registered exchange has its emulation, listed once, in the registry order, with its registered definition', async () => {
  expect(emulations.map((e) => e.definition)).toEqual(exchanges)
  // Each is the one its package's ./emulate entry exports (`pnpm new-exchange` registers both).
  for (const e of emulations) {
    const id = e.definition.id
    const entry = join(packages, id, 'src', 'emulate', 'index.ts')
    expect(existsSync(entry), id).toBe(true)
    expect((await import(entry))[`${id}Emulation`], id).toBe(e)
  }
})

it('behavior: the client budgets each emulated exchange with the limits its emulation enforces (the definition carries them)', () => {
  // A definition that declares no limits (a new exchange's, until they are known) is emulated without any.
  for (const e of emulations)
    if (e.definition.rateLimits === undefined) expect(e.rateLimits.buckets, e.definition.id).toEqual([])
    else expect(e.definition.rateLimits, e.definition.id).toBe(e.rateLimits)
})
