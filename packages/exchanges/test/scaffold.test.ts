import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// `pnpm new-exchange example` (scripts/new-exchange.mjs) run into a throwaway copy of the workspace layout, so
// the real packages/ never sees the unfilled scaffold (a root test run would pick it up) and nothing is left
// behind. The copy links the real root node_modules, packages/core and KuCoin's node_modules (the
// devDependencies a scaffold declares), which is what `pnpm install --prefer-offline` would link, and copies the
// registry (packages/exchanges), which the scaffold joins.
const repo = fileURLToPath(new URL('../../../', import.meta.url))
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')))
const node = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' })
let root: string
let pkg: string
let scaffold: ReturnType<typeof node>

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'signet-scaffold-'))
  mkdirSync(join(root, 'packages'))
  for (const file of [
    'tsconfig.base.json',
    'tsconfig.exchange.json',
    'tsup.exchange.ts',
    'vitest.shared.ts',
    'biome.json',
  ])
    copyFileSync(join(repo, file), join(root, file))
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir')
  symlinkSync(join(repo, 'packages', 'core'), join(root, 'packages', 'core'), 'dir')
  for (const file of ['package.json', 'src/index.ts', 'src/emulate/emulations.ts', 'test/registry.test.ts']) {
    mkdirSync(join(root, 'packages', 'exchanges', file, '..'), { recursive: true })
    copyFileSync(join(repo, 'packages', 'exchanges', file), join(root, 'packages', 'exchanges', file))
  }
  scaffold = node(repo, 'scripts/new-exchange.mjs', 'example', '--root', root)
  pkg = join(root, 'packages', 'example')
  if (scaffold.status === 0)
    symlinkSync(join(repo, 'packages', 'kucoin', 'node_modules'), join(pkg, 'node_modules'), 'dir')
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name === 'node_modules' || e.name === 'dist'
      ? []
      : e.isDirectory()
        ? files(join(dir, e.name)).map((f) => `${e.name}/${f}`)
        : [e.name],
  )

