import { CredentialFormatError } from '../errors/input'
import type { Credentials } from '../exchange/types'

/**
 * The environment a key was created in (`keyEnvironment`, or its deprecated spelling `environment`); undefined
 * when neither is given. Two different values are refused: one of them is the host's, not the key's.
 *
 * @example
 * const keyEnvironment = keyEnvironmentOf(credentials, 'okx') ?? 'live'
 */
export function keyEnvironmentOf(credentials: Partial<Credentials>, exchange: string): unknown {
  const { keyEnvironment, environment } = credentials as { keyEnvironment?: unknown; environment?: unknown }
  if (keyEnvironment !== undefined && environment !== undefined && keyEnvironment !== environment) {
    throw new CredentialFormatError('environment', 'differs from `keyEnvironment`', {
      exchange,
      hint: "Pass the environment the key was created in as `keyEnvironment` only; the client's `environment` picks hosts.",
    })
  }
  return keyEnvironment ?? environment
}
