import { InvalidParameterError, NetworkError } from '@signet/core'

/** Gives back a slot taken with `acquire`; calling it again does nothing. @internal */
export type Release = () => void

/** At most `max` attempts between signing and the answer's headers; the others wait before they are signed. @internal */
export type InFlight = {
  acquire(signal?: AbortSignal): Promise<Release>
  /** A slot at once when one is free (no promise), else undefined: then wait with `acquire`. */
  tryAcquire(): Release | undefined
}

/**
 * The in-flight stage: an attempt takes a slot before it is signed and gives it back when its answer's headers
 * arrive (or it fails), so a burst waits here, before its timestamp is chosen, instead of queueing for a
 * connection after signing and arriving outside the exchange's window. @internal
 */
export function createInFlight(max: number): InFlight {
  if (!(Number.isSafeInteger(max) && max > 0) && max !== Number.POSITIVE_INFINITY) {
    throw new InvalidParameterError('maxInFlight', 'a positive integer (or Infinity)', String(max))
  }
  let active = 0
  const waiting: (() => void)[] = []
  const take = (): Release => {
    active++
    let done = false
    return () => {
      if (done) return
      done = true
      active--
      waiting.shift()?.()
    }
  }
  return {
    tryAcquire: () => (active < max ? take() : undefined),
    acquire(signal) {
      if (active < max) return Promise.resolve(take())
      return new Promise<Release>((resolve, reject) => {
        const grant = () => {
          signal?.removeEventListener('abort', abort)
          resolve(take())
        }
        const abort = () => {
          const i = waiting.indexOf(grant)
          if (i >= 0) waiting.splice(i, 1)
          reject(
            new NetworkError('Aborted while waiting for a free in-flight slot: nothing was signed or sent.', {
              hint: 'Nothing reached the exchange: send it again when you want it.',
              cause: signal?.reason,
            }),
          )
        }
        if (signal?.aborted) return abort()
        signal?.addEventListener('abort', abort, { once: true })
        waiting.push(grant)
      })
    },
  }
}
