import { once } from 'node:events'
import { rmSync, writeFileSync } from 'node:fs'
import { type AddressInfo, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Emulator, startEmulator } from '@signet/emulator'
import { emulations } from '@signet/exchanges/emulate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type EmulatorKey, issueEmulatorKey } from '../src/_emulatorKeys'
import { envFor, run } from './_run'
import { toy } from './_toy'

const all = [...emulations, toy]
// Exchange clock minus local clock: local 2.5 s ahead, 8 s behind, 25 s ahead, ...; exchanges added to the
// registry later get 3 s.
const skews: Record<string, number> = {
  ...Object.fromEntries(all.map((e) => [e.definition.id, 3000])),
  binance: -2500,
  bybit: 8000,
  okx: -25_000,
  kucoin: 4000,
  gateio: -12_000,
  toy: 1200,
}
const keys: Record<string, EmulatorKey> = {}
let emulator: Emulator

beforeAll(async () => {
  for (const exchange of all) keys[exchange.definition.id] = (await issueEmulatorKey(exchange, 'hmac'))!
  emulator = await startEmulator({
    exchanges: all,
    // These tests sample clocks and check keys; the exchanges' rate limits are the emulator's own tests' subject.
    rateLimits: false,
    keys: Object.fromEntries(all.map((e) => [e.definition.id, [keys[e.definition.id]!.verifierKey]])),
    clockSkewMs: skews,
  })
})
afterAll(() => emulator?.stop())

const doctor = (id: string, env: Record<string, string>, extra: string[] = []) =>
  run(['doctor', '--exchange', id, '--base-url', emulator.baseUrl(id), ...extra], { exchanges: all, env })

describe.each(all.map((e) => [e.definition.id] as const))('signet doctor: %s on the emulator', (id) => {
  it('default: reports the configured skew within the reported uncertainty; exit 0', async () => {
    const { code, stdout, stderr } = await doctor(id, envFor(id, keys[id]!.credentials), ['--json'])
    expect(stderr).toBe('')
    const [report] = JSON.parse(stdout).reports
    const { offsetMs, uncertaintyMs } = report.clock
    expect(Math.abs(offsetMs - skews[id]!)).toBeLessThanOrEqual(uncertaintyMs)
    // A time endpoint in whole seconds (Kraken) cannot bound the offset closer than half a second.
    const exchange = all.find((e) => e.definition.id === id)!
    const resolution =
      exchange.definition.products[exchange.definition.defaultProduct]?.serverTimeResolutionMs ?? 1
    expect(uncertaintyMs).toBeLessThan(200 + resolution / 2)
    expect({ credentials: report.credentials.status, call: report.call.status, code }).toEqual({
      credentials: 'ok',
      call: 'ok',
      code: 0,
    })
  })

  it('behavior: flags a secret with a trailing newline and says the trimmed key works; exit 1', async () => {
    // The API key where the exchange signs with a private key and has no secret (Coinbase).
    const field = keys[id]!.credentials.secret === undefined ? 'apiKey' : 'secret'
    const value = keys[id]!.credentials[field]!
    const credentials = { ...keys[id]!.credentials, [field]: `${value}\n` }
    const { code, stdout } = await doctor(id, envFor(id, credentials), ['--json'])
    expect(code).toBe(1)
    const [report] = JSON.parse(stdout).reports
    expect(report.credentials.status).toBe('fail')
    expect(report.credentials.fields.find((f: { field: string }) => f.field === field)).toMatchObject({
      origin: `SIGNET_${id.toUpperCase()}_${field === 'secret' ? 'SECRET' : 'API_KEY'}`,
      length: value.length + 1,
      problem: 'ends with a newline (CR/LF)',
    })
    expect(report.call).toMatchObject({ status: 'fail', repairedCredentialsWork: true })
    expect(stdout).not.toContain(keys[id]!.credentials.secret ?? keys[id]!.credentials.privateKey!)
  })
})

