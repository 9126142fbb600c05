import type { ExchangeDefinition, RequestIntent } from '@signet/core'

/** What the emulator does with a request. @internal */
export type RouteKind = 'time' | 'account' | 'place' | 'cancel'

/** A route learned from an exchange's examples (exchanges without an emulation). @internal */
export type Route = {
  kind: RouteKind
  method: string
  /** Exact path, or a pattern `prefix/*` when the order id is part of the path. */
  pattern: string
  matches(path: string): boolean
  /**
   * Whether the route takes a request with this body, when several routes share a method and path (Hyperliquid's
   * `POST /exchange` and `POST /info`): the body's field that tells their examples apart must hold this route's value.
   */
  accepts?(body: string): boolean
  /** The client order id the request names (order routes only). */
  orderId(path: string, params: Record<string, string>): string
}

// An id no exchange encodes: letters and digits only.
const PROBE = 'signetprobe7f3a9c'

/**
 * Learns the emulator's routes from an exchange's examples: building each order example with a probe id
 * shows where the id travels (a param such as Binance's `origClientOrderId`, or the path, as on KuCoin and Gate).
 * @internal
 */
export function routesOf(definition: ExchangeDefinition): Route[] {
  const { examples } = definition
  const routes: Route[] = Object.values(definition.products).map((p) => exact('time', p.serverTime))
  routes.push(exact('account', examples.account))
  for (const kind of ['place', 'cancel'] as const) {
    const intent = kind === 'place' ? examples.placeOrder(PROBE) : examples.cancelOrder(PROBE)
    const at = intent.path.indexOf(PROBE)
    if (at >= 0) {
      const prefix = intent.path.slice(0, at)
      const suffix = intent.path.slice(at + PROBE.length)
      routes.push({
        kind,
        method: intent.method,
        pattern: `${prefix}*`,
        matches: (path) =>
          path.length > prefix.length + suffix.length && path.startsWith(prefix) && path.endsWith(suffix),
        orderId: (path) => decodeURIComponent(path.slice(prefix.length, path.length - suffix.length)),
      })
      continue
    }
    const fields: Record<string, unknown> = { ...intent.params, ...intent.form }
    if (intent.body && typeof intent.body === 'object' && !Array.isArray(intent.body))
      Object.assign(fields, intent.body)
    const param = Object.keys(fields).find((k) => fields[k] === PROBE) ?? examples.clientOrderIdParam
    // An id carried as the only element of a JSON array (Coinbase batch_cancel `order_ids: [id]`) reaches the
    // verifier's params as JSON text.
    const inArray = Object.keys(fields).find((k) => {
      const v = fields[k]
      return Array.isArray(v) && v.length === 1 && v[0] === PROBE
    })
    routes.push({
      ...exact(kind, intent),
      orderId: inArray
        ? (_, params) => firstOfJsonArray(params[inArray])
        : (_, params) => params[param] ?? '',
    })
  }
  return withBodyChoice(routes, definition)
}

/** Gives routes that share a method and path an `accepts` on the first body field whose example values differ. */
function withBodyChoice(routes: Route[], definition: ExchangeDefinition): Route[] {
  const { examples } = definition
  const intents = new Map<RouteKind, RequestIntent>([
    ['account', examples.account],
    ['place', examples.placeOrder(PROBE)],
    ['cancel', examples.cancelOrder(PROBE)],
  ])
  const time = Object.values(definition.products)[0]?.serverTime
  if (time) intents.set('time', time)
  return routes.map((route) => {
    const peers = routes.filter((r) => r.method === route.method && r.pattern === route.pattern)
    if (peers.length < 2) return route
    const leavesOf = (r: Route) => stringLeaves(intents.get(r.kind)?.body)
    const own = leavesOf(route)
    const others = peers.filter((r) => r !== route).map(leavesOf)
    const field = [...own.keys()].find((k) => others.every((o) => o.has(k) && o.get(k) !== own.get(k)))
    if (field === undefined) return route
    const value = own.get(field)
    return { ...route, accepts: (body: string) => stringLeaves(parseJson(body)).get(field) === value }
  })
}

/** String values of a JSON body by their dotted path (`action.type`). */
function stringLeaves(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string' && prefix !== '') out.set(prefix, value)
  else if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [k, v] of Object.entries(value)) stringLeaves(v, prefix ? `${prefix}.${k}` : k, out)
  return out
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function exact(kind: RouteKind, intent: RequestIntent): Route {
  return {
    kind,
    method: intent.method,
    pattern: intent.path,
    matches: (path) => path === intent.path,
    orderId: () => '',
  }
}

function firstOfJsonArray(text: string | undefined): string {
  try {
    const value: unknown = JSON.parse(text ?? '')
    return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : ''
  } catch {
    return ''
  }
}
