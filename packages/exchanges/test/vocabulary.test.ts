// One vocabulary (packages/core/VOCABULARY.md), enforced on what users get: every registered exchange's built
// `dist/index.d.ts`. The root `test` script builds them before vitest runs; a missing or stale build (a single
// project run, an edited source) is rebuilt here first (turbo, quietly), never skipped.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exchanges } from '../src/index'
import { vocabularyProblems } from './_vocabulary'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const ids = exchanges.map((exchange) => exchange.id)
const dts = (id: string) => join(root, 'packages', id, 'dist', 'index.d.ts')

/** Newest modification time (ms) of the package's sources. */
function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

beforeAll(() => {
  const core = join(root, 'packages', 'core')
  const stale = ['core', ...ids].filter((id) => {
    const file = dts(id)
    const src = id === 'core' ? join(core, 'src') : join(root, 'packages', id, 'src')
    return !existsSync(file) || statSync(file).mtimeMs < newestSource(src)
  })
  if (stale.length === 0) return
  const build = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'build-quietly.mjs'), ...stale.map((id) => `@signet/${id}`)],
    { cwd: root, encoding: 'utf8', stdio: 'pipe' },
  )
  if (build.status !== 0)
    throw new Error(`building ${stale.join(', ')} failed:\n${build.stderr}${build.stdout}`)
}, 600_000)

describe('one vocabulary in every exchange’s dist/index.d.ts', () => {
  it('default: the registry lists the eight exchanges the vocabulary was written for', () => {
    expect(ids).toEqual(['binance', 'bybit', 'okx', 'kucoin', 'gateio', 'coinbase', 'kraken', 'hyperliquid'])
  })

  it.each(ids)(
    'behavior: %s exports the required kinds under their names, and no forbidden word or shape',
    (id) => {
      expect(existsSync(dts(id)), `${dts(id)} was not built`).toBe(true)
      expect(vocabularyProblems(id, dts(id))).toEqual([])
    },
  )
})

describe('the vocabulary check can fail', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'signet-vocabulary-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('error: every rule reports an outlier in a made-up exchange', () => {
    const file = join(scratch, 'index.d.ts')
    writeFileSync(
      file,
      [
        'type SignedRequest = { url: string }',
        'export type AcmeCredentials = { apiKey: string; now?: number; passphrase?: string }',
        '/** The `passphrase` that decrypts the PEM. */',
        'export type AcmeSignOptions = { recvWindow?: number; timestamp?: number }',
        'export type AcmeSigner = { environment: string; wsLogin(): Promise<string>; sign(): Promise<SignedRequest> }',
        'export type OkxErrorInfo = { code: string }',
        'export type AcmeEnvironment = "live" | "demo"',
        'export declare const acme: { id: "acme" }',
        'export declare function createAcmeSigner(p: AcmeCredentials): AcmeSigner',
        'export declare const acmeErrorCodes: Record<string, string>',
        'export declare function helper(): void',
        '/** @deprecated Use createAcmeSigner. */',
        'export declare const makeSigner: typeof createAcmeSigner',
      ].join('\n'),
    )
    const problems = vocabularyProblems('acme', file)
    for (const expected of [
      'missing value export classifyAcmeError',
      'missing value export acmeErrors',
      'missing type export CreateAcmeSignerParameters',
      'missing type export AcmeErrorEntry',
      'AcmeCredentials: signer parameters are named CreateAcmeSignerParameters',
      "OkxErrorInfo: does not carry the exchange's name (acme/Acme/ACME_)",
      'acmeErrorCodes: error tables are acmeErrors, entries AcmeErrorEntry',
      "AcmeEnvironment: the key's environment type is AcmeKeyEnvironment (the host's is the client's environment)",
      'AcmeSigner has no signWebSocketAuth',
      "AcmeSigner.environment: the key's environment is keyEnvironment",
    ])
      expect(problems).toContain(expected)
    const text = problems.join('\n')
    expect(text).toMatch(/now \(line 2\): now is always a function/)
    expect(text).toMatch(/recvWindow \(line 4\): a window has one name, windowMs/)
    expect(text).toMatch(/wsLogin \(line 5\): WebSocket auth is signer.signWebSocketAuth/)
    expect(text).toMatch(/line 3: the PEM's passphrase is privateKeyPassphrase/)
    expect(text).toMatch(/helper: does not carry the exchange's name/)
    // A deprecated alias is exempt from the name rules.
    expect(text).not.toMatch(/makeSigner/)
  })
})
