// Every registered exchange (@signet/exchanges), each with its capabilities and a key made up for the emulator,
// for the client's integration tests: a new exchange gets them by joining the registry.
import type { Credentials, Emulation, ExchangeDefinition, VerifierKey } from '@signet/core'
import { testKeyFor } from '@signet/core/kit'
import { emulations } from '@signet/exchanges/emulate'

export type Fixture = {
  exchange: ExchangeDefinition
  /** The exchange's capabilities: verifier, diagnosis, examples, routes. */
  emulation: Emulation
  credentials: Credentials
  key: VerifierKey
  secrets: readonly string[]
}

export const fixtures: Fixture[] = emulations.map((emulation) => {
  const exchange = emulation.definition
  const { credentials, verifierKey, secrets } = testKeyFor(exchange, emulation.verification)
  return { exchange, emulation, credentials, key: verifierKey, secrets }
})
