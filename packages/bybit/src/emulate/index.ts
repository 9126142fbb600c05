/**
 * @signet/bybit/emulate: how `@signet/emulator` plays Bybit V5 (routes, answers, rate limits).
 * @module
 */
export { bybitEmulation } from './bybitEmulation'
export { bybitExamples } from './bybitExamples'
