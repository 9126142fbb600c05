import { isSignetError, type SignetError } from '@signet/core'
import { expect } from 'vitest'

/** Runs `fn` and returns what it threw (undefined when it did not throw). */
export async function thrown(fn: () => unknown): Promise<unknown> {
  try {
    await fn()
    return undefined
  } catch (error) {
    return error
  }
}

/** Asserts a failure a caller sees is a typed SignetError with a hint; `label` names the case. */
export function expectTyped(error: unknown, label: string): void {
  expect(isSignetError(error), `${label}: ${error instanceof Error ? error.message : typeof error}`).toBe(
    true,
  )
  expect((error as SignetError).hint, `${label}: hint`).toBeTruthy()
}
