// Executed documentation: every fenced ts/js block of README.md and packages/*/README.md is a complete program.
// This script extracts each one, type-checks them all (strict, NodeNext, against the built packages), then runs
// each with node against a `signet emulate` started for the purpose, with the documented environment variables
// (SIGNET_<EXCHANGE>_API_KEY, _SECRET, _PASSPHRASE, _PRIVATE_KEY, _BASE_URL) pointing at it. A block opts out
// only with a visible line right above it: "Not run by CI: <reason>". Exit 1 when any block fails.
//
// Usage: node scripts/readme-examples.mjs [--list] [--no-build] [README paths...]   (builds @signet/cli and its deps first)
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { startEmulator } from './_emulate.mjs'

const root = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
const listOnly = args.includes('--list')
const readmes = args.filter((a) => !a.startsWith('--'))
const files = readmes.length > 0 ? readmes : defaultReadmes()

const languages = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs', 'mts'])
const optOut = /Not run by CI:\s*(\S.*)$/
// The one documented set of names (README "Credentials in the examples").
const documentedEnv = /^SIGNET_[A-Z0-9]+_(API_KEY|SECRET|PASSPHRASE|PRIVATE_KEY|PRIVATE_KEY_FILE|BASE_URL)$/

const blocks = files.flatMap(extractBlocks)
let failed = 0
let ran = 0
const fail = (block, message) => {
  failed++
  console.log(`FAIL ${block.where}: ${message}`)
}

for (const block of blocks) {
  if (block.skip) console.log(`skip ${block.where} (not run by CI: ${block.skip})`)
  for (const name of block.source.matchAll(/process\.env(?:\.([A-Za-z0-9_]+)|\[['"]([^'"]+)['"]\])/g)) {
    const variable = name[1] ?? name[2]
    if (!documentedEnv.test(variable))
      fail(block, `reads ${variable}; examples use SIGNET_<EXCHANGE>_{API_KEY,SECRET,PASSPHRASE,BASE_URL}`)
  }
}
const runnable = blocks.filter((b) => !b.skip)
if (listOnly) {
  for (const b of runnable) console.log(`${b.where} (${b.lang}, ${b.source.split('\n').length} lines)`)
  process.exit(failed ? 1 : 0)
}
if (runnable.length === 0) {
  console.log('no runnable examples found')
  process.exit(1)
}

// --no-build: use the packages as they are built (CI builds them in an earlier step).
if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-quietly.mjs'), '@signet/cli...'], {
    stdio: 'inherit',
  })
  if (build.status !== 0) process.exit(1)
}

// The examples live in a scratch directory whose node_modules links every published package by name (their
// builds, through their package.json exports, as an installed copy would resolve) and @types/node.
const dir = join(root, '.reports', 'examples')
rmSync(dir, { recursive: true, force: true })
mkdirSync(join(dir, 'node_modules', '@signet'), { recursive: true })
mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true })
for (const name of readdirSync(join(root, 'packages'))) {
  const manifest = join(root, 'packages', name, 'package.json')
  const pkg = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : { private: true }
  if (pkg.private || !pkg.name.startsWith('@signet/')) continue
  symlinkSync(join(root, 'packages', name), join(dir, 'node_modules', pkg.name), 'dir')
}
symlinkSync(
  realpathSync(join(root, 'packages', 'core', 'node_modules', '@types', 'node')),
  join(dir, 'node_modules', '@types', 'node'),
  'dir',
)
writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n')
for (const [index, block] of runnable.entries()) {
  block.file = `example-${String(index + 1).padStart(2, '0')}.${block.lang.startsWith('t') || block.lang === 'mts' ? 'ts' : 'js'}`
  writeFileSync(join(dir, block.file), `// ${block.where}\n${block.source}`)
}

// 1. Type-check every block at once, as a strict user project would.
const ts = createRequire(join(root, 'package.json'))('typescript')
const config = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    types: ['node'],
  },
  files: runnable.map((b) => b.file),
}
writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config, null, 2))
const tscBin = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc')
const tsc = spawnSync(process.execPath, [tscBin, '-p', '.', '--pretty', 'false'], {
  cwd: dir,
  encoding: 'utf8',
})
const typeErrors = new Map()
for (const line of `${tsc.stdout}${tsc.stderr}`.split('\n')) {
  const match = /^(example-\d+\.[tj]s)\((\d+),\d+\): (error .*)$/.exec(line)
  if (!match) continue
  const block = runnable.find((b) => b.file === match[1])
  const list = typeErrors.get(block) ?? []
  // The file has one header line; report the README's own line number.
  list.push(`line ${block.line + Number(match[2]) - 1}: ${match[3]}`)
  typeErrors.set(block, list)
}
if (tsc.status !== 0 && typeErrors.size === 0) {
  console.log(`tsc failed:\n${tsc.stdout}${tsc.stderr}`)
  failed++
}

// 2. Run each block against the emulator.
const emulator = await startEmulator()
try {
  for (const block of runnable) {
    const errors = typeErrors.get(block)
    if (errors) {
      fail(block, `does not type-check\n      ${errors.join('\n      ')}`)
      continue
    }
    const js = ts.transpileModule(block.source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText
    const file = join(dir, block.file.replace(/\.[tj]s$/, '.mjs'))
    writeFileSync(file, js)
    const result = await runNode(file, emulator.env, 30_000)
    if (result.code === 0) {
      ran++
      console.log(`ok   ${block.where} (${result.ms} ms)`)
    } else fail(block, `exit ${result.code}\n${indent(result.output)}`)
  }
} finally {
  emulator.stop()
}
console.log(
  `\n${ran} of ${runnable.length} README examples ran; ${blocks.length - runnable.length} opted out`,
)
process.exit(failed ? 1 : 0)

function defaultReadmes() {
  const packages = join(root, 'packages')
  return [
    join(root, 'README.md'),
    ...readdirSync(packages)
      .map((name) => join(packages, name, 'README.md'))
      .filter((file) => existsSync(file)),
  ]
}

function extractBlocks(file) {
  const lines = readFileSync(file, 'utf8').split('\n')
  const out = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i])
    if (!open) continue
    const fence = open[2]
    let end = i + 1
    while (end < lines.length && !lines[end].trimStart().startsWith(fence)) end++
    const lang = open[3].toLowerCase()
    if (languages.has(lang)) {
      let previous = i - 1
      while (previous >= 0 && lines[previous].trim() === '') previous--
      const marker = previous >= 0 ? optOut.exec(lines[previous]) : null
      out.push({
        where: `${relative(root, file)}:${i + 1}`,
        line: i + 2,
        lang: lang === 'typescript' ? 'ts' : lang === 'javascript' ? 'js' : lang,
        source: lines.slice(i + 1, end).join('\n'),
        skip: marker?.[1]?.replace(/[_*]+$/, '').trim(),
      })
    }
    i = end
  }
  return out
}

function runNode(file, env, timeoutMs) {
  // Only the documented variables the emulator set: a developer's real SIGNET_* keys never reach an example.
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SIGNET_')))
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], {
      cwd: dir,
      env: { ...base, ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    const timer = setTimeout(() => {
      output += `\n(killed after ${timeoutMs} ms)`
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code: code ?? signal, output, ms: Math.round(performance.now() - started) })
    })
  })
}

function indent(text) {
  return text
    .trimEnd()
    .split('\n')
    .slice(-25)
    .map((line) => `      ${line}`)
    .join('\n')
}
