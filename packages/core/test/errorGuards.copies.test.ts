import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createContext, runInContext } from 'node:vm'
import { buildSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as source from '../src/index'

type Core = typeof source
const root = fileURLToPath(new URL('..', import.meta.url))
let dir: string
let copyA: Core
let copyB: Core
let realm: Core

function build(format: 'esm' | 'cjs', outfile: string): void {
  // esbuild's own API (a devDependency of core): no binary on a PATH or in node_modules/.bin to depend on.
  buildSync({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    platform: 'node',
    format,
    outfile,
    logLevel: 'error',
  })
}

// Two installed copies of @signet/core (the same built file at two paths are two module instances), and a third
// copy evaluated in another realm (vm context): its Error, Object and classes are all different objects.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signet-core-copies-'))
  build('esm', join(dir, 'a', 'index.js'))
  mkdirSync(join(dir, 'b'))
  copyFileSync(join(dir, 'a', 'index.js'), join(dir, 'b', 'index.js'))
  copyA = await import(pathToFileURL(join(dir, 'a', 'index.js')).href)
  copyB = await import(pathToFileURL(join(dir, 'b', 'index.js')).href)
  build('cjs', join(dir, 'realm.cjs'))
  const module = { exports: {} as Core }
  const context = createContext({
    module,
    exports: module.exports,
    require: createRequire(join(dir, 'x.cjs')),
  })
  runInContext(readFileSync(join(dir, 'realm.cjs'), 'utf8'), context)
  realm = module.exports
}, 30_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const make = (core: Core) =>
  [
    ['timestamp', new core.TimestampOutOfWindowError('x', { code: -1021 })],
    ['rate-limit', new core.RateLimitError('x', { retryAfterMs: 5 })],
    ['invalid-signature', new core.InvalidSignatureError('x')],
    ['nonce', new core.InvalidNonceError('x')],
    ['network', new core.NetworkError('x')],
    ['clock-uncertain', new core.ClockUncertainError('x', 1)],
    ['invalid-parameter', new core.InvalidParameterError('p', 'a', 'b')],
    ['credential-format', new core.CredentialFormatError('secret', 'is empty')],
    ['exchange', new core.ExchangeError('x')],
  ] as const

describe('guards across copies of @signet/core (errors and Secret)', () => {
  it('behavior: the copies really are distinct (instanceof fails across them)', () => {
    expect(copyA.RateLimitError).not.toBe(copyB.RateLimitError)
    expect(new copyB.RateLimitError('x')).not.toBeInstanceOf(copyA.RateLimitError)
    expect(new realm.RateLimitError('x')).not.toBeInstanceOf(Error)
  })

  for (const [label, other] of [
    ['another installed copy', () => copyB],
    ['another realm', () => realm],
  ] as const) {
    it(`behavior: every guard of one copy answers true for errors made by ${label}`, () => {
      for (const guards of [copyA, source]) {
        for (const [kind, error] of make(other())) {
          expect(guards.isSignetError(error), kind).toBe(true)
          expect(guards.isSignetError(error, kind), kind).toBe(true)
          expect(guards.isSignetError(error, kind === 'nonce' ? 'timestamp' : 'nonce'), kind).toBe(false)
          expect(guards.isExchangeError(error), kind).toBe(
            !['network', 'clock-uncertain', 'invalid-parameter', 'credential-format'].includes(kind),
          )
        }
      }
      expect(make(other())[0][1].code).toBe('-1021')
      // A Secret is recognised and read by every copy too (a signer from one copy, a key from another).
      const secret = other().createSecret('NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j')
      for (const guards of [copyA, source]) {
        expect(guards.isSecret(secret)).toBe(true)
        expect(guards.revealSecret(secret)).toBe(
          'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
        )
        expect(JSON.stringify(secret)).toBe('"[redacted]"')
      }
    })
  }
})
