/**
 * @signet/coinbase/emulate: how `@signet/emulator` plays Coinbase Advanced Trade (routes, answers, rate limits).
 * @module
 */
export { coinbaseEmulation } from './coinbaseEmulation'
export { coinbaseExamples } from './coinbaseExamples'
