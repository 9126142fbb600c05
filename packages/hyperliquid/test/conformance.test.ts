import { runSignerConformance } from '@signet/core/testing'
import { hyperliquid } from '../src/index'
import { vectors } from './vectors'

// A made-up key in the exchange's format; never a real one.
const credentials = { apiKey: 'conformance-key', secret: 'conformance-secret-1234' }

runSignerConformance({
  exchange: hyperliquid,
  credentials,
  verifierKey: credentials,
  intents: [
    hyperliquid.examples.account,
    hyperliquid.examples.placeOrder('conformance-1'),
    hyperliquid.examples.cancelOrder('conformance-1'),
  ],
  vectors,
  expectedHeaders: () => {
    throw new Error(
      'TODO(new-exchange): list the headers a signed request carries, in test/conformance.test.ts',
    )
  },
  extractSignature: () => {
    throw new Error(
      'TODO(new-exchange): read the signature out of a signed request, in test/conformance.test.ts',
    )
  },
  secrets: [credentials.secret],
})
