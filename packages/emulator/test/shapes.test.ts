import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator } from '../src/startEmulator'
import type { Emulator } from '../src/types'
import { sendTo, shapeDiff } from './_send'
import { scripts } from './scripts'
import { byClientOrderId, refFor } from './scripts/refFor'
import type { BotScript } from './scripts/types'

// `at`: where in the answer the example sits (docs that show only the data); `maps`: keys whose values are
// keyed by asset (their values are compared, not their keys).
type Fixture = {
  source: string
  section: string
  example: unknown
  at?: string
  maps?: string[]
  /** Keys the docs mark conditional (Kraken's `cl_ord_id` on orders placed with one). */
  optional?: string[]
}

const fixture = (script: BotScript, name: string): Fixture =>
  JSON.parse(readFileSync(new URL(`${name}.json`, script.fixtures), 'utf8'))
const has = (script: BotScript, name: string) => existsSync(new URL(`${name}.json`, script.fixtures))
const pick = (f: Fixture, body: any) => (f.at ? body?.[f.at] : body)

describe('shapeDiff', () => {
  it('error: reports missing and extra keys, type changes and nested differences', () => {
    expect(
      shapeDiff({ a: 1, b: { c: 'x' }, d: [{ e: true }] }, { a: '1', b: { c: 'x', z: 1 }, d: [{ e: 1 }] }),
    ).toEqual([
      '$.a: expected number, got string',
      '$.b.z: not in the documented example',
      '$.d[0].e: expected boolean, got number',
    ])
    expect(shapeDiff({ a: 1, n: null }, {})).toEqual(['$.a: missing', '$.n: missing'])
    expect(shapeDiff({ a: 1, o: 'x' }, { a: 2 }, new Set(), '$', new Set(['o']))).toEqual([])
    expect(shapeDiff({ a: 1, o: 'x' }, { a: 2, o: 3 }, new Set(), '$', new Set(['o']))).toEqual([
      '$.o: expected string, got number',
    ])
    expect(shapeDiff([{ a: 1 }], [{ a: 2 }, { a: 3 }])).toEqual([])
  })
})

describe.each(scripts)(
  'answers of the emulated $emulation.definition.id have the documented shapes',
  (script) => {
    let emulator: Emulator
    const id = script.emulation.definition.id
    const send = (intent: Parameters<typeof sendTo>[2]) => sendTo(emulator, script, intent)
    let n = 0
    const clientId = () => script.clientOrderId(++n)
    beforeAll(async () => {
      emulator = await startEmulator({
        exchanges: [script.emulation],
        keys: { [id]: [script.key] },
        rateLimits: false,
      })
    })
    afterAll(() => emulator.stop())

    const expectShape = (name: string, body: unknown) => {
      const f = fixture(script, name)
      expect(f.source).toMatch(/^https:\/\//)
      expect(
        shapeDiff(f.example, pick(f, body), new Set(f.maps), '$', new Set(f.optional)),
        `${name}: ${f.section}`,
      ).toEqual([])
    }

    it('default: server time and balances', async () => {
      expectShape('time', (await send(script.time())).json)
      const balances = await send(script.balances())
      expect(balances.status).toBeLessThan(300)
      expectShape('balances', balances.json)
    })

    it('default: place (limit and market), query by id and by client id, cancel by either (where the exchange can)', async () => {
      for (const [place, market] of [
        [script.placeLimit(clientId()), false],
        [script.placeMarket(clientId()), true],
        [script.placeLimit(), false],
      ] as const) {
        const placed = await send(place)
        expect(placed.status, placed.text).toBeLessThan(300)
        // Where a filled market order is answered in another shape (Hyperliquid's `filled` status), `place-market.json`.
        expectShape(market && has(script, 'place-market') ? 'place-market' : 'place', placed.json)
      }
      const a = clientId()
      const first = await send(script.placeLimit(a))
      const b = clientId()
      const second = await send(script.placeLimit(b))
      const byId = await send(script.query({ id: script.placedId(first.json) }))
      expectShape('query', byId.json)
      expect(script.status(byId.json)).toBe(script.statuses.open)
      // Where the exchange answers by-client-id requests in another shape (KuCoin), `<name>-client.json` holds it.
      const byClient = (name: string) => (has(script, `${name}-client`) ? `${name}-client` : name)
      // Where the exchange cannot name an order by client id (Coinbase), the emulation says so and the id is used.
      const secondOrder = { id: script.placedId(second.json), clientOrderId: b }
      expectShape(byClient('query'), (await send(script.query(refFor(script, 'query', secondOrder)))).json)
      expectShape('cancel', (await send(script.cancel({ id: script.placedId(first.json) }))).json)
      expectShape(byClient('cancel'), (await send(script.cancel(refFor(script, 'cancel', secondOrder)))).json)
      expect(script.status((await send(script.query({ id: script.placedId(second.json) }))).json)).toBe(
        script.statuses.canceled,
      )
    })

    it('default: open orders and cancel all for a symbol', async () => {
      const { cancelAll } = script
      for (const id of script.openIds((await send(script.open())).json)) await send(script.cancel({ id }))
      const ids = [script.placedId((await send(script.placeLimit(clientId()))).json)]
      ids.push(script.placedId((await send(script.placeLimit())).json))
      const open = await send(script.open())
      expectShape('open-orders', open.json)
      expect(script.openIds(open.json).sort()).toEqual(ids.sort())
      if (!cancelAll) return
      expectShape('cancel-all', (await send(cancelAll())).json)
      expect(script.openIds((await send(script.open())).json)).toEqual([])
    })

    it('error: not found, duplicate, insufficient balance and bad parameter answer in the error envelope with the exchange codes', async () => {
      // An exchange whose refusals differ by action has `error-<action>.json` (OKX's per-order sCode rows).
      const check = async (intent: Parameters<typeof send>[0], code: string | undefined, action: string) => {
        const answer = await send(intent)
        if (code === undefined) {
          expect(script.openIds(answer.json)).toEqual([])
          return
        }
        expect(answer.status === 200 && script.errorCode(answer.status, answer.json) === '0').toBe(false)
        expectShape(
          existsSync(new URL(`error-${action}.json`, script.fixtures)) ? `error-${action}` : 'error',
          answer.json,
        )
        expect(script.errorCode(answer.status, answer.json), answer.text).toBe(code)
      }
      const unknown = script.placedId((await send(script.placeLimit())).json)
      await send(script.cancel({ id: unknown }))
      await check(
        script.query(
          byClientOrderId(script, 'query')
            ? { clientOrderId: script.clientOrderId(999_999) }
            : { id: script.emulation.orderId(999_999_999) },
        ),
        script.codes.queryNotFound,
        'query',
      )
      await check(script.cancel({ id: unknown }), script.codes.cancelNotFound, 'cancel')
      const dup = clientId()
      const original = await send(script.placeLimit(dup))
      if (script.codes.duplicate === undefined) {
        const again = await send(script.placeLimit(dup))
        expect(script.errorCode(again.status, again.json), again.text).toBe('0')
        // Coinbase creates nothing for a repeat and answers the order that has the id.
        if (script.emulation.uniqueClientIds === 'existing')
          expect(script.placedId(again.json)).toBe(script.placedId(original.json))
      } else await check(script.placeLimit(dup), script.codes.duplicate, 'place')
      await check(script.placeTooLarge(), script.codes.insufficient, 'place')
      await check(script.placeMissing(), script.codes.badParameter, 'bad-parameter')
    })
  },
)
