/**
 * The conformance kit every exchange package runs: `runSignerConformance`, plus helpers for tests.
 * @module
 */

export { type AwkwardParamsOptions, awkwardParams, awkwardValue } from './awkwardParams'
export { type CcxtLike, ccxtOracle } from './ccxtOracle'
export { type CheckSignatureVariantsOptions, checkSignatureVariants } from './checkSignatureVariants'
export { AWKWARD_VALUE, conformanceIntents } from './conformanceIntents'
export { describeResult } from './describeResult'
export { errorForAnswer } from './errorForAnswer'
export { exchangeResponse } from './exchangeResponse'
export { type ExpectFieldErrorsOptions, expectFieldErrors } from './expectFieldErrors'
export { expectVector } from './expectVector'
export {
  runSignerConformance,
  type SignerConformanceOptions,
  type SignerVector,
} from './runSignerConformance'
export { tamperAt } from './tamper'
export { thrown } from './thrown'
export { toRawRequest } from './toRawRequest'
