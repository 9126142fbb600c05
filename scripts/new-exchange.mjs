#!/usr/bin/env node
// Scaffolds packages/<name> from templates/exchange: `pnpm new-exchange <name>` (see CONTRIBUTING.md, "Adding an
// exchange"). Offline: it copies files and replaces placeholders; `pnpm install --prefer-offline` then links the package
// into the workspace (every devDependency it uses is already in the store). Template Markdown files end in `.tpl`
// so that biome, which formats Markdown, leaves their placeholders and the changeset frontmatter alone.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const template = join(repo, 'templates', 'exchange')
const reserved = new Set(['core', 'client', 'emulator', 'cli', 'bench', 'testing'])

const usage = `Usage: pnpm new-exchange <name> [--root <dir>]

  <name>        exchange id: lowercase letters and digits, starting with a letter (e.g. kraken, gateio).
                It becomes the package name @signet/<name>, the exchange id and the identifiers
                (<name>, create<Name>Signer, <NAME>).
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
const positional = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--root') root = args[++i] ?? fail('--root needs a directory')
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

const changeset = join(root, '.changeset', `${name}-initial.md`)
mkdirSync(dirname(changeset), { recursive: true })
if (!existsSync(changeset)) {
  writeFileSync(changeset, fill(readFileSync(join(template, 'changeset.md.tpl'), 'utf8')))
  written.push(relative(root, changeset))
}

// Import and export lists are sorted by name, and the name changed: let biome (a root devDependency) re-sort them.
// The changeset is left out: biome's Markdown formatter would rewrite its frontmatter.
const biome = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'biome.cmd' : 'biome')
if (existsSync(biome)) {
  const result = spawnSync(biome, ['check', '--write', relative(root, target)], {
    cwd: root,
    encoding: 'utf8',
  })
  if (result.status !== 0)
    console.warn(`new-exchange: biome could not format the package:\n${result.stdout}${result.stderr}`)
}

const rel = relative(root, target) // the steps run from the repository root
console.log(`Created @signet/${name} in ${relative(root, target)} from templates/exchange:
${written
  .sort()
  .map((f) => `  ${f}`)
  .join('\n')}

Next steps, from the repository root (CONTRIBUTING.md, "Adding an exchange"):
  1. pnpm install --prefer-offline      link the new package into the workspace (no package is downloaded)
  2. cd ${rel} && npx vitest run        fails on purpose: every failure names a TODO(new-exchange)
  3. grep -rn "TODO(new-exchange)" ${rel} .changeset/${name}-initial.md
     fill them in: vectors with sources, tolerance, error table, signer, verifier, variants, oracle test
  4. npx tsc -p ${rel}/tsconfig.json && (cd ${rel} && npx tsup)   typecheck and build
  5. npx biome check --write ${rel}     then ask for the exchange to be registered in packages/cli/src/exchanges.ts`)
