/**
 * A loopback exchange emulator: serves exchange packages' emulations (order lifecycle, documented answers, rate
 * limits) behind their own verifiers on 127.0.0.1, with skew, latency, jitter, jumps and faults.
 * @module
 */
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
