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
      "NetworkError",
      "PLAUSIBLE_EPOCH_MS",
      "PassphraseError",
      "PermissionError",
      "REDACTED",
      "RateLimitError",
      "SignetError",
      "TimestampOutOfWindowError",
      "UnsupportedError",
      "arrivalWindows",
      "budgetCharges",
      "checkServerTime",
      "checkTimestamp",
      "chooseTimestamp",
      "createMemoryBudget",
      "createNonceSource",
      "createRedactor",
      "createSecret",
      "createServerClock",
      "defineExchange",
      "isExchangeError",
      "isPlausibleEpochMs",
      "isSecret",
      "isSensitiveName",
      "isSignetError",
      "localClock",
      "parseHmacSecret",
      "parsePrivateKey",
      "rateEndpointOf",
      "redactBody",
      "redactCause",
      "redactData",
      "redactForm",
      "redactHeaders",
      "redactJson",
      "redactText",
      "redactUrl",
      "rejectionBackoffMs",
      "reportWindow",
      "reportedUsage",
      "revealSecret",
      "scaleRateLimits",
      "scrub",
      "signingTime",
      "syncSignOf",
      "timestampWindow",
      "toSigner",
      "unreachedWindows",
    ]
  `)
})

it('default: the testing entry point surface is locked', async () => {
  expect(Object.keys(await import('../src/testing/index')).sort()).toMatchInlineSnapshot(`
    [
      "AWKWARD_VALUE",
      "awkwardParams",
      "awkwardValue",
      "ccxtOracle",
      "checkSignatureVariants",
      "conformanceIntents",
      "definitionFacts",
      "describeResult",
      "errorForAnswer",
      "exchangeResponse",
      "expectFieldErrors",
      "expectVector",
      "runDefinitionSuite",
      "runSignatureVariantsSuite",
      "runSignerConformance",
      "runSignerSuite",
      "runVerifierSuite",
      "tamperAt",
      "thrown",
      "timeRatio",
      "toRawRequest",
      "verifierFixture",
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
