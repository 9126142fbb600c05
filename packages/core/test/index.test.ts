import { expect, it } from 'vitest'

it('default: the entry point surface is locked', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "ClockUncertainError",
      "CredentialFormatError",
      "ExchangeError",
      "InvalidApiKeyError",
      "InvalidNonceError",
      "InvalidParameterError",
      "InvalidSignatureError",
      "IpNotAllowedError",
      "MAX_BODY_CHARS",
      "NetworkError",
      "PLAUSIBLE_EPOCH_MS",
      "PassphraseError",
      "PermissionError",
      "REDACTED",
      "RateLimitError",
      "SignetError",
      "TimestampOutOfWindowError",
      "arrivalWindows",
      "budgetCharges",
      "checkIntent",
      "checkServerTime",
      "checkSignOptions",
      "checkTimestamp",
      "chooseTimestamp",
      "createHmacKey",
      "createMemoryBudget",
      "createNonceSource",
      "createRedactor",
      "createSecret",
      "createServerClock",
      "decodeForm",
      "describeType",
      "encodeComponent",
      "formatScalar",
      "hasDotSegment",
      "hash",
      "hashBytes",
      "hmac",
      "isPlausibleEpochMs",
      "isSecret",
      "isSensitiveName",
      "isSignetError",
      "joinParams",
      "localClock",
      "normalizeParams",
      "notJsonAnswer",
      "parseHmacSecret",
      "parseJsonObject",
      "parsePrivateKey",
      "parseRawRequest",
      "percentEncode",
      "rateEndpointOf",
      "redactBody",
      "redactCause",
      "redactForm",
      "redactHeaders",
      "redactJson",
      "redactText",
      "redactUrl",
      "rejectionBackoffMs",
      "reportedUsage",
      "requestParams",
      "retryAfterMs",
      "revealSecret",
      "safeEqual",
      "scaleRateLimits",
      "scrub",
      "serializeJsonBody",
      "servesPath",
      "signAsymmetric",
      "signingTime",
      "summarizeBody",
      "timestampWindow",
      "toExchangeError",
      "toPublicKey",
      "toSigner",
      "verifyAsymmetric",
    ]
  `)
})

it('default: the testing entry point surface is locked', async () => {
  expect(Object.keys(await import('../src/testing/index')).sort()).toMatchInlineSnapshot(`
    [
      "runSignerConformance",
      "tamperAt",
    ]
  `)
})

it('default: the node entry point surface is locked', async () => {
  expect(Object.keys(await import('../src/node/index')).sort()).toMatchInlineSnapshot(`
    [
      "createFileNonceStore",
    ]
  `)
})
