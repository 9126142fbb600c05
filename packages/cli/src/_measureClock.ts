import {
  type Clock,
  createServerClock,
  type ExchangeDefinition,
  type Tolerance,
  timestampWindow,
} from '@signet/core'
import { describeError, formatMs, type ReportedError } from './_format'

/** One round trip to the time endpoint. @internal */
export type ClockSample = {
  /** Round trip, in ms. */
  rttMs: number
  /** Server time minus the local midpoint of the round trip, in ms. */
  offsetMs: number
  /** Half the round trip plus the server's resolution: the bound on this sample's error, in ms. */
  halfWidthMs: number
}

/** What doctor learned about the clocks. @internal */
export type ClockReport = {
  status: 'ok' | 'warn' | 'fail'
  samples: ClockSample[]
  /** Estimated server time minus local time, in ms; positive when the local clock is behind. */
  offsetMs: number | undefined
  /** Bound on the error of `offsetMs`, in ms. */
  uncertaintyMs: number | undefined
  /** The exchange's window at its default `windowMs`. */
  tolerance: Tolerance
  windowMs: number | undefined
  /** How a request signed with the local clock fares. */
  localSigning: 'accepted' | 'rejected' | 'edge' | 'unknown'
  /** The exchange's timestamp error code, when known. */
  timestampErrorCode?: string | number | undefined
  message: string
  hint?: string | undefined
  error?: ReportedError | undefined
}

/** Options of `measureClock`. @internal */
export type MeasureClockOptions = {
  exchange: ExchangeDefinition
  fetchServerTime: () => Promise<number>
  samples: number
  timestampErrorCode?: string | number | undefined
  onSample?: ((done: number, total: number) => void) | undefined
  /** The per-request timeout the fetch uses, in ms, to name it when a request times out. */
  timeoutMs?: number | undefined
  /** Granularity of the server-time answer, in ms (1000 for Kraken's whole seconds). @default 1 */
  resolutionMs?: number | undefined
}

// Date.now() reads whole milliseconds, so the clock's local anchor may be up to 1 ms early; the offset bound
// is widened by that much so the true offset is always inside offset ± uncertainty.
const LOCAL_RESOLUTION_MS = 1

/**
 * Samples the exchange's time endpoint (after one untimed request) through core's server clock and judges the
 * local clock against the exchange's window: would a request signed with `Date.now()` be accepted? @internal
 */
export async function measureClock(
  options: MeasureClockOptions,
): Promise<{ report: ClockReport; clock: Clock }> {
  const { exchange, samples: count, timestampErrorCode, onSample, resolutionMs = 1 } = options
  const window = timestampWindow(exchange.freshness)
  const windowMs = window?.windowMs
  // An exchange without a timestamp window (a nonce kind) accepts any clock reading.
  const tolerance = window?.tolerance ?? {
    aheadMs: Number.POSITIVE_INFINITY,
    behindMs: Number.POSITIVE_INFINITY,
  }
  // Each row is on the clock's own local time (its `now()` before any sample), so rows and the estimate agree:
  // the clock reads the wall clock finer than Date.now()'s whole ms where it can.
  let anchorWall = Number.NaN
  let anchorMono = Number.NaN
  const local = (mono: number) => anchorWall + (mono - anchorMono)
  const samples: ClockSample[] = []
  const fetchServerTime = async () => {
    const sentAt = performance.now()
    const serverTime = await options.fetchServerTime()
    const receivedAt = performance.now()
    const rtt = receivedAt - sentAt
    // The server stamped [serverTime, serverTime + resolution) somewhere between our send and receive.
    samples.push({
      rttMs: rtt,
      offsetMs: serverTime + resolutionMs / 2 - (local(sentAt) + local(receivedAt)) / 2,
      halfWidthMs: rtt / 2 + resolutionMs / 2,
    })
    return serverTime
  }
  const clock = createServerClock({ fetchServerTime, maxSamples: Math.max(8, count), resolutionMs })
  anchorMono = performance.now()
  anchorWall = clock.now()
  const base = { samples, tolerance, windowMs, timestampErrorCode }
  try {
    // One request first, untimed: loading the HTTP layer and opening the connection (TCP, TLS) happen before it
    // leaves, so timed they would read as one-way latency and skew its row by half their length.
    await options.fetchServerTime()
    for (let i = 0; i < count; i++) {
      await clock.sync()
      onSample?.(i + 1, count)
    }
  } catch (error) {
    const reported = describeError(error, [], options.timeoutMs)
    return {
      clock,
      report: {
        ...base,
        status: 'fail',
        offsetMs: undefined,
        uncertaintyMs: undefined,
        localSigning: 'unknown',
        message: `could not read ${exchange.name}'s server time`,
        hint:
          (reported.cause ? reported.hint : undefined) ??
          'Check the base URL, product and environment, and that the host is reachable.',
        error: reported,
      },
    }
  }
  const status = clock.status()
  const offsetMs = status.offsetMs
  const uncertaintyMs = status.uncertaintyMs + LOCAL_RESOLUTION_MS
  return {
    clock,
    report: {
      ...base,
      offsetMs,
      uncertaintyMs,
      ...judge(exchange.name, offsetMs, uncertaintyMs, status.bestRttMs ?? 0, tolerance, timestampErrorCode),
    },
  }
}

