#!/usr/bin/env node
// Plays an outside contributor adding an exchange (CONTRIBUTING.md, "Adding an exchange"), on a clean clone of this
// repository's committed HEAD: runs every command block the guide marks `<!-- contributor-check: ... -->` in order,
// word for word, fills the scaffold's TODOs from a made-up exchange with a known signing rule
// (scripts/contributor-check/<name>), and checks the guide's list of changed files against `git status`. Exits 0
// when every step behaved as the guide says. `--keep` leaves the clone for inspection.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const keep = process.argv.includes('--keep')
const started = performance.now()
const seconds = (from) => `${((performance.now() - from) / 1000).toFixed(1)} s`
// A contributor's machine, not CI: with CI set, pnpm would refuse to update the lockfile that step "link" rewrites.
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', TURBO_TELEMETRY_DISABLED: '1' }
for (const name of Object.keys(env)) if (name === 'CI' || name.startsWith('VITEST')) delete env[name]

let failed = false
function fail(message, output = '') {
  failed = true
  console.log(`!! ${message}`)
  if (output) console.log(output.trimEnd().split('\n').slice(-40).join('\n'))
}

/** Runs one command line of the guide with bash in `cwd`; returns its exit status and output. */
function run(line, cwd) {
  const from = performance.now()
  const result = spawnSync('bash', ['-c', line], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  console.log(`$ ${line}   (${seconds(from)}, exit ${result.status})`)
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/** The command blocks of the guide: `<!-- contributor-check: name ... -->` followed by a fenced block. */
function blocks(markdown) {
  const found = new Map()
  const pattern = /<!-- contributor-check: ([a-z-]+)[^>]*-->\s*\n\s*```[a-z]*\n([\s\S]*?)\n\s*```/g
  for (const [, name, body] of markdown.matchAll(pattern)) {
    found.set(
      name,
      body
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#')),
    )
  }
  return found
}

const clone = join(mkdtempSync(join(tmpdir(), 'signet-contributor-')), 'signet')
try {
  console.log(`== clean clone of ${repo} (committed HEAD) into ${clone}`)
  const cloned = spawnSync('git', ['clone', '--quiet', repo, clone], { encoding: 'utf8' })
  if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`)
  const guide = blocks(readFileSync(join(clone, 'CONTRIBUTING.md'), 'utf8'))
  for (const name of ['setup', 'scaffold', 'link', 'todo', 'check', 'changed-files']) {
    if (!guide.get(name)?.length) throw new Error(`CONTRIBUTING.md has no "contributor-check: ${name}" block`)
  }
  const name = guide
    .get('scaffold')
    .join('\n')
    .match(/pnpm new-exchange ([a-z0-9]+)/)?.[1]
  const fixture = join(clone, 'scripts', 'contributor-check', name ?? '')
  if (!name || !existsSync(fixture)) throw new Error(`no fixture for the guide's exchange name in ${fixture}`)

  const steps = (block, expectFailure = false) => {
    for (const line of guide.get(block)) {
      const { status, output } = run(line, clone)
      if (expectFailure ? status === 0 : status !== 0)
        fail(
          `${block}: "${line}" ${expectFailure ? 'passed, but the guide says it fails' : 'failed'}`,
          output,
        )
      if (failed) throw new Error(`stopped at the ${block} step`)
    }
  }
  console.log('\n== the guide: set up, scaffold, link')
  steps('setup')
  steps('scaffold')
  steps('link')
  console.log('\n== the guide: the unfilled scaffold fails')
  steps('todo', true)

  console.log(`\n== filling the TODOs from scripts/contributor-check/${name}`)
  for (const part of ['src', 'test', 'README.md'])
    cpSync(join(fixture, part), join(clone, 'packages', name, part), { recursive: true })
  cpSync(join(fixture, 'changeset.md'), join(clone, '.changeset', `${name}-initial.md`))

  console.log('\n== the guide: check')
  steps('check')

  console.log(`\n== ${name} runs in the emulator: the client's integration tests and signet demo`)
  // The guide's check passes just as well if the new exchange were left out of the emulator; make sure it is not:
  // the registry serves its emulation, and the client's tests and the demo (strict for every emulation: placed,
  // cancelled, healed) ran against it, each signed request accepted.
  const emulationsFile = join(clone, 'packages', 'exchanges', 'src', 'emulate', 'emulations.ts')
  if (!readFileSync(emulationsFile, 'utf8').includes(`  ${name}Emulation,\n`))
    fail(`packages/exchanges/src/emulate/emulations.ts does not list ${name}Emulation`)
  const report = join(dirname(clone), 'emulated.json')
  const emulated = run(
    `npx vitest run --project client exchanges --project cli demo -t "emulated '${name}'|signet demo" --reporter=json --outputFile=${report}`,
    clone,
  )
  const tests = existsSync(report)
    ? JSON.parse(readFileSync(report, 'utf8')).testResults.flatMap((f) => f.assertionResults)
    : []
  const passed = (pattern) => tests.filter((t) => pattern.test(t.fullName) && t.status === 'passed').length
  const clientTests = passed(new RegExp(`against the emulated '${name}' `))
  if (emulated.status !== 0 || clientTests < 5 || passed(/^signet demo /) !== 1)
    fail(
      `${name}: ${clientTests} client integration tests and ${passed(/^signet demo /)} demo test passed against the emulator (want 5 or more and 1)`,
      emulated.output,
    )
  else
    console.log(
      `  ${clientTests} client integration tests and signet demo passed against the emulated ${name}`,
    )
  rmSync(report, { force: true })

  console.log('\n== the guide: which files change')
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=normal'], {
    cwd: clone,
    encoding: 'utf8',
  })
  const changed = status.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3))
    .sort()
  const expected = [...guide.get('changed-files')].sort()
  console.log(changed.map((f) => `  ${f}`).join('\n'))
  if (JSON.stringify(changed) !== JSON.stringify(expected))
    fail(`git status differs from the guide:\n  guide: ${expected.join(' ')}\n  git:   ${changed.join(' ')}`)
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
} finally {
  if (keep) console.log(`\n(kept ${clone})`)
  else rmSync(dirname(clone), { recursive: true, force: true })
}
console.log(`\n${failed ? 'contributor check FAILED' : 'contributor check passed'} in ${seconds(started)}`)
process.exit(failed ? 1 : 0)
