import { runSignerSuite } from '@signet/core/testing'
import { __name__Emulation } from '../src/emulate/index'

// What every signer does (public intents unsigned, `now` used, damaged credentials and intents refused naming the
// field). TODO(new-exchange): add the credentials and intents __Name__ refuses besides those (`badCredentials`,
// `badIntents`), and an inline snapshot of a signed request's wire form with the documented rule by hand.
runSignerSuite(__name__Emulation)
