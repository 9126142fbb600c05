import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulation, RequestIntent } from '@signet/core'
import { visible } from '@signet/emulator'
import { emulations } from '@signet/exchanges/emulate'
import { beforeAll, describe, expect, it } from 'vitest'
import { toCredentials } from '../src/_checkCredentials'
import { type EmulatorKey, issueEmulatorKey } from '../src/_emulatorKeys'
import { envFor, requestArgs, run } from './_run'
import { toy } from './_toy'

const TIMESTAMP = 1_700_000_000_000
const all = [...emulations, toy]

// Intents that give each exchange's variants something to get wrong: decimals with trailing zeros, a client
// order id with a space, `!` and a non-ASCII letter, GET params and JSON or form bodies.
const intentsOf = (exchange: Emulation): RequestIntent[] => [
  exchange.examples.account,
  exchange.examples.placeOrder('cli-1'),
  exchange.examples.placeOrder('cli 2!é'),
  exchange.examples.cancelOrder('cli 2!é'),
]

const keys: Record<string, EmulatorKey> = {}
beforeAll(async () => {
  for (const exchange of all) keys[exchange.definition.id] = (await issueEmulatorKey(exchange, 'hmac'))!
})

async function explain(exchange: Emulation, intent: RequestIntent, signature: string, extra: string[] = []) {
  return run(
    [
      'explain',
      ...requestArgs(exchange.definition, intent),
      '--timestamp',
      String(TIMESTAMP),
      `--signature=${signature}`,
      ...extra,
    ],
    { exchanges: all, env: envFor(exchange.definition.id, keys[exchange.definition.id]!.credentials) },
  )
}

describe.each(all.map((e) => [e.definition.id, e] as const))('signet explain: %s', (_id, exchange) => {
  it('behavior: identifies every signature variant, at least eight distinct mistakes', async () => {
    const identified = new Set<string>()
    for (const intent of intentsOf(exchange)) {
      const credentials = toCredentials(keys[exchange.definition.id]!.credentials)
      const variants = exchange.diagnosis.signatureVariants({ credentials, intent, timestamp: TIMESTAMP })
      expect(variants[0]!.id).toBe('correct')
      for (const variant of variants) {
        const { code, stdout } = await explain(exchange, intent, variant.signature, ['--json'])
        const result = JSON.parse(stdout)
        expect({ intent: `${intent.method} ${intent.path}`, id: result.match?.id }).toEqual({
          intent: `${intent.method} ${intent.path}`,
          id: variant.id,
        })
        expect(code).toBe(variant.id === 'correct' ? 0 : 1)
        if (variant.id !== 'correct') identified.add(variant.id)
      }
    }
    expect(identified.size).toBeGreaterThanOrEqual(8)
  })

  it('behavior: says honestly when no known variant matches, and prints the correct text', async () => {
    const intent = exchange.examples.placeOrder('cli-1')
    const { code, stdout } = await explain(exchange, intent, 'c2lnbmF0dXJlLWZyb20tc29tZXdoZXJlLWVsc2U=')
    expect(code).toBe(2)
    expect(stdout).toContain('No known mistake produces your signature.')
    const credentials = toCredentials(keys[exchange.definition.id]!.credentials)
    const correct = exchange.diagnosis.signatureVariants({ credentials, intent, timestamp: TIMESTAMP })[0]!
    expect(stdout).toContain(visible(correct.signedText).slice(0, 40))
  })
})

