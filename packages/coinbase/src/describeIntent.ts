import type { IntentDescription } from '@signet/core'
import { describeWithRules, type IntentFields } from '@signet/core/kit'

const B = '/api/v3/brokerage'
const CONFIG = 'order_configuration'

// Coinbase Advanced Trade, Create Order: the order configurations; each sizes the order by `base_size` or
// `quote_size` and bounds it by `limit_price` where it has one (stop and bracket types: the limit after the trigger).
const CONFIGURATIONS = new Set([
  'market_market_ioc',
  'market_market_fok',
  'sor_limit_ioc',
  'limit_limit_gtc',
  'limit_limit_gtd',
  'limit_limit_fok',
  'twap_limit_gtd',
  'stop_limit_stop_limit_gtc',
  'stop_limit_stop_limit_gtd',
  'trigger_bracket_gtc',
  'trigger_bracket_gtd',
])
const SIDES: Readonly<Record<string, 'buy' | 'sell'>> = { BUY: 'buy', SELL: 'sell' }

function createOrder(fields: IntentFields): IntentDescription {
  const symbol = fields.product_id
  const side = SIDES[fields.side ?? '']
  if (symbol === undefined) return { kind: 'refused', reason: 'the order has no "product_id"' }
  if (!side)
    return {
      kind: 'refused',
      reason: `"side" must be BUY or SELL; got ${JSON.stringify(fields.side ?? null)}`,
    }
  const names = new Set(
    Object.keys(fields)
      .filter((f) => f.startsWith(`${CONFIG}.`))
      .map((f) => f.split('.')[1]!),
  )
  const [name, ...others] = names
  if (!name || others.length > 0 || !CONFIGURATIONS.has(name)) {
    return {
      kind: 'refused',
      reason: `"${CONFIG}" must hold exactly one known configuration; got ${JSON.stringify([...names])}`,
    }
  }
  const at = (field: string) => fields[`${CONFIG}.${name}.${field}`]
  const base = at('base_size')
  const quote = at('quote_size')
  if (base !== undefined && quote !== undefined)
    return { kind: 'refused', reason: `${name} names both base_size and quote_size` }
  return { kind: 'order', symbol, side, quantity: base, price: at('limit_price'), quoteQuantity: quote }
}

/**
 * What a Coinbase Advanced Trade intent does, for a signing policy. Fields come from the JSON body, the order's
 * size and limit from its one `order_configuration` (docs/spec/coinbase.md §13).
 *
 * @example
 * describeCoinbaseIntent({ method: 'POST', path: '/api/v3/brokerage/orders', body: { client_order_id: 'a1', product_id: 'BTC-USDT', side: 'BUY', order_configuration: { limit_limit_gtc: { base_size: '0.01', limit_price: '50000' } } }, security: 'signed' })
 */
export const describeCoinbaseIntent = describeWithRules({
  place: 'json',
  // Create Order's configuration object and Cancel Orders' `order_ids` array (Advanced Trade API reference).
  nested: [CONFIG, 'order_ids'],
  orders: { [`POST ${B}/orders`]: createOrder },
  cancels: { [`POST ${B}/orders/batch_cancel`]: undefined },
  // docs/spec/coinbase.md §13: portfolio fund moves and portfolio management, perpetuals and futures sweeps, and the
  // Coinbase App (v2) sends, withdrawals and deposits.
  sensitive: [
    [`${B}/portfolios/move_funds`, 'transfer'],
    [`${B}/intx/allocate`, 'transfer'],
    [`${B}/cfm/sweeps`, 'transfer'],
    [`${B}/portfolios`, 'sub-account'],
    ['/v2/accounts/*/transactions', 'withdraw'],
    ['/v2/accounts/*/withdrawals', 'withdraw'],
    ['/v2/accounts/*/deposits', 'transfer'],
    ['/v2/accounts/*/addresses', 'transfer'],
  ],
  unjudged: {
    [`POST ${B}/orders/edit`]: "it changes an order's size and price without naming its side",
    [`POST ${B}/orders/close_position`]: 'it places a market order for the whole position, of no stated size',
  },
})
