import { runSignerConformance } from '@signet/core/testing'
import { __name__Examples } from '../src/emulate/index'
import { __name__ } from '../src/index'
import { __name__Verification } from '../src/verify/index'
import { vectors } from './vectors'

// A made-up key in the exchange's format; never a real one.
const credentials = { apiKey: 'conformance-key', secret: 'conformance-secret-1234' }

// Without `intents`, the kit signs the examples, one with awkward characters (space, + & = % / : @ , ? # ' ~ *,
// unicode) added: conformanceIntents(__name__, __name__Examples).
runSignerConformance({
  exchange: __name__,
  verification: __name__Verification,
  examples: __name__Examples,
  credentials,
  verifierKey: credentials,
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
