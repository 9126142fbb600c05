import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

// The build every exchange package shares (tsup.exchange.ts at the root): one entry per package.json subpath.
const packages = fileURLToPath(new URL('../../', import.meta.url))
const shared = fileURLToPath(new URL('../../../tsup.exchange.ts', import.meta.url))
const { exchangeEntries } = (await import(/* @vite-ignore */ shared)) as {
  exchangeEntries: (dir: string) => Record<string, string>
}
const exchangeDirs = readdirSync(packages).filter((d) =>
  existsSync(join(packages, d, 'src', 'definition.ts')),
)
const scratch = mkdtempSync(join(tmpdir(), 'signet-entries-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A package directory holding `manifest` and the given source files. */
function fakePackage(exports: Record<string, unknown>, sources: string[]): string {
  const dir = mkdtempSync(join(scratch, 'pkg-'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ exports }))
  for (const file of sources) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), '')
  }
  return dir
}

describe('exchangeEntries', () => {
  it('default: one entry per subpath, a folder index or a file, package.json left out', () => {
    const dir = fakePackage(
      { '.': {}, './emulate': {}, './verify': {}, './package.json': './package.json' },
      ['src/index.ts', 'src/emulate/index.ts', 'src/verify.ts'],
    )
    expect(exchangeEntries(dir)).toEqual({
      index: 'src/index.ts',
      emulate: 'src/emulate/index.ts',
      verify: 'src/verify.ts',
    })
  })

  it('error: a subpath without a source file names it', () => {
    const dir = fakePackage({ '.': {}, './diagnose': {} }, ['src/index.ts'])
    expect(() => exchangeEntries(dir)).toThrow(
      'export "./diagnose" has neither src/diagnose/index.ts nor src/diagnose.ts',
    )
  })

  it.each(exchangeDirs)('behavior: %s builds every subpath its package.json exports', (id) => {
    const entries = exchangeEntries(join(packages, id))
    expect(entries.index).toBe('src/index.ts')
    for (const file of Object.values(entries)) expect(existsSync(join(packages, id, file)), file).toBe(true)
  })
})
