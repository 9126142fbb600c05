/**
 * @signet/hyperliquid/emulate: how `@signet/emulator` plays Hyperliquid (routes, answers, rate limits).
 * @module
 */
export { hyperliquidEmulation } from './hyperliquidEmulation'
export { hyperliquidExamples } from './hyperliquidExamples'