describe('signet explain: output', () => {
  const exchange = toy
  const intent: RequestIntent = {
    method: 'GET',
    path: '/account',
    params: { b: 'x y', a: '1' },
    security: 'signed',
  }
  const variant = (id: string) => {
    const credentials = toCredentials(keys.toy!.credentials)
    return toy.diagnosis
      .signatureVariants({ credentials, intent, timestamp: TIMESTAMP })
      .find((v) => v.id === id)!
  }

  it('behavior: a known mistake prints its description and a character diff of the signed texts', async () => {
    const { code, stdout } = await explain(exchange, intent, variant('query-unencoded').signature)
    expect(code).toBe(1)
    // Correct: `/account?b=x%20y&a=1`; unencoded: `/account?b=x y&a=1` (hand-derived from percentEncode);
    // 13 timestamp digits + `GET` + `/account?b=x` = 28 characters agree.
    expect(stdout).toContain('Known mistake: query-unencoded')
    expect(stdout).toContain('first difference after 28 matching characters')
    expect(stdout).toContain('yours:   1700000000000GET/account?b=x[- -]y&a=1')
    expect(stdout).toContain('correct: 1700000000000GET/account?b=x{+%20+}y&a=1')
    expect(stdout).not.toContain('\u001b[')
  })

  it('behavior: the correct signature exits 0; a mistake in the key says the texts are the same', async () => {
    expect((await explain(exchange, intent, variant('correct').signature)).code).toBe(0)
    const newline = await explain(exchange, intent, variant('secret-trailing-newline').signature)
    expect(newline.code).toBe(1)
    expect(newline.stdout).toContain('The signed text is the same as the correct one')
  })

  it("args: the whole failing query with the exchange's signing params (Binance timestamp, signature) and a percent-encoded signature", async () => {
    const binance = emulations.find((e) => e.definition.id === 'binance')!
    const intent: RequestIntent = {
      method: 'GET',
      path: '/api/v3/account',
      params: { b: 'x y', a: '1' },
      security: 'signed',
    }
    const sorted = binance.diagnosis
      .signatureVariants({
        credentials: toCredentials(keys.binance!.credentials),
        intent,
        timestamp: TIMESTAMP,
      })
      .find((v) => v.id === 'sorted')!
    const { code, stdout } = await run(
      [
        'explain',
        '--exchange',
        'binance',
        '--path',
        `/api/v3/account?b=x%20y&a=1&timestamp=${TIMESTAMP}&signature=${encodeURIComponent(sorted.signature)}`,
        '--json',
      ],
      { exchanges: all, env: envFor('binance', keys.binance!.credentials) },
    )
    expect(code).toBe(1)
    expect(JSON.parse(stdout).match.id).toBe('sorted')
  })

  it('args: a secret given with a trailing newline is compared trimmed, and said so', async () => {
    const { secret, apiKey } = keys.toy!.credentials
    const { code, stdout } = await run(
      [
        ...['explain', ...requestArgs(exchange.definition, intent), '--timestamp', String(TIMESTAMP)],
        `--signature=${variant('correct').signature}`,
      ],
      { exchanges: all, env: envFor('toy', { apiKey, secret: `${secret}\n` }) },
    )
    expect(code).toBe(0)
    expect(stdout).toContain('ends with a newline')
  })

  it('args: an RSA key from --private-key-file (Bybit): hex instead of base64 is named', async () => {
    const bybit = emulations.find((e) => e.definition.id === 'bybit')!
    const rsa = (await issueEmulatorKey(bybit, 'rsa'))!
    const file = join(tmpdir(), `signet-cli-explain-${process.pid}.pem`)
    writeFileSync(file, rsa.credentials.privateKey!)
    const intent = bybit.examples.placeOrder('cli-rsa')
    const credentials = toCredentials(rsa.credentials)
    const variant = bybit.diagnosis
      .signatureVariants({ credentials, intent, timestamp: TIMESTAMP })
      .find((v) => v.id === 'rsa-hex')!
    const { code, stdout } = await run(
      [
        'explain',
        ...requestArgs(bybit.definition, intent),
        '--timestamp',
        String(TIMESTAMP),
        '--api-key',
        rsa.credentials.apiKey,
        '--private-key-file',
        file,
        `--signature=${variant.signature}`,
        '--json',
      ],
      { exchanges: all },
    )
    rmSync(file)
    expect(JSON.parse(stdout).match.id).toBe('rsa-hex')
    expect(code).toBe(1)
  })

  it("behavior: Binance recvWindow=70000 is explained by the exchange's -1131 rule, not a usage error; exit 1", async () => {
    const { code, stdout, stderr } = await run(
      [
        'explain',
        '--exchange',
        'binance',
        '--path',
        `/api/v3/account?recvWindow=70000&timestamp=${TIMESTAMP}&signature=abc`,
      ],
      { exchanges: all, env: envFor('binance', keys.binance!.credentials) },
    )
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(stdout).toContain('Binance refuses this window before checking the signature: -1131')
    expect(stdout).toContain('recvWindow must be less than 60000')
  })

  it('behavior: a correct Binance signature points at the clock and doctor for -1021', async () => {
    const binance = emulations.find((e) => e.definition.id === 'binance')!
    const intent = binance.examples.account
    const correct = binance.diagnosis
      .signatureVariants({
        credentials: toCredentials(keys.binance!.credentials),
        intent,
        timestamp: TIMESTAMP,
      })
      .find((v) => v.id === 'correct')!
    const { code, stdout } = await explain(binance, intent, correct.signature)
    expect(code).toBe(0)
    expect(stdout).toContain(
      'if Binance answered -1021 (timestamp outside its window), the signature is not the',
    )
    expect(stdout).toContain('signet doctor --exchange binance')
  })

  it('error: missing inputs are usage errors (exit 64)', async () => {
    const env = envFor('toy', keys.toy!.credentials)
    expect(
      (await run(['explain', '--exchange', 'toy', '--timestamp', '1'], { exchanges: all, env })).code,
    ).toBe(64)
    expect(
      (await run(['explain', '--exchange', 'toy', '--signature', 'ab'], { exchanges: all, env })).stderr,
    ).toContain('--timestamp is required')
    const noSecret = await run(['explain', '--exchange', 'toy', '--signature', 'ab', '--timestamp', '1'], {
      exchanges: all,
    })
    expect(noSecret.code).toBe(64)
    expect(noSecret.stderr).toContain('SIGNET_TOY_SECRET')
    expect((await run(['explain', '--exchange', 'nope'], { exchanges: all, env })).stderr).toContain(
      'unknown exchange "nope"',
    )
  })
})
