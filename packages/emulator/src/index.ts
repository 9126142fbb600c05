/**
 * A loopback exchange emulator: serves any Signet verifier on 127.0.0.1 with skew, latency, jitter, jumps and faults.
 * @module
 */
export { startEmulator } from './startEmulator'
export type {
  EmulatedOrder,
  EmulatedRequest,
  Emulator,
  EmulatorSettings,
  Fault,
  Latency,
  StartEmulatorOptions,
} from './types'
