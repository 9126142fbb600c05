import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, closeSync, constants, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emulations } from '@signet/exchanges/emulate'
import { afterAll, describe, expect, it } from 'vitest'
import { readInput } from '../src/_readInput'
import { requestArgs, run } from './_run'

const dir = mkdtempSync(join(tmpdir(), 'signet-cli-input-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const binance = emulations.find((e) => e.definition.id === 'binance')!
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j'
const signArgs = [
  'sign',
  ...requestArgs(binance.definition, binance.examples.account),
  '--timestamp',
  '1700000000000',
  '--api-key',
  'key',
]
const fifo = (name: string) => {
  const path = join(dir, name)
  execFileSync('mkfifo', [path])
  return path
}

describe('secrets on the command line', () => {
  it('error: --secret with a value is refused without --insecure-argv, naming the safe ways; exit 64', async () => {
    const { code, stdout, stderr } = await run([...signArgs, '--secret', SECRET], { exchanges: emulations })
    expect(code).toBe(64)
    expect(stderr).toContain('refusing --secret on the command line')
    expect(stderr).toContain('SIGNET_BINANCE_SECRET')
    expect(stderr).toContain('--secret-file')
    expect(stdout + stderr).not.toContain(SECRET)
  })

  it('error: --passphrase with a value is refused the same way', async () => {
    const { code, stderr } = await run([...signArgs, '--passphrase', 'pass-phrase-1'], {
      exchanges: emulations,
      env: { SIGNET_BINANCE_SECRET: SECRET },
    })
    expect(code).toBe(64)
    expect(stderr).toContain('refusing --passphrase')
  })

  it('args: --insecure-argv accepts the value and signs with it', async () => {
    const flag = await run([...signArgs, '--insecure-argv', '--secret', SECRET, '--json'], {
      exchanges: emulations,
    })
    const env = await run([...signArgs, '--json'], {
      exchanges: emulations,
      env: { SIGNET_BINANCE_SECRET: SECRET },
    })
    expect(flag.code).toBe(0)
    expect(flag.stdout).toBe(env.stdout)
  })
})

describe('--secret-file', () => {
  it('args: an owner-only file is read byte for byte and signs like the variable', async () => {
    const file = join(dir, 'secret-600')
    writeFileSync(file, SECRET, { mode: 0o600 })
    const fromFile = await run([...signArgs, '--secret-file', file, '--json'], { exchanges: emulations })
    const fromEnv = await run([...signArgs, '--json'], {
      exchanges: emulations,
      env: { SIGNET_BINANCE_SECRET: SECRET },
    })
    expect(fromFile.code).toBe(0)
    expect(fromFile.stdout).toBe(fromEnv.stdout)
  })

  it('error: a file other users can read is refused with the chmod to run; exit 64', async () => {
    const file = join(dir, 'secret-644')
    writeFileSync(file, SECRET)
    chmodSync(file, 0o644)
    const { code, stdout, stderr } = await run([...signArgs, '--secret-file', file], {
      exchanges: emulations,
    })
    expect(code).toBe(64)
    expect(stderr).toContain('accessible to other users (mode 644)')
    expect(stderr).toContain(`chmod 600 ${file}`)
    expect(stdout + stderr).not.toContain(SECRET)
  })

  it('args: - reads standard input (through the injected reader) as a private input', async () => {
    const asked: unknown[] = []
    const { code } = await run([...signArgs, '--secret-file', '-'], {
      exchanges: emulations,
      readFile: (path, options) => {
        asked.push([path, options])
        return SECRET
      },
    })
    expect(code).toBe(0)
    expect(asked).toEqual([['-', { private: true }]])
  })

  it('error: two inputs cannot both read standard input', async () => {
    const { code, stderr } = await run([...signArgs, '--secret', '-', '--passphrase-file', '-'], {
      exchanges: emulations,
    })
    expect(code).toBe(64)
    expect(stderr).toContain('only one of --secret, --passphrase-file can read standard input')
  })
})

describe('readInput', () => {
  it('error: /dev/zero stops at the size limit with a clear message', () => {
    expect(() => readInput('/dev/zero')).toThrow(
      '/dev/zero: is larger than 64 KiB; a key, secret or credentials file is a few KiB at most',
    )
  })

  it('error: a large regular file is refused from its size, before reading', () => {
    const file = join(dir, 'large')
    writeFileSync(file, 'x'.repeat(70_000))
    expect(() => readInput(file)).toThrow('is larger than 64 KiB')
    expect(readInput(file, { maxBytes: 100_000 })).toHaveLength(70_000)
  })

  it('error: a FIFO with no writer times out with a message instead of hanging', () => {
    const path = fifo('no-writer')
    const started = Date.now()
    expect(() => readInput(path, { timeoutMs: 300 })).toThrow(
      'nothing was written to it within 0.3 s (a FIFO or pipe with no writer?)',
    )
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('behavior: a FIFO whose writer comes later is read to the end', () => {
    const path = fifo('late-writer')
    spawn('sh', ['-c', `sleep 0.2; printf '%s' "$0" > "$1"`, SECRET, path], { stdio: 'ignore' })
    expect(readInput(path, { timeoutMs: 5000 })).toBe(SECRET)
  })

  it('error: standard input that is a pipe with no writer times out and says so', () => {
    const path = fifo('stdin')
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      expect(() => readInput('-', { timeoutMs: 200, stdin: { fd, isTTY: false } })).toThrow(
        'standard input: nothing was written to it within 0.2 s',
      )
    } finally {
      closeSync(fd)
    }
  })

  it('error: a missing file or a directory is named, with no content', () => {
    expect(() => readInput(join(dir, 'missing'))).toThrow('no such file')
    expect(() => readInput(dir)).toThrow('is a directory')
  })
})
