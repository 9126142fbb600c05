// Builds the given packages (and what they depend on) through turbo and prints nothing unless the build fails,
// so a command such as `pnpm demo` shows its own output first. On failure the whole build log is printed and the
// exit code is turbo's. Usage: node scripts/build-quietly.mjs @signet/cli...   (turbo --filter values)
import { spawn } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const filters = process.argv.slice(2).map((filter) => `--filter=${filter}`)
const turbo = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo')
const started = performance.now()
const interactive = process.stderr.isTTY === true
if (interactive) process.stderr.write('Building the packages (the first time takes about a minute)…')

const child = spawn(turbo, ['run', 'build', ...filters, '--output-logs=errors-only', '--log-prefix=task'], {
  cwd: root,
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
})
const log = []
child.stdout.on('data', (chunk) => log.push(chunk))
child.stderr.on('data', (chunk) => log.push(chunk))
child.on('error', (error) => {
  if (interactive) process.stderr.write('\n')
  console.error(`could not start turbo (${turbo}): ${error.message}; run \`pnpm install\` first`)
  process.exit(1)
})
child.on('close', (code, signal) => {
  if (interactive) {
    // Replace the progress line rather than leaving it above the demo's output.
    process.stderr.cursorTo?.(0)
    process.stderr.clearLine?.(0)
  }
  if (code === 0) return
  process.stderr.write(Buffer.concat(log))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.error(`\nbuild failed after ${seconds} s (${signal ?? `exit ${code}`}); the log is above`)
  process.exit(code ?? 1)
})
