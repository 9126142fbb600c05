import { createHmac } from 'node:crypto'
import { inspect } from 'node:util'
import { CredentialFormatError, createSecret } from '@signet/core'
import { hmac } from '@signet/core/kit'
import { describe, expect, it } from 'vitest'
import { hmacSigningKey } from '../src/kit/index'
import { thrown } from '../src/testing/index'

const options = { exchange: 'acme', keys: 'Acme API keys', hint: 'Pass the secret Acme issued as `secret`.' }
const good = { apiKey: 'key-1', secret: 'secret-1234' }

describe('hmacSigningKey', () => {
  it('default: the API key text, the prepared HMAC key and the environment', () => {
    const { apiKey, key, environment } = hmacSigningKey(
      { ...good, secret: createSecret('secret-1234') },
      options,
    )
    expect(apiKey).toBe('key-1')
    expect(environment).toBeUndefined()
    expect(hmac('sha256', key, 'text', 'hex')).toBe(
      createHmac('sha256', 'secret-1234').update('text').digest('hex'),
    )
    expect(
      hmacSigningKey(
        { ...good, keyEnvironment: 'testnet' },
        { ...options, environments: ['live', 'testnet'] },
      ).environment,
    ).toBe('testnet')
  })

  it('error: each missing or wrong credential names its field, never its value', () => {
    const field = (credentials: unknown, extra = {}) => {
      const error = thrown(() => hmacSigningKey(credentials as never, { ...options, ...extra }))
      expect(error).toBeInstanceOf(CredentialFormatError)
      expect(`${error.message}${inspect(error)}`).not.toContain('secret-1234')
      return [(error as CredentialFormatError).field, error.message]
    }
    expect(field(null)).toEqual(['credentials', expect.stringContaining('apiKey and secret')])
    expect(field(null, { passphrase: true })).toEqual([
      'credentials',
      expect.stringContaining('apiKey, secret and passphrase'),
    ])
    expect(field({ secret: 'secret-1234' })[0]).toBe('apiKey')
    expect(field({ ...good, privateKey: 'pem' })).toEqual([
      'privateKey',
      expect.stringContaining('Acme API keys use an HMAC secret'),
    ])
    expect(field({ apiKey: 'key-1' })[0]).toBe('secret')
    expect(field(good, { passphrase: true })[0]).toBe('passphrase')
    expect(field({ ...good, keyEnvironment: 'demo' })).toEqual([
      'keyEnvironment',
      expect.stringContaining('must be "live", received "demo"'),
    ])
    expect(field({ ...good, environment: 'demo' }, { environments: ['live', 'testnet'] })[1]).toContain(
      'must be "live" or "testnet", received "demo"',
    )
    expect(field({ ...good, secret: ' secret-1234' })[0]).toBe('secret')
  })
})
