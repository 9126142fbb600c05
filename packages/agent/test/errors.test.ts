import { isSignetError } from '@signet/core'
import { expect, expectTypeOf, it } from 'vitest'
import { AgentUnavailableError, PolicyDeniedError, PolicyFileError } from '../src/errors'

it('default: each agent error has its own kind and the kind guard narrows to it', () => {
  const errors = [
    new PolicyFileError('line 3: unknown field'),
    new PolicyDeniedError('max-quantity', 'qty 5 is above 1'),
    new AgentUnavailableError('no answer'),
  ]
  expect(errors.map((e) => e.kind)).toEqual(['policy-file', 'policy-denied', 'agent-unavailable'])
  const [, denied] = errors
  expect(isSignetError(denied, 'policy-denied')).toBe(true)
  expect(isSignetError(denied, 'policy-file')).toBe(false)
  const e: unknown = denied
  if (isSignetError(e, 'policy-denied')) expectTypeOf(e.kind).toEqualTypeOf<'policy-denied'>()
})
