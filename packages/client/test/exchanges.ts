// Every registered exchange (@signet/exchanges), each with a key made up for the emulator, for the client's
// integration tests: a new exchange gets them by joining the registry.
import type { Credentials, ExchangeDefinition, VerifierKey } from '@signet/core'
import { testKeyFor } from '@signet/core/kit'
import { exchanges } from '@signet/exchanges'

export type Fixture = {
  exchange: ExchangeDefinition
  credentials: Credentials
  key: VerifierKey
  secrets: readonly string[]
}

export const fixtures: Fixture[] = exchanges.map((exchange) => {
  const { credentials, verifierKey, secrets } = testKeyFor(exchange)
  return { exchange, credentials, key: verifierKey, secrets }
})
