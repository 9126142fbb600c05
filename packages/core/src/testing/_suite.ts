import type { Emulation, TestKey } from '@signet/core'
import { testKeyFor } from '@signet/core/kit'
import { describe, it } from 'vitest'

/** One named check of a shared suite: the suite runs each as a test; core's own tests call them directly. @internal */
export type SuiteCheck = readonly [name: string, run: () => Promise<void> | void]

/**
 * What a shared suite tests: an exchange's definition and its capabilities, as its `Emulation` carries them.
 * @internal
 */
export type SuiteSubject = Pick<Emulation, 'definition' | 'verification' | 'diagnosis' | 'examples'>

/** The key a suite signs with: the one given, or a made-up one the exchange accepts (`testKeyFor`). @internal */
export function suiteKey(subject: SuiteSubject, key: TestKey | undefined): TestKey {
  return key ?? testKeyFor(subject.definition, subject.verification)
}

/** Runs `checks` as the tests of one `describe` block. @internal */
export function runChecks(title: string, checks: readonly SuiteCheck[]): void {
  describe(title, () => {
    for (const [name, run] of checks) it(name, run)
  })
}
