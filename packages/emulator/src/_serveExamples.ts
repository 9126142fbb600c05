import type { ExchangeDefinition, RawRequest, VerifierKey } from '@signet/core'
import { routesOf } from './_legacyRoutes'
import type { Served } from './_serveEmulation'

/**
 * Serves an exchange that has no emulation from its examples: server time, account, and orders placed and
 * cancelled by client id. @internal
 */
export function serveExamples(
  definition: ExchangeDefinition,
  options: {
    keys: readonly VerifierKey[]
    now: () => number
    environment: string
    nextSequence: () => number
  },
): Served {
  const routes = routesOf(definition)
  const makeVerifier = (keys: readonly VerifierKey[]) =>
    definition.createVerifier({
      keys,
      now: options.now,
      environment: options.environment,
      paths: routes.filter((r) => r.kind !== 'time').map((r) => r.pattern),
    })
  let verifier = makeVerifier(options.keys)
  const orders: {
    clientOrderId: string
    params: Record<string, string>
    status: 'open' | 'canceled'
    sequence: number
  }[] = []
  const find = (method: string, path: string, body?: string) =>
    routes.find(
      (r) => r.method === method && r.matches(path) && (body === undefined || !r.accepts || r.accepts(body)),
    )
  const action = (kind: string) =>
    (kind === 'account' ? 'balances' : kind) as 'time' | 'balances' | 'place' | 'cancel'

  function handle(raw: RawRequest, _ip: string, now: number) {
    const q = raw.url.indexOf('?')
    const path = q < 0 ? raw.url : raw.url.slice(0, q)
    const route = find(raw.method, path, raw.body)
    if (route?.kind === 'time') return { response: verifier.respond.serverTime(now) }
    if (!route) return { response: verifier.respond.error('not-found'), code: 'not-found' }
    const result = verifier.verify(raw, 'signed')
    if (!result.ok) return { response: result.response, code: result.code }
    if (route.kind === 'account')
      return { response: verifier.respond.ok({ balances: [{ asset: 'USDT', free: '1000.00' }] }) }
    const clientOrderId = route.orderId(path, result.params)
    const existing = orders.find((o) => o.clientOrderId === clientOrderId)
    if (route.kind === 'place') {
      if (existing) return { response: verifier.respond.error('duplicate-order'), code: 'duplicate-order' }
      const order = {
        clientOrderId,
        params: result.params,
        status: 'open' as 'open' | 'canceled',
        sequence: options.nextSequence(),
      }
      orders.push(order)
      return {
        response: verifier.respond.ok({ orderId: String(order.sequence), clientOrderId, status: 'NEW' }),
      }
    }
    if (existing?.status !== 'open')
      return { response: verifier.respond.error('order-not-found'), code: 'order-not-found' }
    existing.status = 'canceled'
    return {
      response: verifier.respond.ok({
        orderId: String(existing.sequence),
        clientOrderId,
        status: 'CANCELED',
      }),
    }
  }

  return {
    action: (method, url) => {
      const route = find(method, url.split('?')[0]!)
      return route ? action(route.kind) : undefined
    },
    handle,
    timeAnswer: (serverTime) => verifier.respond.serverTime(serverTime),
    rateLimited: () => ({
      status: 429,
      headers: { 'content-type': 'text/plain', 'Retry-After': '1' },
      body: 'Too Many Requests',
    }),
    banned: () => ({
      status: 418,
      headers: { 'content-type': 'text/plain', 'Retry-After': '120' },
      body: 'IP banned',
    }),
    setKeys(keys) {
      verifier = makeVerifier(keys)
    },
    orders: () => orders.map((o) => ({ ...o, id: String(o.sequence), params: { ...o.params } })),
    rateUsage: () => ({ counters: [], bans: [] }),
  }
}
