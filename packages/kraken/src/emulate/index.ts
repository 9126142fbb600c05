/**
 * @signet/kraken/emulate: how `@signet/emulator` plays Kraken Spot REST (routes, answers, rate limits).
 * @module
 */
export { krakenEmulation } from './krakenEmulation'
export { krakenExamples } from './krakenExamples'
