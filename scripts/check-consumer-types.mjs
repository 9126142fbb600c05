// Types for every consumer: packs every published package (`pnpm pack`, as npm would get it), installs the
// tarballs into a throwaway app with npm, and type-checks that app with TypeScript 5.9 and skipLibCheck false in
// six set-ups: ESM and CommonJS × moduleResolution node16, nodenext and bundler. Exit 1 on any error.
// Usage: node scripts/check-consumer-types.mjs [--keep]   (needs the packages built: pnpm build)
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const keep = process.argv.includes('--keep')
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const pnpm = `pnpm@${rootManifest.packageManager.split('@')[1]}`
const typescript = rootManifest.devDependencies.typescript
const typesNode = rootManifest.devDependencies['@types/node']

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir: join(root, 'packages', dir), manifest: readManifest(join(root, 'packages', dir)) }))
  .filter(({ manifest }) => manifest && !manifest.private)
const app = mkdtempSync(join(tmpdir(), 'signet-consumer-'))
const tarballs = join(app, 'tarballs')
mkdirSync(tarballs)

let failed = 0
let last = performance.now()
const seconds = () => {
  const now = performance.now()
  const text = ((now - last) / 1000).toFixed(1)
  last = now
  return text
}
try {
  // The pinned pnpm's own entry, found once: npx per package would cost seconds each.
  const pnpmBin = run('npx', ['-y', '-p', pnpm, '-c', 'command -v pnpm'], root).trim()
  for (const { dir, manifest } of packages) {
    if (!existsSync(join(dir, 'dist'))) throw new Error(`${manifest.name} is not built (run pnpm build)`)
    // pnpm pack turns workspace:^ ranges into the versions an npm user would install.
    const out = run(pnpmBin, ['pack', '--pack-destination', tarballs], dir)
    const file = out.trim().split('\n').at(-1).trim()
    manifest.tarball = file.startsWith('/') ? file : join(tarballs, file)
  }

  console.log(`packed ${packages.length} packages (${seconds()} s)`)
  // The tarballs replace the registry for @signet/* everywhere in the tree (overrides "$name" = the direct spec);
  // peer dependencies of test kits (vitest, fast-check) and third-party dependencies come from the registry.
  const dependencies = Object.fromEntries(
    packages.map(({ manifest }) => [manifest.name, `file:${manifest.tarball}`]),
  )
  const peers = {}
  for (const { manifest } of packages) Object.assign(peers, manifest.peerDependencies ?? {})
  for (const name of Object.keys(peers)) peers[name] = rootManifest.devDependencies[name] ?? peers[name]
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'signet-consumer',
        private: true,
        dependencies: { ...dependencies, ...peers, typescript, '@types/node': typesNode },
        overrides: Object.fromEntries(packages.map(({ manifest }) => [manifest.name, `$${manifest.name}`])),
      },
      null,
      2,
    ),
  )
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts'], app)
  console.log(`installed them into a fresh app with npm (${seconds()} s)`)

  // Every entry point of every package: ESM sees all of them, CommonJS those with a `require` condition.
  const entries = packages.flatMap(({ manifest }) =>
    Object.entries(manifest.exports ?? {})
      .filter(([subpath, target]) => subpath !== './package.json' && typeof target === 'object')
      .map(([subpath, target]) => ({
        specifier: manifest.name + subpath.slice(1),
        require: Boolean(target.require),
      })),
  )
  const id = (specifier) => specifier.replace(/[@/-]/g, '_')
  // A value from one package used where another package's type is expected catches two copies of core's types.
  const crossCheck = (core, binance, client) =>
    [
      `const definition: ${core}.ExchangeDefinition = ${binance}.binance`,
      `export const made = (signer: ${core}.Signer) => ${client}.createClient({ exchange: definition, signer })`,
      `export type Order = Awaited<ReturnType<ReturnType<typeof made>['post']>>`,
    ].join('\n')
  const esm = [
    ...entries.map((e) => `import * as ${id(e.specifier)} from '${e.specifier}'`),
    crossCheck(id('@signet/core'), id('@signet/binance'), id('@signet/client')),
    `export const all = [${entries.map((e) => id(e.specifier)).join(', ')}]`,
  ].join('\n')
  const cjs = [
    ...entries.filter((e) => e.require).map((e) => `import ${id(e.specifier)} = require('${e.specifier}')`),
    crossCheck(id('@signet/core'), id('@signet/binance'), id('@signet/client')),
    `export const all = [${entries
      .filter((e) => e.require)
      .map((e) => id(e.specifier))
      .join(', ')}]`,
  ].join('\n')
  writeFileSync(join(app, 'app.mts'), `${esm}\n`)
  writeFileSync(join(app, 'app.cts'), `${cjs}\n`)

  const resolutions = [
    ['node16', 'node16'],
    ['nodenext', 'nodenext'],
    ['bundler', 'preserve'],
  ]
  const checks = resolutions.flatMap(([resolution, module]) =>
    [
      ['ESM', 'app.mts'],
      ['CJS', 'app.cts'],
    ].map(([kind, file]) => ({ resolution, module, kind, file })),
  )
  for (const { resolution, module, kind, file } of checks) {
    writeFileSync(
      join(app, `tsconfig.${kind}.${resolution}.json`),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023'],
          module,
          moduleResolution: resolution,
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: ['node'],
        },
        files: [file],
      }),
    )
  }
  // Two at a time: the machine CI runs on has two cores.
  const results = await mapLimit(checks, 2, (check) =>
    tscAsync(app, `tsconfig.${check.kind}.${check.resolution}.json`),
  )
  console.log(`type-checked (${seconds()} s)`)
  for (const [index, { resolution, module, kind }] of checks.entries()) {
    const { status, output } = results[index]
    const errors = output.split('\n').filter((line) => /error TS\d+/.test(line))
    if (status === 0) console.log(`ok   ${kind} moduleResolution ${resolution} (module ${module})`)
    else {
      failed++
      console.log(`FAIL ${kind} moduleResolution ${resolution} (module ${module}): ${errors.length} error(s)`)
      for (const line of (errors.length ? errors : [output]).slice(0, 20))
        console.log(`       ${line.replace(`${app}/`, '')}`)
    }
  }
  console.log(
    `\n${6 - failed} of 6 consumer set-ups type-check with zero errors (TypeScript ${typescript}, skipLibCheck false)`,
  )
} catch (error) {
  failed++
  console.log(`FAIL ${error.message}`)
} finally {
  if (keep) console.log(`(kept ${app})`)
  else rmSync(app, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)

function tscAsync(cwd, config) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(cwd, 'node_modules/typescript/bin/tsc'), '-p', config, '--pretty', 'false'],
      {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('close', (status) => resolve({ status, output }))
  })
}

async function mapLimit(items, limit, fn) {
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

function readManifest(dir) {
  const file = join(dir, 'package.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`,
    )
  }
}
