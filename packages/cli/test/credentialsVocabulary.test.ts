// Issue 20, one vocabulary: the CLI's one --passphrase flag reaches the right credential field.
import { describe, expect, it } from 'vitest'
import { toCredentials } from '../src/_checkCredentials'

describe('toCredentials', () => {
  it('args: with a PEM private key the passphrase decrypts it (privateKeyPassphrase)', () => {
    expect(toCredentials({ apiKey: 'k', privateKey: 'PEM', passphrase: 'pem-pass' })).toEqual({
      apiKey: 'k',
      privateKey: 'PEM',
      privateKeyPassphrase: 'pem-pass',
    })
  })

  it('args: with an HMAC secret it is the account passphrase; the environment is the key’s', () => {
    expect(toCredentials({ apiKey: 'k', secret: 's', passphrase: 'acct', environment: 'demo' })).toEqual({
      apiKey: 'k',
      secret: 's',
      passphrase: 'acct',
      keyEnvironment: 'demo',
    })
  })
})
