import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// Test fixtures: one trading key and one read-only key per exchange, with emulator-only credentials.

import { coinbaseVerification } from '@signet/coinbase/verify'
import type { Credentials, RequestIntent, TestKey, VerifierKey } from '@signet/core'
import { hyperliquidVerification } from '@signet/hyperliquid/verify'
import { krakenVerification } from '@signet/kraken/verify'
import type { KeyStore } from '../src/keyStore'
import type { Policy } from '../src/policy'
import { startAgent } from '../src/startAgent'

type Base = {
  symbol: string
  /** Where the order's fields are; a dotted name reaches into a nested object or array (`action.orders.0.s`). */
  fields: { symbol: string; quantity: string; price: string }
  /** Places the exchange reads the order's fields from. @default the place the order uses */
  places?: readonly ('params' | 'form' | 'body')[]
  /** The symbol is typed (Hyperliquid's asset index is a number): text in its place is refused as a malformed intent. */
  typedSymbol?: boolean
  order: RequestIntent
  cancel: RequestIntent
  read: RequestIntent
}

/** A limit order of 0.01 at 50000 (notional 500), a cancel and a read per exchange. */
export const BASE: Record<string, Base> = {
  binance: {
    symbol: 'BTCUSDT',
    fields: { symbol: 'symbol', quantity: 'quantity', price: 'price' },
    // docs/spec/binance.md §2: the query and a form body.
    places: ['params', 'form'],
    order: {
      method: 'POST',
      path: '/api/v3/order',
      params: {
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '0.01',
        price: '50000',
      },
      security: 'signed',
    },
    cancel: {
      method: 'DELETE',
      path: '/api/v3/order',
      params: { symbol: 'BTCUSDT', orderId: 1 },
      security: 'signed',
    },
    read: { method: 'GET', path: '/api/v3/account', params: { omitZeroBalances: true }, security: 'signed' },
  },
  bybit: {
    symbol: 'BTCUSDT',
    fields: { symbol: 'symbol', quantity: 'qty', price: 'price' },
    order: {
      method: 'POST',
      path: '/v5/order/create',
      body: {
        category: 'spot',
        symbol: 'BTCUSDT',
        side: 'Buy',
        orderType: 'Limit',
        qty: '0.01',
        price: '50000',
      },
      security: 'signed',
    },
    cancel: {
      method: 'POST',
      path: '/v5/order/cancel',
      body: { category: 'spot', symbol: 'BTCUSDT', orderId: '1' },
      security: 'signed',
    },
    read: {
      method: 'GET',
      path: '/v5/account/wallet-balance',
      params: { accountType: 'UNIFIED' },
      security: 'signed',
    },
  },
  okx: {
    symbol: 'BTC-USDT',
    fields: { symbol: 'instId', quantity: 'sz', price: 'px' },
    order: {
      method: 'POST',
      path: '/api/v5/trade/order',
      body: { instId: 'BTC-USDT', tdMode: 'cash', side: 'buy', ordType: 'limit', sz: '0.01', px: '50000' },
      security: 'signed',
    },
    cancel: {
      method: 'POST',
      path: '/api/v5/trade/cancel-order',
      body: { instId: 'BTC-USDT', ordId: '1' },
      security: 'signed',
    },
    read: { method: 'GET', path: '/api/v5/account/balance', params: { ccy: 'USDT' }, security: 'signed' },
  },
  kucoin: {
    symbol: 'BTC-USDT',
    fields: { symbol: 'symbol', quantity: 'size', price: 'price' },
    order: {
      method: 'POST',
      path: '/api/v1/orders',
      body: { clientOid: 'a1', side: 'buy', symbol: 'BTC-USDT', type: 'limit', size: '0.01', price: '50000' },
      security: 'signed',
    },
    cancel: { method: 'DELETE', path: '/api/v1/orders/abc123', security: 'signed' },
    read: { method: 'GET', path: '/api/v1/accounts', params: { currency: 'USDT' }, security: 'signed' },
  },
  gateio: {
    symbol: 'BTC_USDT',
    fields: { symbol: 'currency_pair', quantity: 'amount', price: 'price' },
    order: {
      method: 'POST',
      path: '/api/v4/spot/orders',
      body: {
        currency_pair: 'BTC_USDT',
        side: 'buy',
        type: 'limit',
        account: 'spot',
        amount: '0.01',
        price: '50000',
      },
      security: 'signed',
    },
    cancel: {
      method: 'DELETE',
      path: '/api/v4/spot/orders/12345',
      params: { currency_pair: 'BTC_USDT' },
      security: 'signed',
    },
    read: { method: 'GET', path: '/api/v4/spot/accounts', params: { currency: 'USDT' }, security: 'signed' },
  },
  kraken: {
    symbol: 'XBTUSDT',
    fields: { symbol: 'pair', quantity: 'volume', price: 'price' },
    order: {
      method: 'POST',
      path: '/0/private/AddOrder',
      form: { pair: 'XBTUSDT', type: 'buy', ordertype: 'limit', volume: '0.01', price: '50000' },
      security: 'signed',
    },
    cancel: {
      method: 'POST',
      path: '/0/private/CancelOrder',
      form: { txid: 'OABCDE-12345-FGHIJK' },
      security: 'signed',
    },
    read: { method: 'POST', path: '/0/private/Balance', security: 'signed' },
  },
  coinbase: {
    symbol: 'BTC-USDT',
    fields: {
      symbol: 'product_id',
      quantity: 'order_configuration.limit_limit_gtc.base_size',
      price: 'order_configuration.limit_limit_gtc.limit_price',
    },
    order: {
      method: 'POST',
      path: '/api/v3/brokerage/orders',
      body: {
        client_order_id: 'a1',
        product_id: 'BTC-USDT',
        side: 'BUY',
        order_configuration: {
          limit_limit_gtc: { base_size: '0.01', limit_price: '50000', post_only: false },
        },
      },
      security: 'signed',
    },
    cancel: {
      method: 'POST',
      path: '/api/v3/brokerage/orders/batch_cancel',
      body: { order_ids: ['abc'] },
      security: 'signed',
    },
    read: { method: 'GET', path: '/api/v3/brokerage/accounts', params: { limit: 49 }, security: 'signed' },
  },
  hyperliquid: {
    // The asset index as Hyperliquid sees it, as text: 0 is the first perpetual (BTC).
    symbol: '0',
    fields: { symbol: 'action.orders.0.a', quantity: 'action.orders.0.s', price: 'action.orders.0.p' },
    typedSymbol: true,
    order: {
      method: 'POST',
      path: '/exchange',
      body: {
        action: {
          type: 'order',
          orders: [{ a: 0, b: true, p: '50000', s: '0.01', r: false, t: { limit: { tif: 'Gtc' } } }],
          grouping: 'na',
        },
      },
      security: 'signed',
    },
    cancel: {
      method: 'POST',
      path: '/exchange',
      body: { action: { type: 'cancel', cancels: [{ a: 0, o: 1 }] } },
      security: 'signed',
    },
    // Hyperliquid has no signed reads; noop changes nothing (docs/spec/hyperliquid.md §1).
    read: { method: 'POST', path: '/exchange', body: { action: { type: 'noop' } }, security: 'signed' },
  },
}

