import { describe, expect, it } from 'vitest'
import pkg from '../package.json' with { type: 'json' }
import { run } from './_run'

const commands = ['doctor', 'explain', 'sign', 'emulate', 'demo']

describe('signet --help', () => {
  it.each(commands)('default: signet %s --help prints usage, every option and examples', async (name) => {
    const { code, stdout, stderr } = await run([name, '--help'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain(`$ signet ${name}`)
    expect(stdout).toContain('Examples:')
    expect(stdout).toContain('-h, --help')
    // No ANSI escapes when stdout is not a terminal.
    expect(stdout).not.toContain('\u001b[')
  })

  it('default: the global help lists every command', async () => {
    const { code, stdout } = await run(['--help'])
    expect(code).toBe(0)
    for (const name of commands) expect(stdout).toMatch(new RegExp(`^  ${name}\\s`, 'm'))
    expect((await run([])).stdout).toBe(stdout)
  })

  it('behavior: colours only on a TTY without NO_COLOR, or with FORCE_COLOR', async () => {
    const tty = { write: () => true, isTTY: true }
    let out = ''
    const capture = { write: (t: string) => (out += t), isTTY: true }
    await run(['--help'], { stdout: capture, stderr: tty })
    expect(out).toContain('\u001b[1m')
    out = ''
    await run(['--help'], { stdout: capture, stderr: tty, env: { NO_COLOR: '1' } })
    expect(out).not.toContain('\u001b[')
    expect((await run(['--help'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[1m')
  })

  it('args: --version', async () => {
    expect((await run(['--version'])).stdout).toBe(`${pkg.version}\n`)
  })

  it('error: an unknown command or option is a usage error (exit 64)', async () => {
    const unknown = await run(['frobnicate'])
    expect(unknown.code).toBe(64)
    expect(unknown.stderr).toContain('unknown command "frobnicate"')
    const option = await run(['doctor', '--frob'])
    expect(option.code).toBe(64)
    expect(option.stderr).toContain('Unknown option `--frob`')
  })
})
