import type { Emulation } from '@signet/core'
import { emulationFromExamples } from '@signet/core/kit'
import { acme } from '../definition'
import { acmeDiagnosis } from '../diagnose/acmeDiagnosis'
import { acmeVerification } from '../verify/acmeVerification'
import { acmeExamples } from './acmeExamples'

/**
 * How the emulator plays Acme for `signet emulate`, `signet demo` and the client's tests: server time, the
 * account read, and orders placed, queried and cancelled where `acmeExamples` send them, answered in the
 * verifier's JSON envelope.
 *
 * @example
 * const emulator = await startEmulator({ exchanges: [acmeEmulation], keys: { acme: [{ apiKey, secret, passphrase }] } })
 */
export const acmeEmulation: Emulation = emulationFromExamples({
  definition: acme,
  verification: acmeVerification,
  diagnosis: acmeDiagnosis,
  examples: acmeExamples,
  // RULES.md "Orders": symbol, side (buy, sell), size, price; a price makes a limit order.
  order: { quantity: 'size' },
  // RULES.md "Orders": GET /api/v1/order?clientOid=...
  queryOrder: (clientOid) => ({
    method: 'GET',
    path: '/api/v1/order',
    params: { clientOid },
    security: 'signed',
  }),
  symbols: { separator: '-' }, // RULES.md "Orders": BTC-USDT
  answers: {
    // RULES.md "Orders": the account lists {currency, available, holds}; an order answers with its fields.
    balance: (b) => ({ currency: b.asset, available: b.free, holds: b.locked }),
    order: (o) => ({
      orderId: o.id,
      clientOid: o.clientOrderId,
      symbol: o.symbol,
      side: o.side,
      size: o.quantity,
      price: o.price,
      status: o.status,
    }),
  },
  error: (code, msg) => ({ code, msg }),
  failures: {
    'insufficient-balance': [400, '40012', 'Insufficient balance'],
    'bad-parameter': [400, '40013', 'Invalid parameter'],
  },
})
