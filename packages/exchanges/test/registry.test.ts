import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { testKeyFor } from '@signet/core/kit'
import { AWKWARD_VALUE, conformanceIntents, toRawRequest } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { emulations } from '../src/emulate'
import * as registry from '../src/index'

const { exchanges } = registry
const packages = fileURLToPath(new URL('../../', import.meta.url))
const manifest = JSON.parse(readFileSync(join(packages, 'exchanges', 'package.json'), 'utf8'))

// Exchange packages still being written, each with its issue; they join the registry (and leave this list) when
// their conformance suite passes.
const inProgress: Record<string, string> = {}

it('default: the public surface', () => {
  expect(Object.keys(registry).sort()).toMatchInlineSnapshot(`
    [
      "exchanges",
    ]
  `)
})

describe('the registry', () => {
  it('behavior: every exchange package in packages/ is registered, with its package as a dependency', () => {
    const exchangePackages = readdirSync(packages).filter((dir) =>
      existsSync(join(packages, dir, 'src', 'definition.ts')),
    )
    const registered = exchanges.map((e) => e.id)
    expect(registered.sort()).toEqual(exchangePackages.filter((dir) => !(dir in inProgress)).sort())
    for (const id of registered) expect(manifest.dependencies[`@signet/${id}`], id).toBe('workspace:^')
  })

  it('behavior: ids are unique', () => {
    expect(new Set(exchanges.map((e) => e.id)).size).toBe(exchanges.length)
  })
})

describe.each(emulations.map((emulation) => ({ id: emulation.definition.id, emulation })))(
  'registered $id',
  ({ emulation }) => {
    const { definition: exchange, verification } = emulation
    it('behavior: a test key signs the conformance requests, awkward characters included, and the verifier accepts them', async () => {
      const { credentials, verifierKey } = testKeyFor(exchange, verification)
      const signer = exchange.createSigner(credentials)
      const intents = conformanceIntents(exchange, emulation.examples)
      const values = (i: (typeof intents)[number]) => [
        ...Object.values(i.params ?? {}),
        ...Object.values(i.form ?? {}),
      ]
      expect(intents.some((i) => values(i).includes(AWKWARD_VALUE))).toBe(true)
      const T = 1_700_000_000_000
      const verifier = verification.createVerifier({ keys: [verifierKey], now: () => T })
      for (const [index, intent] of intents.entries()) {
        // What the runtime hands the signer at server time T: a nonce kind also gets the nonce anchored to it, one
        // higher for each request (one server remembers them all).
        const { freshness } = exchange
        const nonce =
          freshness.kind === 'nonce'
            ? BigInt(Math.floor(T * freshness.unitsPerMs)) + BigInt(index)
            : undefined
        const signed = await signer.sign(intent, { timestamp: T, nonce })
        expect(
          verifier.verify(toRawRequest(signed), intent.security),
          `${intent.method} ${intent.path}`,
        ).toMatchObject({ ok: true, apiKey: verifierKey.apiKey })
      }
    })
  },
)
