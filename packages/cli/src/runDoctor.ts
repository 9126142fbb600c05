import { createClient } from '@signet/client'
import type { Emulation, ExchangeDefinition, Signer } from '@signet/core'
import {
  type CredentialsReport,
  checkCredentials,
  repairCredentials,
  secretValues,
  toCredentials,
} from './_checkCredentials'
import { issueEmulatorKey, timestampErrorCode } from './_emulatorKeys'
import { describeError, type ReportedError } from './_format'
import { type ClockReport, measureClock } from './_measureClock'
import type { CredentialLookup } from './credentials'

/** Options of `runDoctor`. */
export type RunDoctorOptions = {
  /**
   * The exchange with its capabilities (`@signet/<exchange>/emulate`): the definition to call it, its example account
   * read, and its verifier to learn which code it answers a stale timestamp with.
   */
  exchange: Emulation
  /** Product whose time endpoint and hosts are used. @default exchange.defaultProduct */
  product?: string | undefined
  /** Host entry of the product (`live`, `testnet`, `demo`, ...). @default 'live' */
  environment?: string | undefined
  /** Base URL overriding the product's host (a proxy, the emulator). */
  baseUrl?: string | undefined
  /** Timed round trips to the time endpoint, after one untimed. @default 5 */
  samples?: number | undefined
  /** Credentials to check, as read from the environment or a file; none skips the credential checks. */
  credentials?: CredentialLookup | undefined
  /** fetch implementation. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch | undefined
  /** Timeout of each HTTP request, in ms. @default 10000 */
  timeoutMs?: number | undefined
  /** Called after each clock sample (progress). */
  onSample?: ((done: number, total: number) => void) | undefined
}

/** The signed read-only call part of a doctor report. */
export type CallReport = {
  status: 'ok' | 'fail' | 'skip'
  /** `GET /api/v3/account` */
  request: string
  message: string
  /** Timestamp rejections healed by one resync and retry on the way. */
  timestampRetries: number
  error?: ReportedError | undefined
  /** True when the call succeeded once hidden whitespace or quotes were removed from the credentials. */
  repairedCredentialsWork?: boolean | undefined
}

/** Everything `signet doctor` found for one exchange; contains no secret, passphrase or signature. */
export type DoctorReport = {
  exchange: string
  name: string
  product: string
  environment: string
  baseUrl: string
  /** False when any check failed. */
  ok: boolean
  clock: ClockReport
  credentials: CredentialsReport
  call: CallReport
}

/**
 * Diagnoses one exchange: measures the clock offset and its bound against the time endpoint and judges it against
 * the exchange's window, checks the credentials for hidden damage and the wrong key type, and makes one signed
 * read-only call, reporting the exact cause of any failure.
 *
 * @example
 * const report = await runDoctor({ exchange: binanceEmulation, credentials: credentialsFromEnv('binance', process.env, read) })
 * if (!report.ok) process.exitCode = 1
 */
export async function runDoctor(options: RunDoctorOptions): Promise<DoctorReport> {
  const { samples = 5, timeoutMs = 10_000 } = options
  const capabilities = options.exchange
  const exchange = capabilities.definition
  const product = options.product ?? exchange.defaultProduct
  const environment = options.environment ?? 'live'
  const common = {
    exchange,
    product,
    environment,
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs,
  }
  // Throws InvalidParameterError for an unknown product or environment before anything is sent.
  const publicClient = createClient(common)
  const probe = await issueEmulatorKey(capabilities, 'hmac')
  const code = probe ? await timestampErrorCode(capabilities, probe) : undefined
  const { report: clock, clock: serverClock } = await measureClock({
    exchange,
    fetchServerTime: publicClient.fetchServerTime,
    samples: Math.max(1, Math.min(50, Math.floor(samples))),
    timestampErrorCode: code,
    onSample: options.onSample,
    timeoutMs,
    resolutionMs: exchange.products[product]?.serverTimeResolutionMs,
  })

  const lookup = options.credentials ?? { input: {}, source: 'none', origin: {}, problems: [] }
  const { report: credentials, signer } = checkCredentials(exchange, lookup)
  const intent = capabilities.examples.account
  const request = `${intent.method} ${intent.path}`
  const secrets = secretValues(lookup.input)

  const call = async (withSigner: Signer): Promise<CallReport> => {
    let timestampRetries = 0
    try {
      // Inside the try: a key of another environment than the hosts' is refused here, and reported as the call.
      const client = createClient({
        ...common,
        signer: withSigner,
        clock: serverClock,
        hooks: { onRetry: (event) => void (event.reason === 'timestamp' && timestampRetries++) },
      })
      await client.request(intent)
      const healed = timestampRetries > 0 ? ' after one timestamp rejection, resync and retry' : ''
      return { status: 'ok', request, message: `${request} accepted${healed}`, timestampRetries }
    } catch (error) {
      const reported = describeError(error, secrets, timeoutMs)
      return { status: 'fail', request, message: reported.message, timestampRetries, error: reported }
    }
  }

  let callReport: CallReport
  if (clock.status === 'fail') {
    callReport = {
      status: 'skip',
      request,
      message: 'skipped: the time endpoint did not answer',
      timestampRetries: 0,
    }
  } else if (signer) {
    callReport = await call(signer)
  } else if (credentials.status === 'skip') {
    callReport = { status: 'skip', request, message: 'skipped: no credentials', timestampRetries: 0 }
  } else {
    callReport = await repairedCall(exchange, lookup, request, call)
  }

  return {
    exchange: exchange.id,
    name: exchange.name,
    product,
    environment,
    baseUrl: publicClient.baseUrl,
    ok: clock.status !== 'fail' && credentials.status !== 'fail' && callReport.status !== 'fail',
    clock,
    credentials,
    call: callReport,
  }
}

/**
 * The credentials are damaged: try once with the damage undone, so the report can say whether the key itself
 * is right (then only the way it is loaded needs fixing).
 */
async function repairedCall(
  exchange: ExchangeDefinition,
  lookup: CredentialLookup,
  request: string,
  call: (signer: Signer) => Promise<CallReport>,
): Promise<CallReport> {
  const skipped: CallReport = {
    status: 'fail',
    request,
    message: 'not attempted: the credentials cannot sign',
    timestampRetries: 0,
  }
  const repaired = lookup.problems.length === 0 ? repairCredentials(lookup.input) : undefined
  if (!repaired) return skipped
  let signer: Signer
  try {
    signer = exchange.createSigner(toCredentials(repaired))
  } catch {
    return skipped
  }
  const result = await call(signer)
  if (result.status !== 'ok') {
    return { ...result, message: `with whitespace and quotes removed, still rejected: ${result.message}` }
  }
  return {
    ...result,
    status: 'fail',
    repairedCredentialsWork: true,
    message: `${request} succeeds once the hidden whitespace or quotes are removed: the key is right, fix how it is loaded`,
  }
}
