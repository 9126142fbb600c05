import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The published build of @signet/core, made by the package's own tsup.config.ts and scripts/require-entry.mjs into a
// scratch copy of the package (its package.json next to a dist/), so the test needs no prior build. Every source
// module must land in the dist once: a second copy of an error class makes `instanceof` disagree between an error
// thrown by kit code and the class bots import from `@signet/core`, and repeated declarations cost install bytes.
const core = fileURLToPath(new URL('..', import.meta.url))
const repo = join(core, '..', '..')
let scratch: string
let dist: string

function run(cwd: string, args: string[]): string {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'signet-core-dist-'))
  dist = join(scratch, 'dist')
  copyFileSync(join(core, 'package.json'), join(scratch, 'package.json'))
  // tsup's own API with the package's config; only the output directory differs from `pnpm build`.
  run(core, [
    '--input-type=module',
    '-e',
    `const { build } = await import('tsup'); await build({ outDir: ${JSON.stringify(dist)}, silent: true })`,
  ])
  run(scratch, [join(repo, 'scripts', 'require-entry.mjs')])
}, 180_000)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const files = (pattern: RegExp) => readdirSync(dist).filter((f) => pattern.test(f))

/**
 * `name -> files` for every name matched by `pattern` (first group that matched) in more than one file. Repeats
 * inside one file are overloads or a value and a type of one name, not copies.
 */
function repeated(fileNames: string[], pattern: RegExp): Record<string, string[]> {
  const places = new Map<string, Set<string>>()
  for (const file of fileNames)
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(pattern)) {
      const name = match.slice(1).find((group) => group !== undefined)!
      places.set(name, (places.get(name) ?? new Set()).add(file))
    }
  return Object.fromEntries([...places].filter(([, where]) => where.size > 1).map(([n, w]) => [n, [...w]]))
}

describe('built @signet/core', () => {
  it('behavior: every source module is bundled into exactly one ES module file', () => {
    // esbuild heads each bundled module with a `// src/<path>.ts` comment.
    const modules = repeated(files(/\.js$/), /^\/\/ (src\/\S+\.ts)$/gm)
    expect(modules).toEqual({})
    // The guard above can see modules at all: the one holding the Secret values is in the build.
    const all = files(/\.js$/)
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n')
    expect(all).toMatch(/^\/\/ src\/keys\/secret\.ts$/m)
  })

  it('behavior: no class is defined twice across the ES module files', () => {
    const classes = repeated(files(/\.js$/), /^(?:var|let|const) (\w+) = class\b|^class (\w+)\b/gm)
    expect(classes).toEqual({})
    // The guard above can see classes at all: the error classes are in the build.
    const all = files(/\.js$/)
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n')
    expect(all).toMatch(/^var SignetError = class extends Error\b/m)
  })

  it('behavior: no declaration is written twice across the declaration files', () => {
    const declared =
      /^(?:export )?(?:declare )?(?:abstract )?(?:class|interface|type|function|const|enum) (\w+)\b/gm
    const perFile = files(/\.d\.c?ts$/)
    expect(repeated(perFile, declared)).toEqual({})
    expect(
      perFile.some((f) => /^declare class SignetError\b/m.test(readFileSync(join(dist, f), 'utf8'))),
    ).toBe(true)
  })

  it('behavior: errors and secrets made by the kit are the ones @signet/core exports, for import and require', () => {
    const probe = `
      import { createRequire } from 'node:module'
      const core = await import('./dist/index.js')
      const kit = await import('./dist/kit.js')
      const required = createRequire(import.meta.url)
      const kitCjs = required('./dist/kit.cjs')
      const coreCjs = required('./dist/index.cjs')
      const classified = { kind: 'timestamp', message: 'Timestamp outside recvWindow' }
      const fromKit = kit.toExchangeError(classified, { exchange: 'binance' })
      const fromKitCjs = kitCjs.toExchangeError(classified, { exchange: 'binance' })
      let invalid
      try { kit.checkIntent({ method: 'GET', path: 'no-slash' }, { exchange: 'binance' }) } catch (e) { invalid = e }
      const secret = core.createSecret('kit-secret')
      console.log(JSON.stringify({
        timestampError: fromKit instanceof core.TimestampOutOfWindowError,
        exchangeError: fromKit instanceof core.ExchangeError,
        signetError: fromKit instanceof core.SignetError,
        requiredTimestampError: fromKitCjs instanceof core.TimestampOutOfWindowError,
        requiredCoreSameAsImported: coreCjs.SignetError === core.SignetError,
        invalidParameter: invalid instanceof core.InvalidParameterError,
        invalidName: invalid?.name,
        kitKeyFromCoreSecret: kit.hmac('sha256', kit.createHmacKey(secret), 'x', 'hex').length,
      }))
    `
    expect(JSON.parse(run(scratch, ['--input-type=module', '-e', probe]))).toEqual({
      timestampError: true,
      exchangeError: true,
      signetError: true,
      requiredTimestampError: true,
      requiredCoreSameAsImported: true,
      invalidParameter: true,
      invalidName: 'InvalidParameterError',
      kitKeyFromCoreSecret: 64,
    })
  })
})