describe('pnpm new-exchange', () => {
  it('default: writes packages/example and its changeset with every placeholder filled, and prints next steps', () => {
    expect(scaffold.stderr).toBe('')
    expect(scaffold.status).toBe(0)
    expect(scaffold.stdout).toContain('pnpm install --prefer-offline')
    expect(files(pkg).sort()).toMatchInlineSnapshot(`
      [
        "README.md",
        "package.json",
        "src/createExampleSigner.ts",
        "src/createExampleVerifier.ts",
        "src/definition.ts",
        "src/diagnose/exampleDiagnosis.ts",
        "src/diagnose/index.ts",
        "src/emulate/exampleEmulation.ts",
        "src/emulate/exampleExamples.ts",
        "src/emulate/index.ts",
        "src/errors.ts",
        "src/hosts.ts",
        "src/index.ts",
        "src/signatureVariants.ts",
        "src/stringToSign.ts",
        "src/verify/exampleVerification.ts",
        "src/verify/index.ts",
        "test/conformance.test.ts",
        "test/definition.test.ts",
        "test/index.test.ts",
        "test/oracle.test.ts",
        "test/signatureVariants.test.ts",
        "test/signer.test.ts",
        "test/vectors.ts",
        "test/verifier.test.ts",
        "tsconfig.json",
        "tsup.config.ts",
        "vitest.config.ts",
      ]
    `)
    const all = files(pkg).map((f) => readFileSync(join(pkg, f), 'utf8'))
    const changeset = readFileSync(join(root, '.changeset', 'example-initial.md'), 'utf8')
    for (const text of [...all, changeset]) expect(text).not.toMatch(/__(name|Name|NAME)__/)
    expect(changeset.startsWith('---\n"@signet/example": minor\n"@signet/exchanges": minor\n---\n')).toBe(
      true,
    )
    expect(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'))).toMatchObject({
      name: '@signet/example',
      dependencies: { '@signet/core': 'workspace:^' },
    })
    expect(existsSync(join(repo, 'packages', 'example')), 'the real packages/ is untouched').toBe(false)
  })

  it('behavior: the scaffold is lint-clean, typechecks and builds (tsc, tsup)', () => {
    const biome = spawnSync(join(root, 'node_modules', '.bin', 'biome'), ['check', 'packages/example'], {
      cwd: root,
      env,
      encoding: 'utf8',
    })
    expect(biome.status, biome.stdout + biome.stderr).toBe(0)
    const tsc = node(pkg, join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json')
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0)
    // The build `pnpm build` runs: tsup with the shared tsup.exchange.ts (ESM and .d.ts), then the CommonJS entry.
    const tsup = node(pkg, join(repo, 'node_modules/tsup/dist/cli-default.js'))
    expect(tsup.status, tsup.stdout + tsup.stderr).toBe(0)
    const entry = node(pkg, join(repo, 'scripts/require-entry.mjs'))
    expect(entry.status, entry.stdout + entry.stderr).toBe(0)
    // One entry per subpath; the capabilities are separate files, so the root entry carries none of them.
    const built = readdirSync(join(pkg, 'dist')).filter((f) => !f.startsWith('chunk-'))
    expect(built.sort()).toEqual(
      ['index', 'verify', 'diagnose', 'emulate']
        .flatMap((e) => [`${e}.cjs`, `${e}.d.cts`, `${e}.d.ts`, `${e}.js`])
        .sort(),
    )
  })

  it('behavior: its tests fail until the TODOs are filled, each failure pointing at a TODO', () => {
    const report = join(root, 'vitest.json')
    const run = node(
      pkg,
      join(repo, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--reporter=json',
      `--outputFile=${report}`,
    )
    expect(run.status, 'an unfilled scaffold must not pass').not.toBe(0)
    const results = JSON.parse(readFileSync(report, 'utf8')) as {
      testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[]
    }
    const tests = results.testResults.flatMap((f) => f.assertionResults)
    const failed = tests.filter((t) => t.status === 'failed')
    expect(failed.map((t) => t.fullName).sort()).toMatchInlineSnapshot(`
      [
        "behavior: agrees with an independent implementation over generated requests",
        "behavior: the verifier accepts the requests the independent implementation produces",
        "example definition behavior: parseServerTime reads the documented answers and the verifier's own, as objects and as text",
        "example definition behavior: the examples sign and verify; the order carries its client id in \`clientOrderIdParam\`",
        "example definition default: the definition facts, against the snapshot a reviewer compared with docs/spec",
        "example signature variants behavior: each way is what its description says, by hand",
        "example signature variants behavior: the signer signature matches \`correct\` only, and one no way gives matches none",
        "example signature variants default: distinct ways, \`correct\` first and equal to what the signer sends and signs",
        "example signer args: \`now\` is used when no timestamp is given",
        "example signer behavior: a public intent gets no auth headers",
        "example signer behavior: sign and signSync agree",
        "example signer conformance determinism",
        "example signer conformance header set",
        "example signer conformance redaction",
        "example signer conformance round trip",
        "example signer conformance single-byte tamper",
        "example signer conformance tolerance edges",
        "example signer conformance vectors",
        "example signer error: bad intents and timestamps name the field",
        "example verifier refusals error: a path the server does not serve is refused as not found",
        "example verifier refusals error: a read-only key may read but not place or cancel an order",
        "example verifier refusals error: a request missing any auth header is refused",
        "example verifier refusals error: a tampered query or body is refused as a bad signature",
        "example verifier refusals error: a timestamp outside the window is refused as a timestamp",
        "example verifier refusals error: an unknown key is refused",
      ]
    `)
    for (const t of failed) expect(t.failureMessages.join('\n'), t.fullName).toMatch(/TODO/)
    const vectors = failed.find((t) => t.fullName.endsWith('conformance vectors'))!
    expect(vectors.failureMessages[0]).toContain(
      'add official vectors with their sources (TODO in test/vectors.ts)',
    )
  })

  it('error: refuses an existing package, an invalid name and a reserved name', () => {
    for (const [name, message] of [
      ['example', 'packages/example already exists'],
      ['Bad-Name', 'is not a valid name'],
      ['core', 'is reserved'],
    ]) {
      const run = node(repo, 'scripts/new-exchange.mjs', name!, '--root', root)
      expect(run.status, name).toBe(1)
      expect(run.stderr, name).toContain(message)
    }
  })

  it('behavior: registers the exchange in packages/exchanges, once', () => {
    const index = readFileSync(join(root, 'packages', 'exchanges', 'src', 'index.ts'), 'utf8')
    expect(index).toContain("import { example } from '@signet/example'")
    expect(index).toMatch(/ {2}example,\n {2}\/\/ new-exchange: registered exchanges end here/)
    const manifest = JSON.parse(readFileSync(join(root, 'packages', 'exchanges', 'package.json'), 'utf8'))
    expect(manifest.dependencies['@signet/example']).toBe('workspace:^')
    const emulations = readFileSync(
      join(root, 'packages', 'exchanges', 'src', 'emulate', 'emulations.ts'),
      'utf8',
    )
    expect(emulations).toContain("import { exampleEmulation } from '@signet/example/emulate'")
    expect(emulations).toMatch(/ {2}exampleEmulation,\n {2}\/\/ new-exchange: registered emulations end here/)
    expect(scaffold.stdout).toContain('Registered @signet/example in packages/exchanges')
    const again = node(repo, 'scripts/new-exchange.mjs', '--register', 'example', '--root', root)
    expect(again.stdout).toContain('already registered')
    expect(readFileSync(join(root, 'packages', 'exchanges', 'src', 'index.ts'), 'utf8')).toBe(index)
    expect(readFileSync(join(root, 'packages', 'exchanges', 'src', 'emulate', 'emulations.ts'), 'utf8')).toBe(
      emulations,
    )
  })

  it('behavior: the template holds no file that every exchange package copies unchanged', () => {
    const exchangeDirs = readdirSync(join(repo, 'packages')).filter((d) =>
      existsSync(join(repo, 'packages', d, 'src', 'definition.ts')),
    )
    expect(exchangeDirs.length).toBeGreaterThanOrEqual(5)
    const copiedByAll = files(join(repo, 'templates', 'exchange'))
      .filter((f) => !f.endsWith('.tpl'))
      .filter((f) =>
        exchangeDirs.every((id) => {
          const Id = id[0]!.toUpperCase() + id.slice(1)
          const fill = (t: string) =>
            t.replaceAll('__Name__', Id).replaceAll('__NAME__', id.toUpperCase()).replaceAll('__name__', id)
          const theirs = join(repo, 'packages', id, fill(f))
          const ours = fill(readFileSync(join(repo, 'templates', 'exchange', f), 'utf8'))
          return existsSync(theirs) && readFileSync(theirs, 'utf8') === ours
        }),
      )
    expect(copiedByAll).toEqual([])
  })

  it('behavior: the per-package config files are generated one-liners pointing at the shared root settings', () => {
    // The scaffold writes them (the template has none); every exchange package keeps them that short, so build,
    // type and test settings change in one place (tsup.exchange.ts, tsconfig.exchange.json, vitest.shared.ts).
    for (const f of ['tsconfig.json', 'tsup.config.ts', 'vitest.config.ts'])
      expect(existsSync(join(repo, 'templates', 'exchange', f)), f).toBe(false)
    const exchangeDirs = readdirSync(join(repo, 'packages')).filter((d) =>
      existsSync(join(repo, 'packages', d, 'src', 'definition.ts')),
    )
    for (const dir of [...exchangeDirs.map((d) => join(repo, 'packages', d)), pkg]) {
      const read = (f: string) => readFileSync(join(dir, f), 'utf8')
      expect(JSON.parse(read('tsconfig.json')), dir).toEqual({ extends: '../../tsconfig.exchange.json' })
      expect(read('tsup.config.ts').trim().split('\n').length, dir).toBeLessThanOrEqual(3)
      expect(read('tsup.config.ts'), dir).toContain("from '../../tsup.exchange.ts'")
      expect(read('vitest.config.ts').trim().split('\n').length, dir).toBeLessThanOrEqual(3)
      expect(read('vitest.config.ts'), dir).toContain("from '../../vitest.shared.ts'")
      expect(JSON.parse(read('package.json')).tsup, `${dir}: no tsup options in package.json`).toBeUndefined()
    }
  })

  it('behavior: kucoin and gateio have the template layout, and the template pins the workspace tool versions', () => {
    const template = files(join(repo, 'templates', 'exchange')).filter((f) => /^(src|test)\//.test(f))
    for (const [id, Id] of [
      ['kucoin', 'Kucoin'],
      ['gateio', 'Gateio'],
    ]) {
      const have = new Set(files(join(repo, 'packages', id!)))
      for (const f of template)
        expect(have.has(f.replace('__Name__', Id!).replace('__name__', id!)), `${id}: ${f}`).toBe(true)
    }
    const rootDev = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies
    const templateDev = JSON.parse(
      readFileSync(join(repo, 'templates', 'exchange', 'package.json'), 'utf8'),
    ).devDependencies
    for (const [dep, version] of Object.entries(templateDev)) expect(version, dep).toBe(rootDev[dep])
  })
})