describe('signet doctor: verdicts and causes', () => {
  it('behavior: the verdict names the direction, the exchange code and the correction', async () => {
    const { code, stdout } = await doctor('binance', envFor('binance', keys.binance!.credentials))
    expect(code).toBe(0)
    expect(stdout).toContain(
      'local clock 2.5 s ahead of Binance: requests signed with the local clock will be rejected (-1021)',
    )
    expect(stdout).toContain("Signet's client corrects for it")
    expect(stdout).toMatch(/#\s+rtt ms\s+offset ms\s+bound ms/)
    const bybit = await doctor('bybit', envFor('bybit', keys.bybit!.credentials))
    expect(bybit.stdout).toContain(
      'local clock 8.0 s behind Bybit: requests signed with the local clock fall outside',
    )
    const okx = await doctor('okx', envFor('okx', keys.okx!.credentials))
    expect(okx.stdout).toContain("local clock 25 s ahead of OKX: within OKX's window")
  })

  it('behavior: --strict turns a clock warning into exit 1', async () => {
    expect((await doctor('binance', envFor('binance', keys.binance!.credentials), ['--strict'])).code).toBe(1)
  })

  it('behavior: a wrong secret of the right shape fails the signed call with the exchange code and hint', async () => {
    const credentials = { ...keys.binance!.credentials, secret: 'A'.repeat(32) }
    const { code, stdout } = await doctor('binance', envFor('binance', credentials), ['--json'])
    expect(code).toBe(1)
    const [report] = JSON.parse(stdout).reports
    expect(report.credentials.status).toBe('ok')
    expect(report.call.error).toMatchObject({ name: 'InvalidSignatureError', code: '-1022', status: 400 })
    expect(report.call.error.hint).toEqual(expect.any(String))
  })

  it('behavior: the wrong key type for the exchange is named (Ed25519 for Bybit)', async () => {
    const ed25519 = (await issueEmulatorKey(
      emulations.find((e) => e.definition.id === 'binance')!,
      'ed25519',
    ))!
    const { code, stdout } = await doctor('bybit', envFor('bybit', ed25519.credentials), ['--json'])
    expect(code).toBe(1)
    const [report] = JSON.parse(stdout).reports
    expect(report.credentials.fields.find((f: { field: string }) => f.field === 'privateKey').detail).toBe(
      'Ed25519',
    )
    expect(report.credentials.error).toMatchObject({ name: 'CredentialFormatError' })
    expect(report.credentials.message).toContain('Bybit accepts only RSA keys')
  })

  it('behavior: a missing or quoted passphrase is named (OKX)', async () => {
    const { passphrase, ...rest } = keys.okx!.credentials
    const missing = await doctor('okx', envFor('okx', rest), ['--json'])
    expect(missing.code).toBe(1)
    expect(JSON.parse(missing.stdout).reports[0].credentials.message).toContain('"passphrase": is missing')
    const quoted = await doctor('okx', envFor('okx', { ...rest, passphrase: `"${passphrase}"` }), ['--json'])
    const [report] = JSON.parse(quoted.stdout).reports
    expect(report.credentials.fields.find((f: { field: string }) => f.field === 'passphrase').problem).toBe(
      'is wrapped in quotes',
    )
    expect(report.call.repairedCredentialsWork).toBe(true)
    expect(quoted.stdout).not.toContain(passphrase!)
  })

  it('behavior: a live key checked against demo trading fails the call with what fits, not a crash (OKX)', async () => {
    const { stdout, code } = await doctor('okx', envFor('okx', keys.okx!.credentials), [
      '--environment',
      'demo',
      '--json',
    ])
    expect(code).toBe(1)
    const [report] = JSON.parse(stdout).reports
    expect(report.call.status).toBe('fail')
    expect(report.call.message).toContain('expected a demo key (environment "demo" accepts no other)')
    expect(report.call.error.hint).toContain('For this key, create the client with environment "live"')
    expect(stdout).not.toContain(keys.okx!.credentials.secret!)
  })

  it('args: --credentials-file, per exchange id', async () => {
    const file = join(tmpdir(), `signet-cli-test-${process.pid}.json`)
    writeFileSync(file, JSON.stringify({ toy: keys.toy!.credentials }))
    const { code, stdout } = await doctor('toy', {}, ['--credentials-file', file, '--json'])
    rmSync(file)
    expect(code).toBe(0)
    expect(JSON.parse(stdout).reports[0].credentials.fields[0].origin).toBe(`${file}: toy.apiKey`)
  })

  it('behavior: progress on stderr only when it is a terminal; no --exchange picks those with credentials', async () => {
    let progress = ''
    const { code, stdout } = await run(['doctor', '--base-url', emulator.baseUrl('toy')], {
      exchanges: all,
      env: envFor('toy', keys.toy!.credentials),
      stderr: { write: (text: string) => (progress += text), isTTY: true },
    })
    expect(code).toBe(0)
    expect(stdout).toContain('Toy  spot · live')
    expect(progress).toContain('sampling Toy time 5/5…')
    // The progress line is erased once sampling is done.
    expect(progress.endsWith('\r\u001b[K')).toBe(true)
  })

  it('behavior: without credentials only the clock is checked', async () => {
    const { code, stdout } = await doctor('toy', {}, ['--json'])
    expect(code).toBe(0)
    const [report] = JSON.parse(stdout).reports
    expect(report.credentials.status).toBe('skip')
    expect(report.call.status).toBe('skip')
  })

  it('error: an unreachable time endpoint fails the clock check', async () => {
    // A port that was free a moment ago: nothing listens there.
    const server = createServer().listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    await new Promise((resolve) => server.close(resolve))
    const { code, stdout } = await run(
      ['doctor', '--exchange', 'toy', '--base-url', `http://127.0.0.1:${port}`, '--json'],
      {
        exchanges: all,
      },
    )
    expect(code).toBe(1)
    const [report] = JSON.parse(stdout).reports
    expect(report.clock).toMatchObject({ status: 'fail', message: "could not read Toy's server time" })
    expect(report.clock.error.message).toContain('ECONNREFUSED')
    expect(report.call.status).toBe('skip')
  })

  it('error: the network cause and what to check are printed (connection refused)', async () => {
    const server = createServer().listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    await new Promise((resolve) => server.close(resolve))
    const { code, stdout } = await run(
      ['doctor', '--exchange', 'toy', '--base-url', `http://127.0.0.1:${port}`],
      { exchanges: all },
    )
    expect(code).toBe(1)
    expect(stdout).toMatch(new RegExp(`cause: .*ECONNREFUSED.*127\\.0\\.0\\.1:${port}`))
    expect(stdout).toContain('hint: Nothing listens at that address and port')
  })

  it('args: --timeout bounds a host that accepts and never answers, and the hint names it', async () => {
    const sockets: import('node:net').Socket[] = []
    const server = createServer((socket) => void sockets.push(socket)).listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    const started = Date.now()
    const { code, stdout } = await run(
      ['doctor', '--exchange', 'toy', '--base-url', `http://127.0.0.1:${port}`, '--timeout', '300'],
      { exchanges: all },
    )
    for (const socket of sockets) socket.destroy()
    server.close()
    expect(code).toBe(1)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(stdout).toMatch(/cause: .*timed out/i)
    expect(stdout).toContain('No answer within 300 ms')
    expect(stdout).toContain('--timeout sets the limit')
  })

  it('error: no --exchange and no credentials in the environment is a usage error', async () => {
    const { code, stderr } = await run(['doctor'], { exchanges: all })
    expect(code).toBe(64)
    expect(stderr).toContain('pass --exchange')
  })
})

describe('signet doctor --json', () => {
  it('default: the report shape', async () => {
    const { stdout } = await doctor('toy', envFor('toy', keys.toy!.credentials), ['--json', '--samples', '3'])
    const parsed = JSON.parse(stdout)
    expect(parsed).toEqual({
      ok: true,
      reports: [
        {
          exchange: 'toy',
          name: 'Toy',
          product: 'spot',
          environment: 'live',
          baseUrl: emulator.baseUrl('toy'),
          ok: true,
          clock: {
            status: 'ok',
            samples: expect.arrayContaining([
              { rttMs: expect.any(Number), offsetMs: expect.any(Number), halfWidthMs: expect.any(Number) },
            ]),
            offsetMs: expect.any(Number),
            uncertaintyMs: expect.any(Number),
            tolerance: { aheadMs: 1000, behindMs: 5000 },
            windowMs: 5000,
            localSigning: 'accepted',
            timestampErrorCode: 2,
            message: expect.stringContaining('local clock 1.2 s behind Toy: within'),
          },
          credentials: {
            status: 'ok',
            source: 'env',
            fields: [
              { field: 'apiKey', origin: 'SIGNET_TOY_API_KEY', length: 36 },
              { field: 'secret', origin: 'SIGNET_TOY_SECRET', length: 32 },
            ],
            keyType: 'hmac',
            message: 'HMAC key accepted by the Toy signer',
          },
          call: {
            status: 'ok',
            request: 'GET /account',
            message: 'GET /account accepted',
            timestampRetries: 0,
          },
        },
      ],
    })
    expect(parsed.reports[0].clock.samples).toHaveLength(3)
  })
})

describe('signet doctor: coinbase private keys', () => {
  it('behavior: an ES256 PEM kept with literal \\n is read, said so, and signs a request Coinbase accepts', async () => {
    const { generateKeyPairSync } = await import('node:crypto')
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const apiKey = 'organizations/doctor-test/apiKeys/es256-literal'
    const pem = privateKey.export({ type: 'sec1', format: 'pem' }).toString()
    emulator.addKey('coinbase', {
      apiKey,
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    })
    const oneLine = pem.replace(/\n/g, '\\n')
    const { code, stdout } = await doctor('coinbase', envFor('coinbase', { apiKey, privateKey: oneLine }), [
      '--json',
    ])
    const [report] = JSON.parse(stdout).reports
    expect(report.credentials.fields.find((f: { field: string }) => f.field === 'privateKey')).toMatchObject({
      detail: 'ECDSA P-256, PEM with literal \\n read as line breaks',
    })
    expect({ credentials: report.credentials.status, call: report.call.status, code }).toEqual({
      credentials: 'ok',
      call: 'ok',
      code: 0,
    })
    expect(stdout).not.toContain(pem.split('\n')[1]!)
  })
})
