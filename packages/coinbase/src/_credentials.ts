import { CredentialFormatError, parseHmacSecret } from '@signet/core'
import { keyEnvironmentOf } from '@signet/core/kit'
import { type CoinbaseKey, parseCoinbaseKey } from './_parseKey'

/** Credentials after every check: the key name and the parsed key. @internal */
export type CheckedCoinbaseCredentials = { apiKey: string; key: CoinbaseKey }

/**
 * Checks Coinbase credentials: the key name (`apiKey`, or `name`/`id` from a CDP JSON key file) and the private
 * key; errors name the field and what is wrong, never the value. @internal
 */
export function checkCoinbaseCredentials(credentials: {
  apiKey?: unknown
  privateKey?: unknown
  secret?: unknown
  passphrase?: unknown
  privateKeyPassphrase?: unknown
  keyEnvironment?: unknown
  environment?: unknown
}): CheckedCoinbaseCredentials {
  if (typeof credentials !== 'object' || credentials === null) {
    throw fail('credentials', 'expected an object with apiKey and privateKey')
  }
  if (credentials.secret !== undefined) {
    throw fail(
      'secret',
      'is not used: Coinbase CDP keys sign with a private key',
      'Coinbase calls the private key the "API key secret": pass it as `privateKey` (SIGNET_COINBASE_PRIVATE_KEY).',
    )
  }
  if (credentials.passphrase !== undefined) {
    throw fail(
      'passphrase',
      'is not used: CDP keys have no passphrase',
      'Legacy Coinbase Pro keys are retired.',
    )
  }
  if (credentials.privateKeyPassphrase !== undefined) {
    throw fail(
      'privateKeyPassphrase',
      'is not used: CDP private keys are issued unencrypted',
      'Pass the private key exactly as the CDP key file holds it, without a passphrase.',
    )
  }
  const keyEnvironment = keyEnvironmentOf(credentials as object, 'coinbase')
  if (keyEnvironment !== undefined && keyEnvironment !== 'live') {
    throw fail('keyEnvironment', 'must be "live": one CDP key serves api.coinbase.com')
  }
  if (credentials.privateKey === undefined || credentials.privateKey === null) {
    throw fail(
      'privateKey',
      'is missing',
      'Pass the private key (PEM or base64) or the CDP JSON key file content.',
    )
  }
  const key = parseCoinbaseKey(credentials.privateKey as Parameters<typeof parseCoinbaseKey>[0])
  const given = credentials.apiKey
  if ((given === undefined || given === '') && key.keyName === undefined) {
    throw fail('apiKey', 'is missing', 'Pass the key name, e.g. organizations/{org_id}/apiKeys/{key_id}.')
  }
  const apiKey = given === undefined || given === '' ? key.keyName! : given
  if (typeof apiKey !== 'string') throw fail('apiKey', `expected a string, received ${typeof apiKey}`)
  if (apiKey.includes('-----BEGIN')) {
    throw fail(
      'apiKey',
      'holds a PEM key',
      'apiKey is the key name (organizations/{org_id}/apiKeys/{key_id} or the key id), not a key.',
    )
  }
  parseHmacSecret(apiKey, { field: 'apiKey', exchange: 'coinbase' })
  if (key.keyName !== undefined && key.keyName !== apiKey) {
    throw fail(
      'apiKey',
      'differs from the key name in the CDP JSON key file',
      'Leave apiKey empty to use the name from the file, or pass the file of this key.',
    )
  }
  return { apiKey, key }
}

function fail(field: string, problem: string, hint?: string): CredentialFormatError {
  return new CredentialFormatError(field, problem, { exchange: 'coinbase', hint })
}