const action = (body: Record<string, unknown>): RequestIntent => ({
  method: 'POST',
  path: '/exchange',
  body: { action: body as never },
  security: 'signed',
})

/**
 * Withdrawal, transfer, sub-account and key-management endpoints, listed in the policy to prove the sensitive rule;
 * an intent where the path alone does not say it (Hyperliquid's actions all share `POST /exchange`).
 */
export const SENSITIVE: Record<string, (string | RequestIntent)[]> = {
  binance: [
    '/sapi/v1/capital/withdraw/apply',
    '/sapi/v1/asset/transfer',
    '/sapi/v1/sub-account/list',
    '/sapi/v1/account/apiRestrictions/ipRestriction',
  ],
  bybit: [
    '/v5/asset/withdraw/create',
    '/v5/asset/transfer/inter-transfer',
    '/v5/user/create-sub-member',
    '/v5/user/update-api',
  ],
  okx: [
    '/api/v5/asset/withdrawal',
    '/api/v5/asset/transfer',
    '/api/v5/users/subaccount/list',
    '/api/v5/users/subaccount/apikey',
  ],
  kucoin: [
    '/api/v1/withdrawals',
    '/api/v2/accounts/inner-transfer',
    '/api/v2/sub/user/created',
    '/api/v1/sub/api-key',
  ],
  gateio: [
    '/api/v4/withdrawals',
    '/api/v4/wallet/transfers',
    '/api/v4/sub_accounts',
    '/api/v4/sub_accounts/1/keys',
  ],
  // Kraken API reference: Funding (Withdraw, WalletTransfer) and Subaccounts; Kraken's REST has no API-key calls.
  kraken: [
    '/0/private/Withdraw',
    '/0/private/WalletTransfer',
    '/0/private/CreateSubaccount',
    '/0/private/AccountTransfer',
  ],
  // docs/spec/coinbase.md §13: portfolio moves and management, Coinbase App sends and withdrawals.
  coinbase: [
    '/api/v3/brokerage/portfolios/move_funds',
    '/api/v3/brokerage/portfolios',
    '/v2/accounts/8bfc20d7/transactions',
    '/v2/accounts/8bfc20d7/withdrawals',
  ],
  // docs/spec/hyperliquid.md §12: user-signed transfers and approvals, sub-accounts and vaults.
  hyperliquid: [
    action({ type: 'usdSend', destination: '0x0000000000000000000000000000000000000001', amount: '1' }),
    action({
      type: 'spotSend',
      destination: '0x0000000000000000000000000000000000000001',
      token: 'USDC',
      amount: '1',
    }),
    action({ type: 'withdraw3', destination: '0x0000000000000000000000000000000000000001', amount: '1' }),
    action({ type: 'usdClassTransfer', amount: '1', toPerp: true }),
    action({ type: 'approveAgent', agentAddress: '0x0000000000000000000000000000000000000001' }),
    action({
      type: 'approveBuilderFee',
      maxFeeRate: '0.1%',
      builder: '0x0000000000000000000000000000000000000001',
    }),
    action({ type: 'createSubAccount', name: 'x' }),
    action({
      type: 'subAccountTransfer',
      subAccountUser: '0x0000000000000000000000000000000000000001',
      isDeposit: true,
      usd: 1,
    }),
    action({
      type: 'vaultTransfer',
      vaultAddress: '0x0000000000000000000000000000000000000001',
      isDeposit: true,
      usd: 1,
    }),
  ],
}

