import type { RateBan, RateBucket, RateEndpoint, RateLimits } from '@signet/core'
import { endpointWeights } from '@signet/core/kit'
import { matchPath } from './_matchPath'

/** Ban policy of the emulated limits. @internal */
export type RateLimiterOptions = {
  /** Requests sent during a back-off (before a rejection's reset) that earn a ban, where the exchange bans. */
  banAfter: number
}

/** Who sent a request. @internal */
export type RateCaller = { ip: string; apiKey: string | undefined }

/** The outcome of counting one request. @internal */
export type RateDecision =
  | { ok: true; headers: Record<string, string> }
  | {
      ok: false
      rule: RateBucket | RateBan
      limit: number
      retryAfterMs: number
      headers: Record<string, string>
    }

type Counter = { start: number; used: number; events: { t: number; w: number }[] }

/** One counter's usage at a moment, as the inspector shows it. @internal */
export type RateUsage = {
  bucket: string
  scope: RateBucket['scope']
  /** The IP or API key counted. */
  who: string
  /** `METHOD /path` for per-endpoint buckets, '' otherwise. */
  endpoint: string
  used: number
  limit: number
  /** When the window resets, epoch ms (server time). */
  resetAt: number
}

/** A ban in force. @internal */
export type RateBanState = { scope: RateBan['scope']; who: string; until: number }

