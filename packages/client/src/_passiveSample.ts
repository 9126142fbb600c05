import type { ClassifiedError, Clock, ExchangeDefinition } from '@signet/core'
import { sampleTimes } from '@signet/core/kit'
import type { Answer } from './_answer'
import { timingOf } from './_wire'

/** Observes the server time an answer carries, if any, on the clock. @internal */
export type PassiveSample = (
  answer: Answer,
  classified: ClassifiedError | undefined,
  response: Response,
  sentAt: number,
  receivedAt: number,
) => void

/**
 * The clock stage after an answer: a time an error reveals is always observed; otherwise the exchange's time reader
 * runs at most once every `intervalMs` (from the last answer read, whether it carried a time or not), because the
 * clock keeps only the narrowest few samples and reading one parses the body. The transport's own send and receive
 * times narrow the sample inside the client's, as for a time request. @internal
 */
export function createPassiveSample(
  exchange: ExchangeDefinition,
  clock: Clock,
  intervalMs: number,
): PassiveSample {
  let lastAt = Number.NEGATIVE_INFINITY
  return (answer, classified, response, sentAt, receivedAt) => {
    let serverTime = classified?.serverTime
    if (serverTime === undefined && receivedAt - lastAt >= intervalMs) {
      lastAt = receivedAt
      serverTime = exchange.serverTimeFromResponse?.(answer)
    }
    if (serverTime !== undefined)
      clock.observe(sampleTimes({ serverTime, ...timingOf(response) }, sentAt, receivedAt))
  }
}
