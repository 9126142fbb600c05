import {
  type Clock,
  ClockUncertainError,
  createRedactor,
  type ExchangeDefinition,
  type Redactor,
  type RequestIntent,
  redactHeaders,
  redactUrl,
  type SignedRequest,
  type Signer,
} from '@signet/core'
import type { Freshness } from './_freshness'
import { unsigned } from './_unsigned'
import type { ClientHooks } from './types'

/**
 * The sign stage: signs one attempt immediately before it is sent (a retry is signed again), with what the
 * freshness stage supplies for signed requests; public requests go through the signer when there is one (it
 * may add an API-key header) and unsigned otherwise. @internal
 */
export async function signAttempt(
  intent: RequestIntent,
  signer: Signer | undefined,
  freshness: Freshness,
  windowMs: number | undefined,
  request: string,
  signOptions?: object | undefined,
): Promise<SignedRequest> {
  // The exchange's own options (OKX expTime, Binance timeUnit) go first: the time, window and nonce are the runtime's.
  const own = exchangeOptions(signOptions)
  if (intent.security === 'signed')
    return signer!.sign(intent, { ...own, ...(await freshness(windowMs, request)) })
  return signer ? signer.sign(intent, { ...own, windowMs }) : unsigned(intent)
}

function exchangeOptions(signOptions: object | undefined): object {
  if (!signOptions) return {}
  const { timestamp: _t, windowMs: _w, nonce: _n, ...own } = signOptions as Record<string, unknown>
  return own
}

/** One signed attempt and its redacted views (for hooks, messages and errors), built on first use. @internal */
export type SignedAttempt = { signed: SignedRequest; url: () => string; redact: Redactor }

/**
 * The sign stage with the latency budget: `latencyBudgetMs` bounds the time from choosing the timestamp to
 * arrival, so an attempt that waited longer than that between signing and sending (a stalled event loop, a slow
 * hook or remote signer) is signed again, and refused with `ClockUncertainError` before it leaves when it cannot
 * be sent in time. @internal
 */
export function createSignStage(stage: {
  exchange: ExchangeDefinition
  signer: Signer | undefined
  freshness: Freshness
  clock: Clock
  latencyBudgetMs: number
  hooks: ClientHooks
  /** Headers of the host environment, added outside the signature (the signer's own win). */
  headers?: Readonly<Record<string, string>> | undefined
}) {
  const { exchange, signer, freshness, clock, latencyBudgetMs, hooks, headers } = stage
  return async (
    intent: RequestIntent,
    windowMs: number | undefined,
    label: string,
    attempt: number,
    signOptions: object | undefined,
  ): Promise<SignedAttempt> => {
    for (let tries = 1; ; tries++) {
      const signedAt = clock.monotonicNow()
      const made = await signAttempt(intent, signer, freshness, windowMs, label, signOptions)
      const signed = headers ? { ...made, headers: { ...headers, ...made.headers } } : made
      // The redacted URL and the redactor are built on first use: most attempts succeed and need neither.
      let redactedUrl: string | undefined
      let redactor: Redactor | undefined
      const url = () => {
        redactedUrl ??= redactUrl(signed.url)
        return redactedUrl
      }
      const redact: Redactor = (text) => {
        redactor ??= createRedactor({ signed, apiKey: signer?.apiKey })
        return redactor(text)
      }
      hooks.onRequest?.({
        type: 'request',
        attempt,
        method: signed.method,
        url: url(),
        headers: redactHeaders(signed.headers),
      })
      const waited = clock.monotonicNow() - signedAt
      if (intent.security !== 'signed' || waited <= latencyBudgetMs) return { signed, url, redact }
      if (tries >= 3) {
        throw new ClockUncertainError(
          `Not sent: ${Math.round(waited)} ms passed between signing and sending, more than the latency budget of ${latencyBudgetMs} ms, so the timestamp could arrive outside the window.`,
          clock.status().uncertaintyMs,
          {
            exchange: exchange.id,
            request: label,
            hint: 'The process is too busy to send in time: send fewer requests at once, or raise latencyBudgetMs.',
          },
        )
      }
    }
  }
}
