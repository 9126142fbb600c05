import { runVerifierSuite } from '@signet/core/testing'
import { __name__Emulation } from '../src/emulate/index'
import { __name__Refusals } from '../src/verify/index'

// The refusals every exchange has, each answered with its code (__name__Refusals, next to the verifier) and a kind
// __Name__'s classifier agrees with. TODO(new-exchange): pass `otherEnvironment: 'testnet'` when keys belong to an
// environment, and add tests of what is __Name__'s own (its answers' shapes, an encoding rule the docs call out).
runVerifierSuite(__name__Emulation, { refusals: __name__Refusals })
