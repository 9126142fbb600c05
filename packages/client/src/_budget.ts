import {
  type BudgetRequest,
  type BudgetReservation,
  type ClassifiedError,
  type Clock,
  createMemoryBudget,
  type ExchangeDefinition,
  type ExchangeResponse,
  type RateBudget,
  RateLimitError,
  type RequestIntent,
} from '@signet/core'
import { retryAfterMs } from '@signet/core/kit'
import { headersOf } from './_classify'
import type { Send } from './_send'

/** The budget stage's two steps around one attempt. @internal */
export type BudgetStage = {
  /** False when there is no budget: then the client skips the other steps (they would do nothing). */
  active: boolean
  /** Reserves the attempt's cost before it is signed, so a wait for room never makes its timestamp or nonce stale. */
  reserve(
    intent: RequestIntent,
    maxWaitMs: number | undefined,
    signal: AbortSignal | undefined,
  ): Promise<BudgetReservation | undefined>
  /**
   * The reservation to send under once signed: `reservation` while it still covers a send, else a new one if there
   * is room at once; undefined when there is none (wait and sign again). A slow signer or a stalled event loop
   * could otherwise send a request after the window it was reserved in.
   */
  renew(
    reservation: BudgetReservation | undefined,
    intent: RequestIntent,
    signal: AbortSignal | undefined,
  ): Promise<BudgetReservation | undefined>
  /** Reconciles with the answer: reported usage, and a fleet-wide back-off after a rate-limit rejection. */
  settle(
    reservation: BudgetReservation | undefined,
    wire: ExchangeResponse,
    classified: ClassifiedError | undefined,
  ): Promise<void>
  /** `send` for requests outside `request()` (the server-time request), reserved and settled the same way. */
  wrap(send: Send): Send
}

/**
 * The budget stage: `budget` when given, none when `false`, and otherwise an in-process budget on the exchange's
 * `rateLimits` with windows on the client's server clock, widened by its uncertainty; exchanges without limits data are not budgeted.
 * @internal
 */
export function createBudgetStage(
  exchange: ExchangeDefinition,
  clock: () => Clock,
  budget: RateBudget | false | undefined,
): BudgetStage {
  const now = () => clock().now()
  const chosen =
    budget === false
      ? undefined
      : (budget ??
        (exchange.rateLimits
          ? createMemoryBudget({
              limits: exchange.rateLimits,
              now,
              uncertaintyMs: () => clock().status().uncertaintyMs,
              exchange: exchange.id,
            })
          : undefined))

  const reserve: BudgetStage['reserve'] = (intent, maxWaitMs, signal) =>
    chosen ? chosen.reserve(budgetRequest(intent), { maxWaitMs, signal }) : Promise.resolve(undefined)

  const settle: BudgetStage['settle'] = async (reservation, wire, classified) => {
    if (!chosen || !reservation) return
    // spec binance.md "Rate limits" (429, 418), bybit.md (10006), okx.md (50011): rejections of the rate limiter.
    const rateLimited = classified?.kind === 'rate-limit' || wire.status === 429 || wire.status === 418
    await chosen.settle(reservation, {
      status: wire.status,
      headers: wire.headers,
      rateLimited,
      retryAfterMs: classified?.retryAfterMs ?? retryAfterMs(wire.headers),
    })
  }

  const renew: BudgetStage['renew'] = async (reservation, intent, signal) => {
    // Renewed when it is too old to cover the send, or when the clock moved back since (its first sync).
    const t = now()
    if (!chosen || !reservation || (t <= reservation.sendBy && t >= reservation.at)) return reservation
    // The old reservation stays counted: counting too much is safe, too little is not.
    return chosen.reserve(budgetRequest(intent), { maxWaitMs: 0, signal }).catch((error) => {
      if (error instanceof RateLimitError) return undefined
      throw error
    })
  }

  return {
    active: chosen !== undefined,
    reserve,
    renew,
    settle,
    wrap: (send) => async (signed, signal, baseUrl) => {
      const path = signed.url.split('?')[0]!
      const intent = { method: signed.method, path, security: 'none' } as const
      const reservation = await renew(await reserve(intent, undefined, signal), intent, signal)
      const response = await send(signed, signal, baseUrl)
      await settle(
        reservation,
        { status: response.status, headers: headersOf(response), body: '' },
        undefined,
      )
      return response
    },
  }
}

/** What selects an intent's weights: method, path, which parameters are present, and whether a key is sent. @internal */
function budgetRequest(intent: RequestIntent): BudgetRequest {
  const params: Record<string, string> = {}
  for (const source of [intent.params, intent.form]) {
    for (const [name, value] of Object.entries(source ?? {}))
      if (value !== undefined) params[name] = String(value)
  }
  const body = intent.body
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    for (const [name, value] of Object.entries(body)) if (value !== undefined) params[name] = String(value)
  }
  return { method: intent.method, path: intent.path, params, security: intent.security }
}
