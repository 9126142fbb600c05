import { once } from 'node:events'
import { type AddressInfo, createServer } from 'node:net'
import { emulations } from '@signet/exchanges/emulate'
import { describe, expect, it } from 'vitest'
import { run } from './_run'
import { toy } from './_toy'

const all = [...emulations, toy]

describe('signet emulate', () => {
  it('default: serves every exchange with its skew, prints emulator-only keys that doctor accepts, stops on request', async () => {
    let stop!: () => void
    let printed = ''
    const stdout = { write: (text: string) => (printed += text) }
    const running = run(
      ['emulate', '--exchange', 'binance,bybit,okx,toy', '--skew', 'binance=-2500,bybit=8000'],
      {
        exchanges: all,
        stdout,
        untilStopped: () => new Promise<void>((resolve) => (stop = resolve)),
      },
    )
    await expect.poll(() => printed, { timeout: 20_000 }).toContain('Press Ctrl+C to stop.')
    expect(printed).toMatch(
      /binance\s+http:\/\/127\.0\.0\.1:\d+\/binance\s+-2500 ms \(local clock 2\.5 s ahead\)\s+HMAC, Ed25519, RSA/,
    )
    expect(printed).toMatch(
      /bybit\s+http:\/\/127\.0\.0\.1:\d+\/bybit\s+\+8000 ms \(local clock 8 s behind\)\s+HMAC, RSA\n/,
    )
    expect(printed).toMatch(/okx\s+.*\+0 ms .*\s+HMAC\n/)
    expect(printed).toMatch(/^export SIGNET_OKX_PASSPHRASE=\S+$/m)

    // The printed environment is what a user pastes: doctor must pass with it against the printed base URL.
    const env = Object.fromEntries(
      [...printed.matchAll(/^export (SIGNET_[A-Z_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!] as const),
    )
    for (const id of ['binance', 'bybit', 'okx']) {
      const baseUrl = printed.match(new RegExp(`(http://127\\.0\\.0\\.1:\\d+/${id})`))![1]!
      expect(env[`SIGNET_${id.toUpperCase()}_BASE_URL`]).toBe(baseUrl)
      // No --base-url: doctor takes SIGNET_<EXCHANGE>_BASE_URL from the printed lines.
      const doctor = await run(['doctor', '--exchange', id, '--json'], { exchanges: all, env })
      expect({ id, code: doctor.code, baseUrl: JSON.parse(doctor.stdout).reports[0].baseUrl }).toEqual({
        id,
        code: 0,
        baseUrl,
      })
    }
    // The Ed25519 alternative for Binance works too.
    const ed = printed.match(
      /^# export SIGNET_BINANCE_API_KEY=(\S+)\n# export SIGNET_BINANCE_PRIVATE_KEY_FILE=(\S+)$/m,
    )!
    const edDoctor = await run(
      [
        'doctor',
        '--exchange',
        'binance',
        '--base-url',
        printed.match(/(http:\/\/127\.0\.0\.1:\d+\/binance)/)![1]!,
        '--json',
      ],
      { exchanges: all, env: { SIGNET_BINANCE_API_KEY: ed[1]!, SIGNET_BINANCE_PRIVATE_KEY_FILE: ed[2]! } },
    )
    expect(JSON.parse(edDoctor.stdout).reports[0].credentials.keyType).toBe('ed25519')
    expect(edDoctor.code).toBe(0)

    stop()
    expect((await running).code).toBe(0)
    expect(printed).toMatch(/Stopped after \d+ request\(s\) and 0 order\(s\)\./)
  })

  it('args: --skew -2500 (a negative value after a space) applies to every exchange', async () => {
    let printed = ''
    const result = await run(['emulate', '--exchange', 'toy', '--skew', '-2500'], {
      exchanges: all,
      stdout: { write: (text: string) => (printed += text) },
      untilStopped: async () => {},
    })
    expect(result.code).toBe(0)
    expect(printed).toContain('-2500 ms (local clock 2.5 s ahead)')
  })

  it('error: a busy --port prints the cause and a hint, not a stack; exit 1', async () => {
    const server = createServer().listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    const { code, stderr } = await run(['emulate', '--exchange', 'toy', '--port', String(port)], {
      exchanges: all,
      untilStopped: async () => {},
    })
    server.close()
    expect(code).toBe(1)
    expect(stderr).toContain(`error: port ${port} on 127.0.0.1 is already in use (EADDRINUSE)`)
    expect(stderr).toContain('pick another --port, or leave it out for a free one')
    expect(stderr).not.toContain('    at ')
  })

  it('error: a bad --skew is a usage error', async () => {
    const { code, stderr } = await run(['emulate', '--exchange', 'toy', '--skew', 'nope=1'], {
      exchanges: all,
    })
    expect(code).toBe(64)
    expect(stderr).toContain('"nope" is not one of toy')
  })
})
