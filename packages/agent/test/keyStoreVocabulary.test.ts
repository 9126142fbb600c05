// Issue 20, one vocabulary: the account passphrase and an encrypted PEM's passphrase are two credential fields.
import { describe, expect, it } from 'vitest'
import { createEnvKeyStore } from '../src/keyStore'

describe('createEnvKeyStore', () => {
  it('args: _PASSPHRASE is the account passphrase, _PRIVATE_KEY_PASSPHRASE the PEM’s', async () => {
    const keys = createEnvKeyStore({
      SIGNET_AGENT_BN_API_KEY: 'k',
      SIGNET_AGENT_BN_PRIVATE_KEY: 'PEM',
      SIGNET_AGENT_BN_PRIVATE_KEY_PASSPHRASE: 'pem-pass',
      SIGNET_AGENT_OKX_API_KEY: 'k',
      SIGNET_AGENT_OKX_SECRET: 's',
      SIGNET_AGENT_OKX_PASSPHRASE: 'acct',
    })
    expect(await keys.get('bn')).toMatchObject({
      privateKey: 'PEM',
      privateKeyPassphrase: 'pem-pass',
      passphrase: undefined,
    })
    expect(await keys.get('okx')).toMatchObject({
      secret: 's',
      passphrase: 'acct',
      privateKeyPassphrase: undefined,
    })
  })
})
