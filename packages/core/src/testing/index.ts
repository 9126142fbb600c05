/**
 * The conformance kit every exchange package runs: `runSignerConformance`, plus helpers for tests.
 * @module
 */

export { type AwkwardParamsOptions, awkwardParams, awkwardValue } from './awkwardParams'
export { type CcxtLike, ccxtOracle } from './ccxtOracle'
export { type CheckSignatureVariantsOptions, checkSignatureVariants } from './checkSignatureVariants'
export { AWKWARD_VALUE, conformanceIntents } from './conformanceIntents'
export { definitionFacts } from './definitionFacts'
export { describeResult } from './describeResult'
export { errorForAnswer } from './errorForAnswer'
export { exchangeResponse } from './exchangeResponse'
export { type ExpectFieldErrorsOptions, expectFieldErrors } from './expectFieldErrors'
export { expectVector } from './expectVector'
export { type DefinitionSuiteOptions, runDefinitionSuite } from './runDefinitionSuite'
export {
  runSignatureVariantsSuite,
  type SignatureVariantsSuiteOptions,
  type VariantByHandInput,
} from './runSignatureVariantsSuite'
export {
  runSignerConformance,
  type SignerConformanceOptions,
  type SignerVector,
} from './runSignerConformance'
export { runSignerSuite, type SignerSuiteOptions } from './runSignerSuite'
export { runVerifierSuite, type VerifierSuiteOptions } from './runVerifierSuite'
export { tamperAt } from './tamper'
export { thrown } from './thrown'
export { timeRatio } from './timeRatio'
export { toRawRequest } from './toRawRequest'
export {
  type VerifierFixture,
  type VerifierFixtureOptions,
  verifierFixture,
} from './verifierFixture'
