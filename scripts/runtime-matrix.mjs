// Runtimes: runs scripts/runtime-smoke.mjs (sign + send to the emulator, one request per exchange) on this Node
// (20.19+), Node 22 and 24, Bun and Deno. The other runtimes come from the npm registry into a temporary directory
// (node-<platform>-<arch>@22/@24 under aliases, `bun`, `deno`) that is removed afterwards; nothing is committed.
// The emulator runs on this Node (`signet emulate`, one per runtime); the smoke program imports the built
// packages by name.
// Usage: node scripts/runtime-matrix.mjs [--keep] [--no-build]   (builds @signet/cli and its dependencies first)
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from './_emulate.mjs'

const root = join(import.meta.dirname, '..')
const keep = process.argv.includes('--keep')
const versions = { node22: '22', node24: '24', bun: '1', deno: '2' }

// --no-build: use the packages as they are built (CI builds them in an earlier step).
if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-quietly.mjs'), '@signet/cli...'], {
    stdio: 'inherit',
  })
  if (build.status !== 0) process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'signet-runtimes-'))
let failed = 0
let emulator
try {
  // 1. The runtimes, from the registry.
  const platform = `${process.platform}-${process.arch}`
  writeFileSync(join(work, 'package.json'), '{ "private": true }\n')
  const started = performance.now()
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `node22@npm:node-${platform}@${versions.node22}`,
      `node24@npm:node-${platform}@${versions.node24}`,
      `bun@${versions.bun}`,
      `deno@${versions.deno}`,
    ],
    { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  console.log(`installed Node 22, Node 24, Bun and Deno from npm (${seconds(started)} s)`)
  const bin = (name) => join(work, 'node_modules', '.bin', name)
  const runtimes = [
    { name: `Node ${process.versions.node}`, command: process.execPath, args: [] },
    { name: 'Node 22', command: join(work, 'node_modules/node22/bin/node'), args: [] },
    { name: 'Node 24', command: join(work, 'node_modules/node24/bin/node'), args: [] },
    { name: 'Bun', command: bin('bun'), args: ['run'] },
    { name: 'Deno', command: bin('deno'), args: ['run', '--allow-all', '--quiet'] },
  ]

  // 2. The smoke program in a scratch app whose node_modules links every published package by name.
  const app = join(work, 'app')
  mkdirSync(join(app, 'node_modules', '@signet'), { recursive: true })
  for (const name of readdirSync(join(root, 'packages'))) {
    const manifestFile = join(root, 'packages', name, 'package.json')
    if (!existsSync(manifestFile)) continue
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
    if (manifest.private || !manifest.name.startsWith('@signet/')) continue
    symlinkSync(join(root, 'packages', name), join(app, 'node_modules', manifest.name), 'dir')
  }
  writeFileSync(
    join(app, 'package.json'),
    '{ "name": "signet-runtime-smoke", "private": true, "type": "module" }\n',
  )
  writeFileSync(join(app, 'smoke.mjs'), readFileSync(join(root, 'scripts', 'runtime-smoke.mjs')))

  // 3. A fresh emulator (and fresh keys) per runtime: an exchange's nonce high-water mark is per key, and one
  // runtime's nonces must not decide whether the next one's are accepted.
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SIGNET_')))
  for (const runtime of runtimes) {
    emulator = await startEmulator()
    const result = spawnSync(runtime.command, [...runtime.args, 'smoke.mjs'], {
      cwd: app,
      env: { ...base, ...emulator.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    })
    emulator.stop()
    emulator = undefined
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
    const version = spawnSync(runtime.command, ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0]
    if (result.status === 0) {
      const count = output.split('\n').filter((line) => line.startsWith('ok ')).length
      console.log(`ok   ${runtime.name} (${version}): ${count} exchanges signed and accepted`)
    } else {
      failed++
      console.log(
        `FAIL ${runtime.name} (${version}): exit ${result.status ?? result.signal ?? result.error?.message}`,
      )
      for (const line of output.split('\n').slice(-30)) console.log(`       ${line}`)
    }
  }
} catch (error) {
  failed++
  console.log(`FAIL ${error.message}`)
} finally {
  emulator?.stop()
  if (keep) console.log(`(kept ${work})`)
  else rmSync(work, { recursive: true, force: true })
}
console.log(failed ? `${failed} runtime(s) failed` : 'every runtime passed')
process.exit(failed ? 1 : 0)

function seconds(since) {
  return ((performance.now() - since) / 1000).toFixed(1)
}