/** Counts requests against an exchange's `RateLimits` (scaled beforehand with `scaleRateLimits`), as the exchange does. @internal */
export function createRateLimiter(limits: RateLimits, options: RateLimiterOptions) {
  const counters = new Map<string, Counter>()
  const described = new Map<string, { bucket: RateBucket; who: string; endpoint: string; limit: number }>()
  const bans = new Map<string, { until: number; count: number; strikes: number; backoffUntil: number }>()

  const endpointOf = (method: string, path: string): RateEndpoint | undefined =>
    limits.endpoints.find((e) => e.method === method && matchPath(e.path, path) !== undefined)

  const scopeId = (scope: RateBucket['scope'], caller: RateCaller) =>
    scope === 'ip' ? caller.ip : caller.apiKey

  function state(counter: Counter, bucket: RateBucket, interval: number, now: number) {
    if (bucket.window === 'rolling') {
      counter.events = counter.events.filter((e) => e.t > now - interval)
      counter.used = counter.events.reduce((sum, e) => sum + e.w, 0)
      return (counter.events[0]?.t ?? now) + interval
    }
    if (bucket.window === 'decay') {
      // spec kraken.md "Rate limits": the counter drains continuously; it resets when it reaches zero.
      const drained =
        counter.start === Number.NEGATIVE_INFINITY
          ? counter.used
          : // A clock stepped back drains nothing (and adds nothing); draining resumes from the new reading.
            (Math.max(0, now - counter.start) * bucket.limit) / interval
      Object.assign(counter, { start: now, used: Math.max(0, counter.used - drained) })
      return now + (counter.used * interval) / bucket.limit
    }
    if (bucket.window === 'fixed') {
      const start = Math.floor(now / interval) * interval
      // Only a later window starts empty: a clock stepped back into an earlier one must not forget what was counted.
      if (start > counter.start) Object.assign(counter, { start, used: 0 })
      return counter.start + interval
    }
    if (now >= counter.start + interval) Object.assign(counter, { start: now, used: 0 })
    return counter.start + interval
  }

  function headersOf(bucket: RateBucket, used: number, limit: number, resetAt: number, now: number) {
    const h = bucket.headers ?? {}
    const out: Record<string, string> = {}
    if (h.used) out[h.used] = String(used)
    if (h.remaining) out[h.remaining] = String(Math.max(0, limit - used))
    if (h.limit) out[h.limit] = String(limit)
    if (h.resetAt) out[h.resetAt] = String(Math.ceil(resetAt))
    if (h.resetIn) out[h.resetIn] = String(Math.max(0, Math.ceil(resetAt - now)))
    return out
  }

  /** Counts a request, or says which rule rejects it and for how long. */
  function check(
    method: string,
    path: string,
    params: Readonly<Record<string, string>>,
    caller: RateCaller,
    now: number,
  ): RateDecision {
    const ban = limits.ban
    const banKey = ban ? scopeId(ban.scope, caller) : undefined
    const banState = banKey === undefined ? undefined : bans.get(banKey)
    if (ban && banState && banState.until > now) {
      return { ok: false, rule: ban, limit: 0, retryAfterMs: banState.until - now, headers: {} }
    }
    const endpoint = endpointOf(method, path)
    const weights = endpointWeights(endpoint, params)
    const counted: {
      bucket: RateBucket
      counter: Counter
      weight: number
      limit: number
      resetAt: number
    }[] = []
    for (const bucket of limits.buckets) {
      const id = scopeId(bucket.scope, caller)
      if (id === undefined) continue
      const weight = weights?.[bucket.id] ?? bucket.defaultWeight ?? 1
      if (weight <= 0) continue
      const name = bucket.perEndpoint ? `${method} ${endpoint?.path ?? path}` : ''
      const key = `${bucket.id}|${id}|${name}`
      const counter = counters.get(key) ?? { start: Number.NEGATIVE_INFINITY, used: 0, events: [] }
      counters.set(key, counter)
      const interval = bucket.intervalMs
      const limit = endpoint?.limits?.[bucket.id] ?? bucket.limit
      described.set(key, { bucket, who: id, endpoint: name, limit })
      const resetAt = state(counter, bucket, interval, now)
      counted.push({ bucket, counter, weight, limit, resetAt })
    }
    const over = counted.find((c) => c.counter.used + c.weight > c.limit)
    if (over) {
      const headers: Record<string, string> = {}
      for (const c of counted)
        Object.assign(headers, headersOf(c.bucket, c.counter.used, c.limit, c.resetAt, now))
      if (ban && banKey !== undefined) {
        const s = bans.get(banKey) ?? { until: 0, count: 0, strikes: 0, backoffUntil: 0 }
        // spec binance.md "Rate limits": failing to back off after 429s earns a 418 ban that grows for repeat offenders.
        if (s.backoffUntil > now) s.strikes++
        s.backoffUntil = Math.max(s.backoffUntil, over.resetAt)
        bans.set(banKey, s)
        if (s.strikes >= options.banAfter) {
          const ms = Math.min(ban.maxMs, ban.minMs * 2 ** s.count)
          Object.assign(s, { until: now + ms, count: s.count + 1, strikes: 0 })
          return { ok: false, rule: ban, limit: 0, retryAfterMs: ms, headers }
        }
      }
      // A decaying counter has room again once the excess has drained, not when it is empty.
      const retryAfterMs =
        over.bucket.window === 'decay'
          ? Math.ceil(
              ((over.counter.used + over.weight - over.limit) * over.bucket.intervalMs) / over.limit - 1e-9,
            )
          : over.resetAt - now
      return { ok: false, rule: over.bucket, limit: over.limit, retryAfterMs, headers }
    }
    const headers: Record<string, string> = {}
    for (const c of counted) {
      c.counter.used += c.weight
      if (c.bucket.window === 'rolling') c.counter.events.push({ t: now, w: c.weight })
      Object.assign(headers, headersOf(c.bucket, c.counter.used, c.limit, c.resetAt, now))
    }
    return { ok: true, headers }
  }

  /** Every counter's usage at `now` (windows that have passed count as empty), and the bans in force. */
  function usage(now: number): { counters: RateUsage[]; bans: RateBanState[] } {
    const out: RateUsage[] = []
    for (const [key, d] of described) {
      const counter = counters.get(key)!
      const probe = { ...counter, events: [...counter.events] }
      const resetAt = state(probe, d.bucket, d.bucket.intervalMs, now)
      out.push({
        bucket: d.bucket.id,
        scope: d.bucket.scope,
        who: d.who,
        endpoint: d.endpoint,
        used: probe.used,
        limit: d.limit,
        resetAt,
      })
    }
    const inForce: RateBanState[] = []
    const ban = limits.ban
    if (ban)
      for (const [who, s] of bans) if (s.until > now) inForce.push({ scope: ban.scope, who, until: s.until })
    return { counters: out, bans: inForce }
  }

  return { check, usage }
}
