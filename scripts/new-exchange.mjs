#!/usr/bin/env node
// Scaffolds packages/<name> from templates/exchange and registers it in packages/exchanges: `pnpm new-exchange <name>`
// (see CONTRIBUTING.md, "Adding an exchange"). `--register <name>` only registers an existing package. Offline: it
// copies files and replaces placeholders; `pnpm install --prefer-offline` then links the package into the workspace
// (every devDependency it uses is already in the store). Template Markdown files end in `.tpl`
// so that biome, which formats Markdown, leaves their placeholders and the changeset frontmatter alone.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const template = join(repo, 'templates', 'exchange')
const reserved = new Set(['core', 'client', 'emulator', 'cli', 'bench', 'testing', 'exchanges', 'kit'])

const usage = `Usage: pnpm new-exchange <name> [--root <dir>]
       pnpm new-exchange --register <name> [--root <dir>]

  <name>        exchange id: lowercase letters and digits, starting with a letter (e.g. kraken, gateio).
                It becomes the package name @signet/<name>, the exchange id and the identifiers
                (<name>, create<Name>Signer, <NAME>).
  --register    only register an existing packages/<name> in the exchange registry (packages/exchanges).
  --root <dir>  repository root to write into (default: this repository). Used by the scaffold test.`

function fail(message) {
  console.error(`new-exchange: ${message}\n\n${usage}`)
  process.exit(1)
}

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage)
  process.exit(0)
}
let root = repo
let registerOnly = false
const positional = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--root') root = args[++i] ?? fail('--root needs a directory')
  else if (args[i] === '--register') registerOnly = true
  else if (args[i].startsWith('-')) fail(`unknown option ${args[i]}`)
  else positional.push(args[i])
}
if (positional.length !== 1) fail('give exactly one exchange name')
const name = positional[0]
if (!/^[a-z][a-z0-9]{1,30}$/.test(name)) {
  fail(`"${name}" is not a valid name: use 2-31 lowercase letters and digits, starting with a letter`)
}
if (reserved.has(name)) fail(`"${name}" is reserved for a Signet package`)
const target = join(root, 'packages', name)
if (registerOnly) {
  if (!existsSync(join(target, 'src', 'definition.ts')))
    fail(`packages/${name}/src/definition.ts does not exist`)
  console.log(register())
  process.exit(0)
}
if (existsSync(target)) fail(`${relative(root, target) || target} already exists`)

const Name = name[0].toUpperCase() + name.slice(1)
const NAME = name.toUpperCase()
// Longest-first is not needed: the three placeholders differ in case, so no replacement creates another.
const fill = (text) =>
  text.replaceAll('__Name__', Name).replaceAll('__NAME__', NAME).replaceAll('__name__', name)

const written = []
function copy(from, to) {
  for (const entry of readdirSync(from)) {
    if (from === template && entry === 'changeset.md.tpl') continue // goes to .changeset/, below
    if (entry === 'node_modules' || entry === 'dist') continue
    const source = join(from, entry)
    const destination = join(to, fill(entry).replace(/\.tpl$/, ''))
    if (statSync(source).isDirectory()) {
      mkdirSync(destination, { recursive: true })
      copy(source, destination)
    } else {
      writeFileSync(destination, fill(readFileSync(source, 'utf8')))
      written.push(relative(root, destination))
    }
  }
}
mkdirSync(target, { recursive: true })
copy(template, target)
// The build, type and test settings every exchange shares live at the root (tsup.exchange.ts, whose entries follow
// package.json `exports`; tsconfig.exchange.json; vitest.shared.ts): a package only points at them, so the
// template holds no copy of them.
const stubs = {
  'tsconfig.json': '{ "extends": "../../tsconfig.exchange.json" }\n',
  'tsup.config.ts': "import exchangeBuild from '../../tsup.exchange.ts'\n\nexport default exchangeBuild\n",
  'vitest.config.ts': `import { signetProject } from '../../vitest.shared.ts'\n\nexport default signetProject('${name}')\n`,
}
for (const [file, text] of Object.entries(stubs)) {
  writeFileSync(join(target, file), text)
  written.push(relative(root, join(target, file)))
}

const changeset = join(root, '.changeset', `${name}-initial.md`)
mkdirSync(dirname(changeset), { recursive: true })
if (!existsSync(changeset)) {
  writeFileSync(changeset, fill(readFileSync(join(template, 'changeset.md.tpl'), 'utf8')))
  written.push(relative(root, changeset))
}

// The changeset is left out of formatting: biome's Markdown formatter would rewrite its frontmatter.
format([relative(root, target)])
const registered = existsSync(join(root, 'packages', 'exchanges', 'src', 'index.ts')) ? register() : ''

