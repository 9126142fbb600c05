import { type Emulator, startEmulator } from '@signet/emulator'
import { emulations } from '@signet/exchanges/emulate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toCredentials } from '../src/_checkCredentials'
import { type EmulatorKey, issueEmulatorKey } from '../src/_emulatorKeys'
import { envFor, requestArgs, run } from './_run'
import { toy } from './_toy'

const all = [...emulations, toy]
const TIMESTAMP = 1_700_000_000_000
const keys: Record<string, EmulatorKey> = {}
let emulator: Emulator

beforeAll(async () => {
  for (const exchange of all) keys[exchange.definition.id] = (await issueEmulatorKey(exchange, 'hmac'))!
  emulator = await startEmulator({
    exchanges: all,
    // These tests sample clocks and check keys; the exchanges' rate limits are the emulator's own tests' subject.
    rateLimits: false,
    keys: Object.fromEntries(all.map((e) => [e.definition.id, [keys[e.definition.id]!.verifierKey]])),
    clockSkewMs: 3000,
  })
})
afterAll(() => emulator?.stop())

/** Every way the secret or passphrase could show: as given, trimmed, and JSON-escaped. */
function expectNoCredential(output: string, ...values: (string | undefined)[]) {
  for (const value of values) {
    if (!value) continue
    for (const form of [value, value.trim(), JSON.stringify(value).slice(1, -1)])
      expect(output).not.toContain(form)
  }
}

describe.each(all.map((e) => [e.definition.id, e] as const))(
  'no secret or passphrase in any output: %s',
  (id, exchange) => {
    const damaged = () => {
      const { secret, passphrase } = keys[id]!.credentials
      return [
        keys[id]!.credentials,
        { ...keys[id]!.credentials, secret: ` ${secret}\n` },
        {
          ...keys[id]!.credentials,
          secret: `"${secret}"`,
          ...(passphrase ? { passphrase: `${passphrase} ` } : {}),
        },
        { ...keys[id]!.credentials, secret: 'B'.repeat(32) },
      ]
    }

    it('behavior: doctor (human and --json), healthy and damaged keys; no signature either', async () => {
      for (const credentials of damaged()) {
        for (const json of [[], ['--json']]) {
          const { stdout, stderr } = await run(
            ['doctor', '--exchange', id, '--base-url', emulator.baseUrl(id), ...json],
            { exchanges: all, env: envFor(id, credentials) },
          )
          expectNoCredential(
            stdout + stderr,
            credentials.secret,
            credentials.passphrase,
            keys[id]!.credentials.secret,
          )
          // Signatures look like long hex or base64 runs; doctor prints none.
          expect(stdout + stderr).not.toMatch(/[0-9a-f]{64}|[A-Za-z0-9+/]{43}=/)
        }
      }
    })

    it('behavior: explain (every outcome) and sign', async () => {
      const intent = exchange.examples.placeOrder('secret-test')
      const credentials = toCredentials(keys[id]!.credentials)
      const variants = exchange.diagnosis.signatureVariants({ credentials, intent, timestamp: TIMESTAMP })
      for (const signature of [variants[0]!.signature, variants.at(-1)!.signature, 'nope']) {
        for (const json of [[], ['--json']]) {
          const { stdout, stderr } = await run(
            [
              'explain',
              ...requestArgs(exchange.definition, intent),
              '--timestamp',
              String(TIMESTAMP),
              `--signature=${signature}`,
              ...json,
            ],
            { exchanges: all, env: envFor(id, keys[id]!.credentials) },
          )
          expectNoCredential(stdout + stderr, keys[id]!.credentials.secret, keys[id]!.credentials.passphrase)
          if (signature !== 'nope') expect(stdout).not.toContain(signature)
        }
      }
      for (const json of [[], ['--json']]) {
        const { secret, passphrase } = keys[id]!.credentials
        const flags = [
          '--insecure-argv',
          '--secret',
          secret!,
          ...(passphrase ? ['--passphrase', passphrase] : []),
        ]
        const { stdout, stderr } = await run(
          [
            'sign',
            ...requestArgs(exchange.definition, intent),
            '--timestamp',
            String(TIMESTAMP),
            ...flags,
            ...json,
          ],
          { exchanges: all, env: { [`SIGNET_${id.toUpperCase()}_API_KEY`]: keys[id]!.credentials.apiKey } },
        )
        expectNoCredential(stdout + stderr, secret, passphrase)
      }
    })
  },
)
