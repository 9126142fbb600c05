// Starts `signet emulate` (the built CLI) for every registered exchange on a free port and resolves with the
// environment it prints (`export SIGNET_<EXCHANGE>_{BASE_URL,API_KEY,SECRET,...}=...`) and a stop function.
// Shared by scripts/readme-examples.mjs and scripts/runtime-matrix.mjs.
import { spawn } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')

export function startEmulator({ timeoutMs = 30_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'packages/cli/dist/cli.js'), 'emulate'], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`signet emulate did not start in ${timeoutMs / 1000} s:\n${output}`))
    }, timeoutMs)
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (!output.includes('Press Ctrl+C')) return
      clearTimeout(timer)
      const env = {}
      for (const [, name, value] of output.matchAll(/^export (SIGNET_[A-Z0-9_]+)=(.*)$/gm)) env[name] = value
      resolve({ env, stop: () => child.kill('SIGINT') })
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`signet emulate exited (${code}):\n${output}`))
    })
  })
}
