import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import pkg from '../package.json' with { type: 'json' }

const source = fileURLToPath(new URL('../src/cli.ts', import.meta.url))
const built = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
// Spawning the binary needs every workspace dependency built; `pnpm demo` builds them, `pnpm test` does not.
const dependenciesBuilt = ['core', 'client', 'emulator', 'binance', 'bybit', 'okx'].every((name) =>
  existsSync(fileURLToPath(new URL(`../../${name}/dist/index.js`, import.meta.url))),
)

describe('the signet binary', () => {
  it('default: the entry starts with a node shebang and runs runCli(process.argv)', () => {
    const text = readFileSync(source, 'utf8')
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(text).toContain('runCli(process.argv)')
    expect(pkg.bin).toEqual({ signet: './dist/cli.js' })
  })

  it.skipIf(!existsSync(built) || !dependenciesBuilt)(
    'behavior: the build keeps the shebang and prints the version',
    () => {
      expect(readFileSync(built, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
      expect(execFileSync(process.execPath, [built, '--version'], { encoding: 'utf8' })).toBe(
        `${pkg.version}\n`,
      )
    },
  )
})
