// The client README's example, unmodified, against the emulated exchange it names (issue 14): each fenced ts
// block is written out as it stands and imported with the documented SIGNET_<EXCHANGE>_* variables set.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { type Emulator, startEmulator } from '@signet/emulator'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { scripts } from '../../emulator/test/scripts'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!)

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({
    exchanges: scripts.map((s) => s.emulation),
    keys: Object.fromEntries(scripts.map((s) => [s.emulation.definition.id, [s.key]])),
  })
  for (const s of scripts) {
    const prefix = `SIGNET_${s.emulation.definition.id.toUpperCase()}_`
    process.env[`${prefix}API_KEY`] = s.credentials.apiKey
    process.env[`${prefix}SECRET`] = String(s.credentials.secret)
    if (s.credentials.passphrase) process.env[`${prefix}PASSPHRASE`] = String(s.credentials.passphrase)
    process.env[`${prefix}BASE_URL`] = emulator.baseUrl(s.emulation.definition.id)
  }
})
afterAll(() => emulator.stop())

it('default: the README has a runnable example', () => {
  expect(blocks.length).toBeGreaterThan(0)
})

it.each(blocks.map((source, i) => [i + 1, source] as const))(
  'behavior: README example %i runs unmodified against the emulator and places its order',
  async (n, source) => {
    const dir = new URL('../../../.reports/readme-examples/', import.meta.url)
    mkdirSync(dir, { recursive: true })
    const file = new URL(`client-${n}.ts`, dir)
    writeFileSync(file, source)
    const before = emulator.orders().length
    await import(/* @vite-ignore */ file.href)
    if (/order/i.test(source)) expect(emulator.orders().length).toBeGreaterThan(before)
    expect(emulator.requests().filter((r) => r.status >= 400)).toEqual([])
  },
)

it("default: the emulator README's test-fixture example is exactly the test file CI runs", () => {
  const emulatorReadme = readFileSync(new URL('../../emulator/README.md', import.meta.url), 'utf8')
  const fixture = readFileSync(new URL('./emulator.fixture.test.ts', import.meta.url), 'utf8')
  const documented = [...emulatorReadme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!)
  expect(documented).toContain(fixture)
})

it("behavior: the emulator README's program runs unmodified", async () => {
  const emulatorReadme = readFileSync(new URL('../../emulator/README.md', import.meta.url), 'utf8')
  const program = [...emulatorReadme.matchAll(/```ts\n([\s\S]*?)```/g)][0]![1]!
  const dir = new URL('../../../.reports/readme-examples/', import.meta.url)
  mkdirSync(dir, { recursive: true })
  const file = new URL('emulator-1.ts', dir)
  writeFileSync(file, program)
  await import(/* @vite-ignore */ file.href)
})
