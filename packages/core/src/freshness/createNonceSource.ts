import { InvalidParameterError } from '../errors/input'
import type { NonceSource, NonceStore } from './types'

/** Options of `createNonceSource`. */
export type CreateNonceSourceOptions = {
  /** Server-aligned epoch ms (`clock.now()`); nonces never fall below it, so a restart never goes backwards. */
  now: () => number
  /** Nonce units per millisecond of `now` (1 for ms nonces, 1000 for µs). @default 1 */
  unitsPerMs?: number | undefined
  /** Keeps each key's high-water mark across restarts (e.g. `createFileNonceStore` from `@signet/core/node`). */
  store?: NonceStore | undefined
}

type KeyState = {
  /** The highest nonce handed out or observed. */
  last: bigint
  /** The highest nonce the store is known to hold. */
  saved: bigint
  loading: Promise<void> | undefined
  saving: Promise<void> | undefined
}

/**
 * Creates the in-process `NonceSource`: per key, each nonce is `max(last + 1, now() × unitsPerMs)`, allocated
 * synchronously so concurrent calls never repeat; with a `store`, a nonce is handed out only once the store
 * holds a mark at least as high (concurrent calls share one write).
 *
 * @example
 * const nonces = createNonceSource({ now: () => clock.now() })
 * const nonce = await nonces.next('my-api-key') // 1616492376594n
 */
export function createNonceSource(options: CreateNonceSourceOptions): NonceSource {
  const { now, unitsPerMs = 1, store } = options
  if (!(Number.isFinite(unitsPerMs) && unitsPerMs > 0)) {
    throw new InvalidParameterError('unitsPerMs', 'a positive finite number', String(unitsPerMs))
  }
  const states = new Map<string, KeyState>()

  const stateOf = (key: string): KeyState => {
    let state = states.get(key)
    if (state) return state
    const created: KeyState = { last: -1n, saved: -1n, loading: undefined, saving: undefined }
    if (store) {
      created.loading = (async () => {
        const stored = await store.load(key)
        if (stored !== undefined) {
          if (stored > created.last) created.last = stored
          created.saved = stored
        }
        created.loading = undefined
      })()
      // A failed load is retried by the next call instead of leaving the key unusable.
      created.loading.catch(() => states.delete(key))
    }
    states.set(key, created)
    state = created
    return state
  }

  const anchor = (): bigint => {
    const t = now()
    if (!Number.isFinite(t)) throw new InvalidParameterError('now()', 'a finite epoch ms', String(t))
    return BigInt(Math.floor(t * unitsPerMs))
  }

  const persist = async (key: string, state: KeyState, nonce: bigint): Promise<void> => {
    while (state.saved < nonce) {
      if (!state.saving) {
        // One write covers every nonce allocated before it starts.
        const mark = state.last
        state.saving = (async () => {
          try {
            await store!.save(key, mark)
            if (mark > state.saved) state.saved = mark
          } finally {
            state.saving = undefined
          }
        })()
      }
      await state.saving
    }
  }

  return {
    async next(key) {
      const state = stateOf(key)
      if (state.loading) await state.loading
      const t = anchor()
      const nonce = t > state.last ? t : state.last + 1n
      state.last = nonce
      if (store) await persist(key, state, nonce)
      return nonce
    },
    observe(key, nonce) {
      const state = stateOf(key)
      if (nonce > state.last) state.last = nonce
    },
  }
}