const rel = relative(root, target) // the steps run from the repository root
console.log(`Created @signet/${name} in ${rel} from templates/exchange:
${written
  .sort()
  .map((f) => `  ${f}`)
  .join('\n')}
${registered}

Next steps, from the repository root (CONTRIBUTING.md, "Adding an exchange"):
  1. pnpm install --prefer-offline      link the new package into the workspace (no package is downloaded)
  2. cd ${rel} && npx vitest run        fails on purpose: every failure names a TODO(new-exchange)
  3. grep -rn "TODO(new-exchange)" ${rel} .changeset/${name}-initial.md
     fill them in: vectors with sources, freshness, error table, signer, verifier, variants, oracle test
  4. the checks of CONTRIBUTING.md step 15 (typecheck, build, tests, biome, no TODO left)`)

// The registry (packages/exchanges) lists every exchange once: an import and an entry in src/index.ts and in
// src/emulate/emulations.ts, and the package in its dependencies. The registry test's list of packages still in
// progress loses the name.
function register() {
  const registry = join(root, 'packages', 'exchanges')
  const indexFile = join(registry, 'src', 'index.ts')
  const manifestFile = join(registry, 'package.json')
  const marker = '  // new-exchange: registered exchanges end here'
  let index = readFileSync(indexFile, 'utf8')
  if (!index.includes(marker)) fail(`${relative(root, indexFile)} has no "${marker.trim()}" line`)
  const changed = []
  if (!index.includes(`from '@signet/${name}'`)) {
    const imports = [...index.matchAll(/^import .*$/gm)]
    const last = imports[imports.length - 1]
    const at = last ? last.index + last[0].length : 0
    index = `${index.slice(0, at)}\nimport { ${name} } from '@signet/${name}'${index.slice(at)}`
    index = index.replace(marker, `  ${name},\n${marker}`)
    writeFileSync(indexFile, index)
    changed.push(relative(root, indexFile))
  }
  // Its emulation joins `signet emulate`, `signet demo` and the client's tests (every registered exchange has one).
  const emulationsFile = join(registry, 'src', 'emulate', 'emulations.ts')
  const emulationMarker = '  // new-exchange: registered emulations end here'
  if (existsSync(emulationsFile) && existsSync(join(target, 'src', 'emulate', `${name}Emulation.ts`))) {
    let emulations = readFileSync(emulationsFile, 'utf8')
    if (!emulations.includes(emulationMarker))
      fail(`${relative(root, emulationsFile)} has no "${emulationMarker.trim()}" line`)
    if (!emulations.includes(`from '@signet/${name}/emulate'`)) {
      const imports = [...emulations.matchAll(/^import .*$/gm)]
      const last = imports[imports.length - 1]
      const at = last ? last.index + last[0].length : 0
      emulations = `${emulations.slice(0, at)}\nimport { ${name}Emulation } from '@signet/${name}/emulate'${emulations.slice(at)}`
      emulations = emulations.replace(emulationMarker, `  ${name}Emulation,\n${emulationMarker}`)
      writeFileSync(emulationsFile, emulations)
      changed.push(relative(root, emulationsFile))
    }
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
  if (manifest.dependencies?.[`@signet/${name}`] === undefined) {
    const dependencies = { ...manifest.dependencies, [`@signet/${name}`]: 'workspace:^' }
    manifest.dependencies = Object.fromEntries(
      Object.entries(dependencies).sort(([a], [b]) => (a < b ? -1 : 1)),
    )
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`)
    changed.push(relative(root, manifestFile))
  }
  const testFile = join(registry, 'test', 'registry.test.ts')
  if (existsSync(testFile)) {
    const test = readFileSync(testFile, 'utf8')
    const pending = new RegExp(`^  ${name}: '[^']*',\\n`, 'm')
    if (pending.test(test)) {
      writeFileSync(testFile, test.replace(pending, ''))
      changed.push(relative(root, testFile))
    }
  }
  if (changed.length > 0) format(changed)
  return changed.length === 0
    ? `@signet/${name} is already registered in packages/exchanges.`
    : `Registered @signet/${name} in packages/exchanges:\n${changed.map((f) => `  ${f}`).join('\n')}`
}

// Import and export lists are sorted by name: let biome (a root devDependency) sort and format what was written.
function format(paths) {
  const biome = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'biome.cmd' : 'biome')
  if (!existsSync(biome)) return
  const result = spawnSync(biome, ['check', '--write', ...paths], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0)
    console.warn(`new-exchange: biome could not format ${paths.join(' ')}:\n${result.stdout}${result.stderr}`)
}
