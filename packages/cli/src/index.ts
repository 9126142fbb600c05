/**
 * @signet/cli: the `signet` command (doctor, explain, sign, emulate, demo) and the functions behind it.
 * @module
 */

export {
  type ExplainResult,
  type ExplainSignatureOptions,
  type ExplainVariant,
  explainSignature,
} from '@signet/emulator'
export { exchanges } from '@signet/exchanges'
export type { CredentialInput, CredentialLookup } from './credentials'
export { credentialsFromEnv, credentialsFromFile } from './credentials'
export { runCli } from './runCli'
export { type CallReport, type DoctorReport, type RunDoctorOptions, runDoctor } from './runDoctor'
export type { CliIo, CliOutput, RunCliOptions } from './types'
