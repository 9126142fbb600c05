import { emulations } from '@signet/exchanges/emulate'
import { beforeAll, describe, expect, it } from 'vitest'
import { toCredentials } from '../src/_checkCredentials'
import { type EmulatorKey, issueEmulatorKey } from '../src/_emulatorKeys'
import { envFor, requestArgs, run } from './_run'
import { toy } from './_toy'

const TIMESTAMP = 1_700_000_000_000
const all = [...emulations, toy]
const keys: Record<string, EmulatorKey> = {}
beforeAll(async () => {
  for (const exchange of all) keys[exchange.definition.id] = (await issueEmulatorKey(exchange, 'hmac'))!
})

describe.each(all.map((e) => [e.definition.id, e] as const))('signet sign: %s', (_id, exchange) => {
  it('default: prints the string to sign, the signature and the request, the same as the signer', async () => {
    const intent = exchange.examples.placeOrder('sign-1')
    const env = envFor(exchange.definition.id, keys[exchange.definition.id]!.credentials)
    const { code, stdout } = await run(
      ['sign', ...requestArgs(exchange.definition, intent), '--timestamp', String(TIMESTAMP), '--json'],
      { exchanges: all, env },
    )
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    // Independent path: the exchange's own signer and stringToSign on the same intent.
    const credentials = toCredentials(keys[exchange.definition.id]!.credentials)
    const signed = await exchange.definition.createSigner(credentials).sign(intent, { timestamp: TIMESTAMP })
    const raw = { method: signed.method, url: signed.url, headers: signed.headers, body: signed.body ?? '' }
    expect(result.request.url).toBe(
      exchange.definition.products[exchange.definition.defaultProduct]!.rest.live + signed.url,
    )
    expect(result.request.body).toBe(signed.body)
    const correct = exchange.diagnosis.signatureVariants({ credentials, intent, timestamp: TIMESTAMP })[0]!
    if (correct.matches) {
      // Randomised signatures (Coinbase: a random nonce in every JWT): the printed one is recognised as correct and
      // is the one the printed request carries, whose signed text is the printed string to sign.
      expect(correct.matches(result.signature)).toBe(true)
      expect(JSON.stringify(result.request.headers)).toContain(result.signature)
      expect(result.stringToSign).toBe(
        exchange.diagnosis.stringToSign({ ...raw, headers: result.request.headers }),
      )
      return
    }
    expect(result.stringToSign).toBe(exchange.diagnosis.stringToSign(raw))
    expect(result.signature).toBe(correct.signature)
    expect(JSON.stringify(result)).toContain(correct.signature)
  })
})

describe('signet sign: redaction', () => {
  it('behavior: the secret and the passphrase never appear; the passphrase header is redacted', async () => {
    const { secret, passphrase } = keys.okx!.credentials
    const intent = emulations.find((e) => e.definition.id === 'okx')!.examples.account
    const { code, stdout } = await run(
      [
        'sign',
        ...requestArgs(emulations.find((e) => e.definition.id === 'okx')!.definition, intent),
        '--timestamp',
        String(TIMESTAMP),
      ],
      { exchanges: all, env: envFor('okx', keys.okx!.credentials) },
    )
    expect(code).toBe(0)
    expect(stdout).not.toContain(secret!)
    expect(stdout).not.toContain(passphrase!)
    expect(stdout).toMatch(/OK-ACCESS-PASSPHRASE.*: \[redacted\]/)
    expect(stdout).toContain('String to sign')
  })
})
