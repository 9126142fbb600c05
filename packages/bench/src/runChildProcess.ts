import { spawn } from 'node:child_process'
import { benchDir } from './paths'
import { READY_MARK, RESULT_MARK } from './runChild'

/** The outcome of one measurement process. */
export type ChildOutcome<T> = { result?: T | undefined; error?: string | undefined; seconds: number }

/** The bundled entry (`dist/main.js`), which runs a child measurement when called as `main.js child <kind>`. */
const entry = () => process.argv[1]!

/** Environment shared by every child (keys file, config). */
export type ChildEnv = { keysFile: string }

/** Runs one measurement in a fresh `node` process and returns the JSON it printed. */
export function runChildProcess<T>(
  kind: string,
  arg: string | undefined,
  config: unknown,
  env: ChildEnv,
  options: { timeoutMs: number; exposeGc?: boolean },
): Promise<ChildOutcome<T>> {
  const started = performance.now()
  const args = [...(options.exposeGc ? ['--expose-gc'] : []), entry(), 'child', kind, ...(arg ? [arg] : [])]
  const child = spawn(process.execPath, args, {
    cwd: benchDir,
    env: { ...process.env, SIGNET_BENCH_KEYS: env.keysFile, SIGNET_BENCH_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => {
    stdout += d
  })
  child.stderr.on('data', (d: Buffer) => {
    stderr += d
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const seconds = (performance.now() - started) / 1000
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK))
      if (code === 0 && line) {
        resolve({ result: JSON.parse(line.slice(RESULT_MARK.length)) as T, seconds })
        return
      }
      const why = signal === 'SIGKILL' ? `timed out after ${options.timeoutMs} ms` : `exit ${code ?? signal}`
      const tail = stderr.trim().split('\n').slice(-6).join(' | ')
      resolve({ error: `${kind} ${arg ?? ''}: ${why}${tail ? `: ${tail}` : ''}`, seconds })
    })
  })
}

/** Starts the emulator process and resolves once it listens; `stop` closes its stdin and waits for it. */
export function startEmulatorProcess(env: ChildEnv): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [entry(), 'child', 'emulator'], {
    cwd: benchDir,
    env: { ...process.env, SIGNET_BENCH_KEYS: env.keysFile },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => {
    stderr += d
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      child.once('close', () => {
        clearTimeout(timer)
        resolve()
      })
      child.stdin.end()
    })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`emulator did not start: ${stderr.slice(-300)}`))
    }, 30_000)
    child.stdout.on('data', (d: Buffer) => {
      out += d
      const line = out.split('\n').find((l) => l.startsWith(READY_MARK))
      if (line) {
        clearTimeout(timer)
        resolve({ url: JSON.parse(line.slice(READY_MARK.length)).url, stop })
      }
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      reject(new Error(`emulator exited (${code}): ${stderr.slice(-300)}`))
    })
  })
}
