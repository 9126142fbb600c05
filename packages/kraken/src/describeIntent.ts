import type { IntentDescription } from '@signet/core'
import { describeWithRules, type IntentFields, orderFrom } from '@signet/core/kit'

const P = '/0/private/'

// Kraken API reference, Add Order: `price` is the limit price for limit and iceberg orders; for the stop and
// take-profit limit types `price` is the trigger and `price2` the limit; a market order has no price bound.
const limitField: Readonly<Record<string, string | null>> = {
  limit: 'price',
  iceberg: 'price',
  market: null,
  'stop-loss-limit': 'price2',
  'take-profit-limit': 'price2',
}

const read = (field: string | undefined) =>
  orderFrom({
    symbol: 'pair',
    side: 'type',
    quantity: 'volume',
    price: field,
    // Kraken API reference, Add Order `oflags`: comma-delimited; `viqc` = volume in quote currency.
    quantityIsQuote: (f) => (f.oflags ?? '').split(',').includes('viqc'),
  })
const byType = Object.fromEntries(
  Object.entries(limitField).map(([type, field]) => [type, read(field ?? undefined)]),
)

function addOrder(fields: IntentFields): IntentDescription {
  const reader = Object.hasOwn(byType, fields.ordertype ?? '') ? byType[fields.ordertype!] : undefined
  if (!reader) {
    return {
      kind: 'refused',
      reason: `ordertype ${JSON.stringify(fields.ordertype ?? null)} has no limit price a policy can bound (limit, market, iceberg, stop-loss-limit, take-profit-limit are read)`,
    }
  }
  return reader(fields)
}

/**
 * What a Kraken Spot REST intent does, for a signing policy. Every private call is a POST with form fields next to
 * `nonce` (docs/spec/kraken.md §3), so fields are read from the form only; account and order queries are reads.
 *
 * @example
 * describeKrakenIntent({ method: 'POST', path: '/0/private/AddOrder', form: { pair: 'XBTUSDT', type: 'buy', ordertype: 'limit', volume: '0.01', price: '50000' }, security: 'signed' })
 */
export const describeKrakenIntent = describeWithRules({
  place: 'form',
  orders: { [`POST ${P}AddOrder`]: addOrder },
  cancels: {
    [`POST ${P}CancelOrder`]: undefined,
    [`POST ${P}CancelAll`]: undefined,
    [`POST ${P}CancelAllOrdersAfter`]: undefined,
    [`POST ${P}CancelOrderBatch`]: undefined,
  },
  // Kraken API reference: Funding (Withdraw*, WalletTransfer), Subaccounts (CreateSubaccount, AccountTransfer, both
  // "Funds permissions - Withdraw"), Earn Allocate/Deallocate (moves funds between wallets). docs/spec/kraken.md §11.
  sensitive: [
    [`${P}Withdraw`, 'withdraw'],
    [`${P}WalletTransfer`, 'transfer'],
    [`${P}AccountTransfer`, 'transfer'],
    [`${P}Earn/Allocate`, 'transfer'],
    [`${P}Earn/Deallocate`, 'transfer'],
    [`${P}CreateSubaccount`, 'sub-account'],
  ],
  batches: [`POST ${P}AddOrderBatch`],
  unjudged: {
    [`POST ${P}EditOrder`]: "it changes an order's volume and price without naming its side",
    [`POST ${P}AmendOrder`]: "it changes an order's volume and price without naming its side",
  },
  // Kraken API reference, Account Data: private POSTs that change nothing. GetWebSocketsToken is left out on purpose:
  // its token can place orders over WebSocket, outside the policy.
  reads: [
    'Balance',
    'BalanceEx',
    'TradeBalance',
    'OpenOrders',
    'ClosedOrders',
    'QueryOrders',
    'TradesHistory',
    'QueryTrades',
    'OpenPositions',
    'Ledgers',
    'QueryLedgers',
    'TradeVolume',
  ].map((name) => `POST ${P}${name}`),
})
