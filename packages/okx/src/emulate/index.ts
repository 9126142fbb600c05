/**
 * @signet/okx/emulate: how `@signet/emulator` plays OKX V5 (routes, answers, rate limits).
 * @module
 */
export { okxEmulation } from './okxEmulation'
export { okxExamples } from './okxExamples'
