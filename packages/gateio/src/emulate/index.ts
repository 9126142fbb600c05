/**
 * @signet/gateio/emulate: how `@signet/emulator` plays Gate.io APIv4 spot (routes, answers, rate limits).
 * @module
 */
export { gateioEmulation } from './gateioEmulation'
export { gateioExamples } from './gateioExamples'
