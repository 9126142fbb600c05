/**
 * The conformance kit every exchange package runs: `runSignerConformance`, plus helpers for tests.
 * @module
 */
export {
  runSignerConformance,
  type SignerConformanceOptions,
  type SignerVector,
} from './runSignerConformance'
export { tamperAt } from './tamper'