const endpointsOf = (id: string) => {
  const b = BASE[id]!
  const cancel = b.cancel.path.replace(/\/[0-9a-z]*\d[0-9a-z]*$/, '/*')
  return [
    `${b.order.method} ${b.order.path}`,
    `${b.cancel.method} ${cancel}`,
    `${b.read.method} ${b.read.path}`,
    ...SENSITIVE[id]!.flatMap((p) => (typeof p === 'string' ? [`GET ${p}`, `POST ${p}`] : [])),
  ]
}

/** The test policy (JSON text, as a file would hold it): caps 0.1 base and 1000 quote per order. */
export const testPolicyText = `{
  "version": 1,
  "tokens": [],
  "keys": {
${Object.keys(BASE)
  .flatMap((id) => [
    `    "${id}-trade": ${JSON.stringify({ exchange: id, endpoints: endpointsOf(id), symbols: [BASE[id]!.symbol], maxQuantity: '0.1', maxNotional: '1000', ordersPerMinute: 600 })}`,
    `    "${id}-read": ${JSON.stringify({ exchange: id, readOnly: true, endpoints: endpointsOf(id) })}`,
  ])
  .join(',\n')}
  }
}`

const secret = (id: string) => `${id.toUpperCase()}-agent-test-secret-0123456789abcdef`.slice(0, 32)

// Exchanges whose secrets have a form of their own (base64, private keys): each verification's own test key, made once.
const generated: Record<string, TestKey> = {
  kraken: krakenVerification.testKey!(),
  coinbase: coinbaseVerification.testKey!(),
  hyperliquid: hyperliquidVerification.testKey!(),
}

/** What the emulator's verifier knows of a key id's credentials. */
export function verifierKeyFor(keyId: string): VerifierKey {
  const exchange = keyId.replace(/-(trade|read)$/, '')
  return generated[exchange]?.verifierKey ?? (credentialsFor(keyId) as VerifierKey)
}

/** Emulator-only credentials per key id (what the agent holds; a bot never does). */
export function credentialsFor(keyId: string): Credentials {
  const exchange = keyId.replace(/-(trade|read)$/, '')
  if (generated[exchange]) return generated[exchange].credentials
  const passphrase = exchange === 'okx' || exchange === 'kucoin' ? 'Agent-Pass-42' : undefined
  return { apiKey: `${exchange}-agent-key`, secret: secret(exchange), passphrase }
}

/** A key store over `credentialsFor`. */
export const agentTestKeys: KeyStore = { get: async (keyId) => credentialsFor(keyId) }

/** An agent for a test: the policy, the test key store, its socket and audit log in a fresh private directory. */
export async function startTestAgent(policy: Policy, prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const audit: { allow: boolean; rule: string; path: string }[] = []
  const agent = await startAgent({
    policy,
    keys: agentTestKeys,
    socketPath: join(dir, 'agent.sock'),
    auditFile: join(dir, 'audit.jsonl'),
    audit: (line) => audit.push(line),
  })
  const stop = async () => {
    await agent.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  return { agent, dir, audit, stop }
}
