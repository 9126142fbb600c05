import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CredentialFormatError, type Credentials } from '@signet/core'

/** Where the agent gets a key's credentials; KMS- or Vault-backed stores implement the same shape. */
export type KeyStore = { get(keyId: string): Promise<Credentials> }

const envName = (keyId: string, field: string) =>
  `SIGNET_AGENT_${keyId.toUpperCase().replace(/-/g, '_')}_${field}`

/**
 * Reads credentials from environment variables `SIGNET_AGENT_<KEY_ID>_API_KEY`, `_SECRET`, `_PASSPHRASE` (the
 * account passphrase), `_PRIVATE_KEY` and `_PRIVATE_KEY_PASSPHRASE` (an encrypted PEM's; the agent's environment,
 * never the bot's).
 *
 * @example
 * const keys = createEnvKeyStore() // SIGNET_AGENT_BINANCE_MAIN_API_KEY, SIGNET_AGENT_BINANCE_MAIN_SECRET
 */
export function createEnvKeyStore(env: NodeJS.ProcessEnv = process.env): KeyStore {
  return {
    async get(keyId) {
      const read = (field: string) => env[envName(keyId, field)]
      const apiKey = read('API_KEY')
      if (!apiKey) throw new CredentialFormatError('apiKey', `${envName(keyId, 'API_KEY')} is not set`)
      return {
        apiKey,
        secret: read('SECRET'),
        passphrase: read('PASSPHRASE'),
        privateKey: read('PRIVATE_KEY'),
        privateKeyPassphrase: read('PRIVATE_KEY_PASSPHRASE'),
      }
    },
  }
}

/**
 * Reads credentials from `<dir>/<keyId>.json` (`{ "apiKey", "secret", "passphrase"?, "privateKey"?,
 * "privateKeyPassphrase"? }`: the account passphrase and the encrypted PEM's are two fields), refusing a
 * file that group or others can read.
 *
 * @example
 * const keys = createFileKeyStore('/etc/signet/keys')
 */
export function createFileKeyStore(dir: string): KeyStore {
  return {
    async get(keyId) {
      const file = join(dir, `${keyId}.json`)
      const mode = statSync(file).mode & 0o777
      if (mode & 0o077) {
        throw new CredentialFormatError(
          'keyFile',
          `${file} is readable by others (mode ${mode.toString(8)})`,
          {
            hint: `chmod 600 ${file}`,
          },
        )
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'))
      } catch {
        throw new CredentialFormatError('keyFile', `${file} is not JSON`)
      }
      const c = parsed as Record<string, unknown>
      if (typeof c?.apiKey !== 'string')
        throw new CredentialFormatError('keyFile', `${file} has no "apiKey" string`)
      const text = (name: string) => (typeof c[name] === 'string' ? (c[name] as string) : undefined)
      return {
        apiKey: c.apiKey,
        secret: text('secret'),
        passphrase: text('passphrase'),
        privateKey: text('privateKey'),
        privateKeyPassphrase: text('privateKeyPassphrase'),
      }
    },
  }
}
