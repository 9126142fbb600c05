/**
 * Signet core: the contracts every exchange package and the bot runtime build on.
 * @module
 */
export { budgetCharges, rateEndpointOf } from './budget/budgetCharges'
export {
  type ArrivalSpan,
  arrivalWindows,
  rejectionBackoffMs,
  reportedUsage,
  reportWindow,
  unreachedWindows,
} from './budget/budgetTiming'
export {
  type CreateMemoryBudgetOptions,
  createMemoryBudget,
  type MemoryBudget,
} from './budget/createMemoryBudget'
export { type ScaleRateLimitsOptions, scaleRateLimits } from './budget/scaleRateLimits'
export type {
  BudgetAnswer,
  BudgetCharge,
  BudgetRequest,
  BudgetReservation,
  BudgetScopes,
  RateBudget,
  ReserveOptions,
} from './budget/types'
export { checkServerTime } from './clock/checkServerTime'
export { checkTimestamp } from './clock/checkTimestamp'
export { type ChooseTimestampParameters, chooseTimestamp } from './clock/chooseTimestamp'
export { type CreateServerClockOptions, createServerClock } from './clock/createServerClock'
export { type LocalClockOptions, localClock } from './clock/localClock'
export { isPlausibleEpochMs, PLAUSIBLE_EPOCH_MS } from './clock/plausibleEpochMs'
export { type SigningTime, signingTime } from './clock/signingTime'
export type {
  Clock,
  ClockState,
  ClockStatus,
  PassiveSample,
  ServerTimeAnswer,
  Tolerance,
} from './clock/types'
export type {
  Emulation,
  EmulationAction,
  EmulationBalance,
  EmulationFailure,
  EmulationNewOrder,
  EmulationOrder,
  EmulationOrderRef,
  EmulationRequest,
  EmulationRoute,
} from './emulate/types'
export { isSignetError, SignetError, type SignetErrorParameters } from './errors/base'
export { ClockUncertainError } from './errors/clock'
export {
  ExchangeError,
  type ExchangeErrorParameters,
  type ExchangeErrorResponse,
  InvalidApiKeyError,
  InvalidNonceError,
  InvalidSignatureError,
  IpNotAllowedError,
  isExchangeError,
  PassphraseError,
  PermissionError,
  RateLimitError,
  TimestampOutOfWindowError,
} from './errors/exchange'
export { CredentialFormatError, InvalidParameterError } from './errors/input'
export type {
  AnySignetError,
  ExchangeErrorKind,
  SignetErrorByKind,
  SignetErrorKind,
  SignetErrorOfKind,
} from './errors/kinds'
export { NetworkError } from './errors/network'
export { UnsupportedError } from './errors/unsupported'
export {
  type DefinedExchange,
  defineExchange,
  type EnvironmentOf,
  type ProductOf,
  type SignerOf,
} from './exchange/defineExchange'
export type {
  ClassifiedError,
  Credentials,
  ErrorKind,
  ExchangeDefinition,
  ExchangeDiagnosis,
  ExchangeExamples,
  ExchangeResponse,
  ExchangeVerification,
  ProductDefinition,
  SignatureVariant,
  SignatureVariantsInput,
  TestKey,
  Verifier,
  VerifierKey,
  VerifierOptions,
  VerifyResult,
  WireResponse,
} from './exchange/types'
export { type CreateNonceSourceOptions, createNonceSource } from './freshness/createNonceSource'
export { type TimestampWindow, timestampWindow } from './freshness/timestampWindow'
export type {
  Freshness,
  NonceFreshness,
  NonceOrder,
  NonceSource,
  NonceStore,
  TimestampFreshness,
  TokenFreshness,
} from './freshness/types'
export { type ParseHmacSecretOptions, parseHmacSecret } from './keys/parseHmacSecret'
export {
  type AsymmetricKeyType,
  type ParsePrivateKeyOptions,
  type PrivateKeyInfo,
  parsePrivateKey,
} from './keys/parsePrivateKey'
export { createSecret, isSecret, revealSecret, type Secret } from './keys/secret'
export type { DescribeIntent, IntentDescription } from './policy/types'
export type {
  RateBan,
  RateBucket,
  RateEndpoint,
  RateHeaders,
  RateLimits,
  RateRejection,
  RateScope,
  RateWindow,
} from './rate/types'
export { type CreateRedactorOptions, createRedactor, type Redactor } from './redact/createRedactor'
export {
  isSensitiveName,
  REDACTED,
  redactBody,
  redactForm,
  redactHeaders,
  redactJson,
  redactUrl,
  scrub,
} from './redact/redact'
export { redactCause } from './redact/redactCause'
export { redactData } from './redact/redactData'
export { redactText } from './redact/redactText'
export type {
  HttpMethod,
  JsonBody,
  JsonValue,
  Params,
  ParamValue,
  RawRequest,
  RequestIntent,
  SecurityLevel,
  SignedRequest,
} from './request/types'
export { syncSignOf } from './signer/asyncSign'
export { type CustomSigner, toSigner } from './signer/toSigner'
export type { KeyType, LocalSigner, Signer, SignOptions, WebSocketAuthOptions } from './signer/types'
