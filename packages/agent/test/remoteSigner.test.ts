import { createClient } from '@signet/client'
import { okx } from '@signet/okx'
import { describe, expect, it } from 'vitest'
import { createRemoteSigner } from '../src'

describe('createRemoteSigner', () => {
  it("args: keyEnvironment names the agent's key's environment, so a client for other hosts refuses it before anything is sent", () => {
    // No agent answers here: neither creating the signer nor the client asks it anything.
    const remote = (keyEnvironment?: string) =>
      createRemoteSigner({
        exchange: 'okx',
        keyId: 'okx-demo',
        socketPath: '/nonexistent/agent.sock',
        keyEnvironment,
      })
    expect(remote('demo').keyEnvironment).toBe('demo')
    expect(() => createClient({ exchange: okx, signer: remote('demo') })).toThrow(
      'expected a live key (environment "live" accepts no other), received a signer of a demo key',
    )
    expect(createClient({ exchange: okx, environment: 'demo', signer: remote('demo') }).baseUrl).toBe(
      'https://www.okx.com',
    )
    // Unnamed, the client cannot know, and does not guess.
    expect(() => createClient({ exchange: okx, environment: 'demo', signer: remote() })).not.toThrow()
  })
})
