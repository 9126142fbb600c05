import { runDefinitionSuite } from '@signet/core/testing'
import { kucoinEmulation } from '../src/emulate/index'

// spec kucoin.md: GET /api/v1/timestamp answers {"code":"200000","msg":"success","data":<epoch ms>}.
runDefinitionSuite(kucoinEmulation, {
  serverTimeAnswers: [
    [{ code: '200000', msg: 'success', data: 1546837113087 }, 1546837113087],
    [{ code: '200000', data: 1637385119302 }, 1637385119302],
  ],
  notServerTime: [{ code: '500000' }, '<html>'],
  error: /"data":<epoch ms>/,
})