function judge(
  name: string,
  offsetMs: number,
  uncertaintyMs: number,
  bestRttMs: number,
  tolerance: Tolerance,
  code: string | number | undefined,
): Pick<ClockReport, 'status' | 'localSigning' | 'message' | 'hint'> {
  const { aheadMs, behindMs } = tolerance
  // A request signed with the local clock arrives with timestamp - serverTime = -offset - one-way latency.
  const lead = -offsetMs - bestRttMs / 2
  const where = `local clock ${formatMs(Math.abs(offsetMs))} ${offsetMs <= 0 ? 'ahead of' : 'behind'} ${name}`
  const rejected = `will be rejected${code === undefined ? '' : ` (${code})`}`
  const corrected = "Signet's client corrects for it"
  const hint = 'Sync the system clock (NTP), or sign with a server clock as @signet/client does.'
  if (aheadMs === Number.POSITIVE_INFINITY && behindMs === Number.POSITIVE_INFINITY) {
    // A nonce exchange (Kraken): the clock only anchors nonces, so that a restart never goes below earlier ones.
    return {
      status: 'ok',
      localSigning: 'accepted',
      message: `${where}: ${name} checks a nonce per key, not a timestamp; Signet's client anchors nonces to ${name}'s time`,
      hint: undefined,
    }
  }
  if (!Number.isFinite(uncertaintyMs) || 2 * uncertaintyMs >= aheadMs + behindMs) {
    return {
      status: 'fail',
      localSigning: 'unknown',
      message: `offset uncertainty ±${formatMs(uncertaintyMs)} is too wide for ${name}'s window (${formatMs(aheadMs)} ahead, ${formatMs(behindMs)} behind): no timestamp is safe`,
      hint: 'Round trips to the time endpoint are too slow or too variable; check the network or use a closer host.',
    }
  }
  if (lead - uncertaintyMs >= aheadMs) {
    return {
      status: 'warn',
      localSigning: 'rejected',
      message: `${where}: requests signed with the local clock ${rejected} (${name} allows ${formatMs(aheadMs)} ahead); ${corrected}`,
      hint,
    }
  }
  if (lead + uncertaintyMs < -behindMs) {
    return {
      status: 'warn',
      localSigning: 'rejected',
      message: `${where}: requests signed with the local clock fall outside the ${formatMs(behindMs)} window and ${rejected}; ${corrected}`,
      hint,
    }
  }
  if (lead + uncertaintyMs >= aheadMs || lead - uncertaintyMs < -behindMs) {
    return {
      status: 'warn',
      localSigning: 'edge',
      message: `${where}: on the edge of ${name}'s window, so some requests signed with the local clock may be rejected; ${corrected}`,
      hint,
    }
  }
  return {
    status: 'ok',
    localSigning: 'accepted',
    message: `${where}: within ${name}'s window (${formatMs(aheadMs)} ahead, ${formatMs(behindMs)} behind allowed)`,
  }
}
