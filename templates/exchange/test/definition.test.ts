import { runDefinitionSuite } from '@signet/core/testing'
import { __name__Emulation } from '../src/emulate/index'

// The examples sign and verify, the client id travels in `clientOrderIdParam`, parseServerTime reads the answers
// and refuses others, and the definition's facts match test/__snapshots__ (compare them with docs/spec/__name__.md).
runDefinitionSuite(__name__Emulation, {
  // TODO(new-exchange): server-time answers from the docs, each with the epoch ms it carries.
  serverTimeAnswers: [],
  // TODO(new-exchange): answers that are not a server time (an error answer), and what parseServerTime then says.
  notServerTime: [{ TODO: 'an error answer of the exchange' }],
  error: /TODO\(new-exchange\)/,
})
