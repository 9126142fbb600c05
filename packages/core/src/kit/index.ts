/**
 * The exchange-authoring kit: helpers that exchange packages share (crypto, encoders, request parsing, answers,
 * decoded queries, signature variants, verifier keys), so a package holds only its exchange's rules. Bots never
 * import this entry themselves.
 * @module
 */

export { sampleTimes } from '../clock/sampleTimes'
export {
  createHmacKey,
  type DigestEncoding,
  type HmacAlgorithm,
  hash,
  hashBytes,
  hmac,
  safeEqual,
  signAsymmetric,
  toPublicKey,
  verifyAsymmetric,
} from '../crypto/sign'
export { joinParams, type ParamEncoder } from '../encoding/joinParams'
export { encodeComponent, percentEncode } from '../encoding/percentEncode'
export { answerJson, answerObject, parseJson } from '../exchange/answerJson'
export { MAX_BODY_CHARS } from '../exchange/maxBodyChars'
export { notJsonAnswer } from '../exchange/notJsonAnswer'
export { parseJsonObject } from '../exchange/parseJsonObject'
export { retryAfterMs } from '../exchange/retryAfterMs'
export { servesPath } from '../exchange/servesPath'
export { summarizeBody } from '../exchange/summarizeBody'
export { toExchangeError } from '../exchange/toExchangeError'
export { type CheckIntentOptions, checkIntent } from '../request/checkIntent'
export {
  describeReceived,
  describeRequestLine,
  describeType,
  formatScalar,
  type Scalar,
} from '../request/formatScalar'
export { hasDotSegment } from '../request/hasDotSegment'
export { normalizeParams, type ParamEntries } from '../request/normalizeParams'
export { decodeForm, type ParsedRawRequest, parseRawRequest } from '../request/parseRawRequest'
export { requestParams } from '../request/requestParams'
export { serializeJsonBody } from '../request/serializeJsonBody'
export { asyncSign } from '../signer/asyncSign'
export { checkSignOptions } from '../signer/checkSignOptions'
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
export { type EmulationFromExamplesOptions, emulationFromExamples } from './emulationFromExamples'
export { type EncodedQuery, encodedQuery } from './encodedQuery'
export { endpointWeights } from './endpointWeights'
export { type HmacKeyEntry, hmacKeyRing } from './hmacKeyRing'
export { type HmacSigningKey, type HmacSigningKeyOptions, hmacSigningKey } from './hmacSigningKey'
export { type HmacVariantCandidate, type HmacVariantsOptions, hmacVariants } from './hmacVariants'
export { jsonAnswer } from './jsonAnswer'
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
export { missingHeader } from './missingHeader'
export { type NewOrderFields, newOrderFrom } from './newOrderFrom'
export { type MarketQuantity, type OrderFields, orderFrom } from './orderFrom'
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
export type { VerifierRefusals } from './verifierRefusals'
