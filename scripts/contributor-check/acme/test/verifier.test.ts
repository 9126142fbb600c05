import { runVerifierSuite } from '@signet/core/testing'
import { acmeEmulation } from '../src/emulate/index'
import { acmeRefusals } from '../src/verify/index'

// The refusals every exchange has, each answered with its code (acmeRefusals, next to the verifier) and a kind
// Acme's classifier agrees with. Acme keys belong to no environment (RULES.md).
runVerifierSuite(acmeEmulation, { refusals: acmeRefusals })
