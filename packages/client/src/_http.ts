/// <reference path="./_undiciAgent.d.ts" />
import type { KyInstance } from 'ky'

/**
 * The client's ky instance once loaded, or the promise of it on first use; `wire` is true when it sends through
 * the client's own transport, which takes the signed strings as they are (`Wire`). @internal
 */
export type Http = { (): KyInstance | Promise<KyInstance>; readonly wire: boolean }

/**
 * The HTTP stage: one `ky` instance (retries are the client's, per attempt, re-signed), sending through the
 * caller's `fetch`, or else through an undici `Agent` (ky's `fetch` option, `createDispatcherFetch`): keep-alive
 * connections per origin bounded by `maxInFlight`, so a burst never opens more sockets than attempts it lets
 * through. ky and undici are loaded on first use, not when `@signet/client` is imported. @internal
 */
export function createHttp(options: {
  timeoutMs: number
  fetch?: typeof globalThis.fetch | undefined
  maxInFlight: number
}): Http {
  let instance: KyInstance | undefined
  let loading: Promise<KyInstance> | undefined
  const load = async () => {
    const [{ default: ky }, fetch] = await Promise.all([
      import('ky'),
      options.fetch ?? agentFetch(options.maxInFlight),
    ])
    instance = ky.create({ retry: 0, throwHttpErrors: false, timeout: options.timeoutMs, fetch })
    return instance
  }
  const http = () => {
    if (instance) return instance
    loading ??= load()
    return loading
  }
  return Object.assign(http, { wire: options.fetch === undefined })
}

/** A fetch on an undici Agent with at most `maxInFlight` keep-alive connections per origin. @internal */
export async function agentFetch(maxInFlight: number): Promise<typeof globalThis.fetch> {
  const [agent, { createDispatcherFetch }] = await Promise.all([
    // The Agent's own module (undici is pinned): loading undici's index, fetch and all, takes ~3x as long.
    import('undici/lib/dispatcher/agent.js'),
    import('./_dispatcherFetch'),
  ])
  return createDispatcherFetch(
    new agent.default({ connections: Number.isFinite(maxInFlight) ? maxInFlight : null }),
  )
}
