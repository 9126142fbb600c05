import { runDefinitionSuite } from '@signet/core/testing'
import { acmeEmulation } from '../src/emulate/index'

// RULES.md: GET /api/v1/time answers {"code":"0","data":<ms>}.
runDefinitionSuite(acmeEmulation, {
  serverTimeAnswers: [[{ code: '0', data: 1_700_000_000_000 }, 1_700_000_000_000]],
  notServerTime: [{ code: '50000', msg: 'Internal error' }],
  error: /epoch-ms "data"/,
})
