import type { DescribeIntent, IntentDescription, RequestIntent } from '@signet/core'
import { compare, type Decimal, formatDecimal, multiply, parseDecimal } from './_decimal'
import type { Policy } from './policy'

/** A signing decision: what the policy allowed or which rule refused and why. */
export type Decision =
  | { allow: true; rule: 'allowed'; description: IntentDescription; notional?: string | undefined }
  | { allow: false; rule: string; reason: string; description?: IntentDescription | undefined }

/** Inputs of `decide`. */
export type DecideParameters = {
  policy: Policy
  keyId: string
  /** Keys the caller's token may use; undefined when the policy has no tokens (socket access is the gate). */
  tokenKeys: readonly string[] | undefined
  /** Exchange id of the intent's signer, as the caller asked. */
  exchange: string
  intent: RequestIntent
  /** The exchange package's reading of the intent. */
  describe: DescribeIntent
  /** Orders this key signed in the last 60 s. */
  recentOrders: number
}

// Canonical paths only: no percent-encoding, dot segments, empty segments or other characters, so a path that
// a server would normalise differently can never match an allowed endpoint.
const CANONICAL_PATH = /^(?:\/[A-Za-z0-9_-]+)+$|^\/$/

const deny = (rule: string, reason: string, description?: IntentDescription): Decision => ({
  allow: false,
  rule,
  reason,
  description,
})

/**
 * Decides whether the policy allows signing `intent` with `keyId`; pure, so `signet agent check` explains a
 * decision offline exactly as the service makes it.
 *
 * @example
 * decide({ policy, keyId: 'bot', tokenKeys: undefined, exchange: 'binance', intent, describe: describeBinanceIntent, recentOrders: 0 })
 */
export function decide(parameters: DecideParameters): Decision {
  const { policy, keyId, tokenKeys, exchange, intent, describe, recentOrders } = parameters
  const key = Object.hasOwn(policy.keys, keyId) ? policy.keys[keyId] : undefined
  if (!key) return deny('key', `the policy has no key "${keyId}"`)
  if (tokenKeys && !tokenKeys.includes(keyId)) return deny('key', `this caller may not use key "${keyId}"`)
  if (key.exchange !== exchange)
    return deny('exchange', `key "${keyId}" is for ${key.exchange}, not ${exchange}`)
  if (!CANONICAL_PATH.test(intent.path)) {
    return deny(
      'path-form',
      'the path is not canonical (percent-encoding, dot or empty segments, or other characters)',
    )
  }
  const endpointKey = `${intent.method} ${intent.path}`
  const listed = key.endpoints.some((e) =>
    e.endsWith('*') ? endpointKey.startsWith(e.slice(0, -1)) : e === endpointKey,
  )
  if (!listed) return deny('endpoint', `${endpointKey} is not among the endpoints allowed for "${keyId}"`)
  const description = describe(intent)
  switch (description.kind) {
    case 'refused':
      return deny('intent', description.reason, description)
    case 'withdraw':
    case 'transfer':
    case 'sub-account':
    case 'key-management':
      return key.allowSensitive.includes(description.kind)
        ? allowed(description)
        : deny(
            'sensitive',
            `${endpointKey} is a ${description.kind} endpoint, not allowed unless named in allowSensitive`,
            description,
          )
    case 'read':
      return allowed(description)
    case 'unknown':
    case 'cancel':
      return key.readOnly
        ? deny('read-only', `key "${keyId}" is read-only`, description)
        : allowed(description)
    case 'order':
      if (key.readOnly) return deny('read-only', `key "${keyId}" is read-only`, description)
      return judgeOrder(key, description, recentOrders)
  }
}

function allowed(description: IntentDescription, notional?: string): Decision {
  return { allow: true, rule: 'allowed', description, notional }
}

function judgeOrder(
  key: Policy['keys'][string],
  order: Extract<IntentDescription, { kind: 'order' }>,
  recentOrders: number,
): Decision {
  if (!key.symbols?.includes(order.symbol)) {
    return deny('symbol', `symbol ${JSON.stringify(order.symbol)} is not in the allow-list`, order)
  }
  if (key.ordersPerMinute !== undefined && recentOrders >= key.ordersPerMinute) {
    return deny(
      'orders-per-minute',
      `${recentOrders} orders in the last minute (limit ${key.ordersPerMinute})`,
      order,
    )
  }
  const read = (name: string, text: string | undefined): Decimal | Decision | undefined => {
    if (text === undefined) return undefined
    return (
      parseDecimal(text) ??
      deny('number-format', `${name} ${JSON.stringify(text)} is not plain decimal text`, order)
    )
  }
  const quantity = read('quantity', order.quantity)
  const price = read('price', order.price)
  const quote = read('quote quantity', order.quoteQuantity)
  for (const x of [quantity, price, quote]) if (x && 'allow' in x) return x
  const q = quantity as Decimal | undefined
  const p = price as Decimal | undefined
  const qq = quote as Decimal | undefined
  if (!q && !qq) return deny('quantity', 'the order names no quantity', order)
  const maxQuantity = key.maxQuantity === undefined ? undefined : parseDecimal(key.maxQuantity)!
  if (q && maxQuantity && compare(q, maxQuantity) > 0) {
    return deny('max-quantity', `quantity ${formatDecimal(q)} is above ${key.maxQuantity}`, order)
  }
  const notional = qq ?? (q && p ? multiply(q, p) : undefined)
  if (key.maxNotional !== undefined) {
    if (!notional) {
      return deny(
        'notional-unknown',
        'a market order sized in base has no price to bound its notional; size it in quote',
        order,
      )
    }
    if (compare(notional, parseDecimal(key.maxNotional)!) > 0) {
      return deny('max-notional', `notional ${formatDecimal(notional)} is above ${key.maxNotional}`, order)
    }
  }
  return allowed(order, notional ? formatDecimal(notional) : undefined)
}
