import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ExchangeDefinition, ExchangeVerification } from '@signet/core'
import { describe, expect, it } from 'vitest'

// CONTRIBUTING.md names the closest model package per kind of authentication; these tests hold the table to the
// packages it names, so it cannot point at a package that does not exist or does something else.
const repo = fileURLToPath(new URL('../../../', import.meta.url))
const guide = readFileSync(join(repo, 'CONTRIBUTING.md'), 'utf8')
const section = guide.slice(
  guide.indexOf('### The closest model, by kind of authentication'),
  guide.indexOf('### Must-haves'),
)
const rows = section
  .split('\n')
  .filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| your exchange'))
  .map((l) => {
    const [kind = '', model = '', look = ''] = l.split('|').slice(1, -1)
    return { kind, look, models: [...model.matchAll(/`packages\/([a-z0-9]+)`/g)].map((m) => m[1]!) }
  })

const definition = async (id: string): Promise<ExchangeDefinition> =>
  ((await import(`../../${id}/src/index.ts`)) as Record<string, ExchangeDefinition>)[id]!
const verification = async (id: string): Promise<ExchangeVerification> =>
  ((await import(`../../${id}/src/verify/index.ts`)) as Record<string, ExchangeVerification>)[
    `${id}Verification`
  ]!

describe('CONTRIBUTING.md: the closest model per kind of authentication', () => {
  it('default: names a model for a timestamp window, a passphrase, a nonce, a token and a wallet', () => {
    const kinds = rows.map((r) => r.kind).join(' ')
    for (const kind of ['timestamp inside a window', 'passphrase', 'nonce', 'token', 'wallet'])
      expect(kinds, kind).toContain(kind)
    for (const row of rows) expect(row.models.length, row.kind).toBeGreaterThan(0)
  })

  it('behavior: every model package exists and keeps requests fresh the way its row says', async () => {
    for (const row of rows) {
      for (const id of row.models) {
        expect(existsSync(join(repo, 'packages', id, 'src', 'definition.ts')), `packages/${id}`).toBe(true)
        const { freshness } = await definition(id)
        const said =
          /kind: '([a-z]+)'/.exec(row.look)?.[1] ?? (/timestamp/.test(row.kind) ? 'timestamp' : undefined)
        if (said) expect(freshness.kind, `${id}: ${row.kind}`).toBe(said)
        if (/passphrase/.test(row.kind)) {
          // A model for passphrases refuses a key without one.
          const d = await definition(id)
          expect(() => d.createSigner({ apiKey: 'k', secret: 'S'.repeat(32) }), id).toThrow(/passphrase/)
        }
        if (/wallet|token/.test(row.kind))
          expect((await verification(id)).testKey, `${id} testKey`).toBeTypeOf('function')
      }
    }
  })
})
