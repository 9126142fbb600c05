/**
 * A loopback exchange emulator: serves exchange packages' emulations (order lifecycle, documented answers, rate
 * limits) behind their own verifiers on 127.0.0.1, with skew, latency, jitter, jumps and faults.
 * @module
 */
export { type DiffPart, diffChars, firstDifference } from './diffChars'
export {
  type ExplainResult,
  type ExplainSignatureOptions,
  type ExplainVariant,
  explainSignature,
} from './explainSignature'
export { startEmulator } from './startEmulator'
export type {
  EmulatedOrder,
  EmulatedRequest,
  Emulator,
  EmulatorSettings,
  Fault,
  FaultKind,
  Latency,
  StartEmulatorOptions,
} from './types'
export { visible } from './visible'
