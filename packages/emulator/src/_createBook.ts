import type {
  Emulation,
  EmulationBalance,
  EmulationFailure,
  EmulationNewOrder,
  EmulationOrder,
  EmulationOrderRef,
} from '@signet/core'

/** Options of one exchange's book. @internal */
export type BookOptions = {
  /** Starting balances of every account, by asset. */
  balances: Readonly<Record<string, number>>
  /** Fill price of market orders, by symbol (or one for all). */
  marketPrice: (symbol: string) => number
  /** Next order sequence number (shared across exchanges, so the emulator's log has one order). */
  nextSequence: () => number
}

type Account = { orders: EmulationOrder[]; free: Map<string, number>; locked: Map<string, number> }

/** One exchange's order book and balances per account: NEW → CANCELED, market orders fill at once. @internal */
export type Book = ReturnType<typeof createBook>

const fmt = (n: number) => String(Number(n.toFixed(8)))
const fail = (failure: EmulationFailure['failure'], param?: string): EmulationFailure => ({ failure, param })

/** Creates the generic order state machine an emulation's routes read from and write to. @internal */
export function createBook(emulation: Emulation, options: BookOptions) {
  const accounts = new Map<string, Account>()
  const sequenceOf = new Map<EmulationOrder, number>()

  function account(key: string): Account {
    let found = accounts.get(key)
    if (!found) {
      found = { orders: [], free: new Map(Object.entries(options.balances)), locked: new Map() }
      accounts.set(key, found)
    }
    return found
  }

  const add = (map: Map<string, number>, asset: string, n: number) =>
    map.set(asset, (map.get(asset) ?? 0) + n)

  function find(a: Account, ref: EmulationOrderRef): EmulationOrder | undefined {
    // The latest match wins: a client id the exchange lets repeat names the newest order.
    return a.orders.findLast(
      (o) =>
        (ref.id === undefined || o.id === ref.id) &&
        (ref.clientOrderId === undefined || o.clientOrderId === ref.clientOrderId) &&
        (ref.symbol === undefined || o.symbol === ref.symbol),
    )
  }

  function place(
    key: string,
    order: EmulationNewOrder,
    now: number,
    params: Readonly<Record<string, string>>,
  ): EmulationOrder | EmulationFailure {
    const a = account(key)
    const assets = emulation.assets(order.symbol)
    if (!assets) return fail('bad-parameter', 'symbol')
    const price = order.type === 'limit' ? Number(order.price) : options.marketPrice(order.symbol)
    if (!(price > 0)) return fail('bad-parameter', 'price')
    const quantity =
      order.quoteQuantity === undefined ? Number(order.quantity) : Number(order.quoteQuantity) / price
    if (!(quantity > 0)) return fail('bad-parameter', 'quantity')
    if (order.clientOrderId !== undefined && emulation.uniqueClientIds !== 'none') {
      const clash = a.orders.find(
        (o) =>
          o.clientOrderIdGiven &&
          o.clientOrderId === order.clientOrderId &&
          (emulation.uniqueClientIds !== 'open' || o.status === 'open'),
      )
      // Coinbase answers a repeated client_order_id with the order that has it (spec coinbase.md "Emulated endpoints").
      if (clash) return emulation.uniqueClientIds === 'existing' ? clash : fail('duplicate-order')
    }
    const [base, quote] = assets
    // A buy spends the quote asset, a sell the base asset; both are held while a limit order is open.
    const [spend, cost] = order.side === 'buy' ? [quote, quantity * price] : [base, quantity]
    if ((a.free.get(spend) ?? 0) + 1e-12 < cost) return fail('insufficient-balance')
    const sequence = options.nextSequence()
    add(a.free, spend, -cost)
    const filled = order.type === 'market'
    if (filled) {
      if (order.side === 'buy') add(a.free, base, quantity)
      else add(a.free, quote, quantity * price)
    } else add(a.locked, spend, cost)
    const created: EmulationOrder = {
      id: emulation.orderId(sequence),
      clientOrderId: order.clientOrderId ?? emulation.defaultClientOrderId?.(sequence),
      clientOrderIdGiven: order.clientOrderId !== undefined,
      symbol: order.symbol,
      side: order.side,
      type: order.type,
      quantity: order.quoteQuantity === undefined ? order.quantity : fmt(quantity),
      price: order.type === 'limit' ? order.price : undefined,
      status: filled ? 'filled' : 'open',
      fillPrice: filled ? fmt(price) : undefined,
      createdAt: now,
      updatedAt: now,
      params,
    }
    a.orders.push(created)
    sequenceOf.set(created, sequence)
    return created
  }

  function query(key: string, ref: EmulationOrderRef): EmulationOrder | EmulationFailure {
    return find(account(key), ref) ?? fail('order-not-found')
  }

  function cancelOne(a: Account, order: EmulationOrder, now: number) {
    const assets = emulation.assets(order.symbol)!
    const quantity = Number(order.quantity)
    const [spend, cost] =
      order.side === 'buy' ? [assets[1], quantity * Number(order.price)] : [assets[0], quantity]
    add(a.locked, spend, -cost)
    add(a.free, spend, cost)
    order.status = 'canceled'
    order.updatedAt = now
  }

  function cancel(key: string, ref: EmulationOrderRef, now: number): EmulationOrder | EmulationFailure {
    const a = account(key)
    const order = find(a, ref)
    if (order?.status !== 'open') return fail('order-not-found')
    cancelOne(a, order, now)
    return order
  }

  function open(key: string, symbol: string | undefined): EmulationOrder[] {
    return account(key).orders.filter(
      (o) => o.status === 'open' && (symbol === undefined || o.symbol === symbol),
    )
  }

  function cancelAll(key: string, symbol: string | undefined, now: number): EmulationOrder[] {
    const a = account(key)
    const canceled = open(key, symbol)
    for (const order of canceled) cancelOne(a, order, now)
    return canceled
  }

  function balances(key: string): EmulationBalance[] {
    const a = account(key)
    const assets = new Set([...a.free.keys(), ...a.locked.keys()])
    return [...assets].sort().map((asset) => ({
      asset,
      free: fmt(a.free.get(asset) ?? 0),
      locked: fmt(a.locked.get(asset) ?? 0),
    }))
  }

  const all = () =>
    [...accounts.entries()].flatMap(([key, a]) =>
      a.orders.map((order) => ({ key, order, sequence: sequenceOf.get(order)! })),
    )

  return { place, query, cancel, open, cancelAll, balances, all }
}
