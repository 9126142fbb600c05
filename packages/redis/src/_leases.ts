import type { NonceOrder } from '@signet/core'

/** The lease a process holds for a key while its send runs: the Redis key and this holder's token. @internal */
export type HeldLease = { lease: string; token: string; leaseMs: number }

/** Per order made by `createRedisNonceOrder`, the leases it holds now, by the caller's key. @internal */
export const heldLeases = new WeakMap<NonceOrder, Map<string, HeldLease>>()

/**
 * Thrown by a nonce source tied to an order when the holder's lease has ended (Redis paused past leaseMs, so another
 * process may hold it): no nonce was allocated, nothing was sent; the order takes the lease again and runs the send
 * once more. @internal
 */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError'
}
