/**
 * The exchange-authoring kit: helpers that exchange packages share (decoded queries, signature variants, verifier
 * keys and answers), so a package holds only its exchange's rules. Bots never need this entry.
 * @module
 */
export { noWebSocketAuth } from '../signer/noWebSocketAuth'
export { canTrade } from './canTrade'
export { checkPassphrases, type PassphraseUse } from './checkPassphrases'
export { decodeQuery } from './decodeQuery'
export {
  type DescribeRules,
  describeWithRules,
  type FieldPlace,
  type IntentFields,
} from './describeWithRules'
export { type EncodedQuery, encodedQuery } from './encodedQuery'
export { endpointWeights } from './endpointWeights'
export { type HmacKeyEntry, hmacKeyRing } from './hmacKeyRing'
export { type HmacSigningKey, type HmacSigningKeyOptions, hmacSigningKey } from './hmacSigningKey'
export { type HmacVariantCandidate, type HmacVariantsOptions, hmacVariants } from './hmacVariants'
export {
  type GenericError,
  type JsonAnswers,
  type JsonAnswersOptions,
  jsonAnswers,
  type Rejection,
} from './jsonAnswers'
export { type JsonRequestParts, jsonRequestParts } from './jsonRequestParts'
export { type JsonVerifierOptions, jsonVerifier } from './jsonVerifier'
export { keyEnvironmentOf } from './keyEnvironmentOf'
export { type OrderFields, orderFrom } from './orderFrom'
export { pythonJson } from './pythonJson'
export { type QueryForms, queryForms } from './queryForms'
export { type Answer, readAnswer } from './readAnswer'
export { type ReadServerTimeOptions, readServerTime } from './readServerTime'
export { type ReceivedRequest, receiveRequest } from './receiveRequest'
export { refuseWindowMs } from './refuseWindowMs'
export { revealCredential } from './revealCredential'
export { secretWithNewline } from './secretWithNewline'
export { serverTimeRoute } from './serverTimeRoute'
export { sortedKeys } from './sortedKeys'
export { type SymbolRule, symbolAssets } from './symbolAssets'
export { testKeyFor } from './testKeyFor'
export { type VariantInputs, variantInputs } from './variantInputs'
