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
  syncSignOf,
} from '@signet/core'
import type { Freshness } from './_freshness'
import { unsigned } from './_unsigned'
import type { ClientHooks } from './types'

function exchangeOptions(signOptions: object): object {
  const { timestamp: _t, windowMs: _w, nonce: _n, ...own } = signOptions as Record<string, unknown>
  return own
}

/** One signed attempt and its redacted views (for hooks, messages and errors), built on first use. @internal */
export type SignedAttempt = { signed: SignedRequest; url: () => string; redact: Redactor }

/**
 * The sign stage with the latency budget: `latencyBudgetMs` bounds the time from choosing the timestamp to
 * arrival, so an attempt that waited longer than that between signing and sending (a stalled event loop, a slow
 * hook or remote signer) is signed again, and refused with `ClockUncertainError` before it leaves when it cannot
 * be sent in time. Returns without a promise when signing did not wait. @internal
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
  // Only a `sign` made from its `signSync` is skipped (syncSignOf): a wrapper that replaced `sign` is always called.
  const sync = signer ? syncSignOf(signer.sign) : undefined

  // One signature: with what the freshness stage supplies for signed requests; public requests go through the signer
  // when there is one (it may add an API-key header) and unsigned otherwise. Synchronous when nothing has to wait:
  // a `sign` made from its `signSync` and, for a signed request, a timestamp the synced clock vouches for at once.
  function signOnce(
    intent: RequestIntent,
    windowMs: number | undefined,
    request: string,
    signOptions: object | undefined,
  ): SignedRequest | Promise<SignedRequest> {
    // The exchange's own options (OKX expTime, Binance timeUnit) go first: the time, window and nonce are the runtime's.
    const own = signOptions ? exchangeOptions(signOptions) : undefined
    if (intent.security === 'signed') {
      const ready = sync ? freshness.now?.(windowMs, request) : undefined
      if (ready) return sync!(intent, own ? { ...own, ...ready } : ready)
      return freshness(windowMs, request).then((fresh) => signer!.sign(intent, { ...own, ...fresh }))
    }
    if (!signer) return unsigned(intent)
    const options = { ...own, windowMs }
    return sync ? sync(intent, options) : signer.sign(intent, options)
  }

  function attemptOf(made: SignedRequest, attempt: number): SignedAttempt {
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
    return { signed, url, redact }
  }

  function lateError(waited: number, label: string): ClockUncertainError {
    return new ClockUncertainError(
      `Not sent: ${Math.round(waited)} ms passed between signing and sending, more than the latency budget of ${latencyBudgetMs} ms, so the timestamp could arrive outside the window.`,
      clock.status().uncertaintyMs,
      {
        exchange: exchange.id,
        request: label,
        hint: 'The process is too busy to send in time: send fewer requests at once, or raise latencyBudgetMs.',
      },
    )
  }

  // An attempt that had to wait (a clock to sync, a remote signer) or came back late: checked, and signed again up
  // to three signatures in all.
  async function signWaiting(
    made: SignedRequest | Promise<SignedRequest>,
    signedAt: number,
    tries: number,
    intent: RequestIntent,
    windowMs: number | undefined,
    label: string,
    attempt: number,
    signOptions: object | undefined,
  ): Promise<SignedAttempt> {
    for (let n = tries; ; n++) {
      const signed = attemptOf(await made, attempt)
      const waited = clock.monotonicNow() - signedAt
      if (intent.security !== 'signed' || waited <= latencyBudgetMs) return signed
      if (n >= 3) throw lateError(waited, label)
      signedAt = clock.monotonicNow()
      made = signOnce(intent, windowMs, label, signOptions)
    }
  }

  /**
   * The sign stage: signs one attempt immediately before it is sent (a retry is signed again), and signs it again
   * when it waited longer than `latencyBudgetMs` before leaving. Returns without a promise when signing did not wait.
   */
  return (
    intent: RequestIntent,
    windowMs: number | undefined,
    label: string,
    attempt: number,
    signOptions: object | undefined,
  ): SignedAttempt | Promise<SignedAttempt> => {
    const signedAt = clock.monotonicNow()
    const made = signOnce(intent, windowMs, label, signOptions)
    if (made instanceof Promise) {
      return signWaiting(made, signedAt, 1, intent, windowMs, label, attempt, signOptions)
    }
    // Signed at once: on time unless a hook held it past the budget.
    const signed = attemptOf(made, attempt)
    if (intent.security !== 'signed' || clock.monotonicNow() - signedAt <= latencyBudgetMs) return signed
    const resignedAt = clock.monotonicNow()
    const again = signOnce(intent, windowMs, label, signOptions)
    return signWaiting(again, resignedAt, 2, intent, windowMs, label, attempt, signOptions)
  }
}
