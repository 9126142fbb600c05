import type { ExchangeDefinition, ExchangeError, ExchangeResponse } from '@signet/core'
import { toExchangeError } from '@signet/core/kit'
import { expect } from 'vitest'

/**
 * The typed error a client raises for an exchange's error answer to `request` (e.g. `GET /api/v1/accounts`): the
 * definition's classifier, then core's `toExchangeError`; fails the test when the classifier calls it a success.
 *
 * @example
 * expect(errorForAnswer(kucoin, exchangeResponse(401, body), 'GET /api/v1/accounts').name).toBe('InvalidSignatureError')
 */
export function errorForAnswer(
  definition: Pick<ExchangeDefinition, 'id' | 'classifyError'>,
  response: ExchangeResponse,
  request: string,
): ExchangeError {
  const classified = definition.classifyError(response)
  expect(classified, `${definition.id} classifies the answer as an error`).toBeDefined()
  return toExchangeError(classified!, { exchange: definition.id, status: response.status, request })
}
