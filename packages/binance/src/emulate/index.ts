/**
 * @signet/binance/emulate: how `@signet/emulator` plays Binance spot (routes, answers, rate limits).
 * @module
 */
export { binanceEmulation } from './binanceEmulation'
export { binanceExamples } from './binanceExamples'
