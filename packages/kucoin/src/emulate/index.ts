/**
 * @signet/kucoin/emulate: how `@signet/emulator` plays KuCoin spot (routes, answers, rate limits).
 * @module
 */
export { kucoinEmulation } from './kucoinEmulation'
export { kucoinExamples } from './kucoinExamples'
