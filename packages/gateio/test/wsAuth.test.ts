import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createGateioWsAuth } from '../src/index'

const credentials = { apiKey: 'ws-key', secret: 'ws-secret-1234' }
const h = (text: string) => createHmac('sha512', credentials.secret).update(text).digest('hex')

describe('createGateioWsAuth', () => {
  it('default: channel auth signs channel=…&event=…&time=… (spec gateio.md §7)', () => {
    expect(createGateioWsAuth(credentials).channelAuth('spot.orders', 'subscribe', 1_700_000_000)).toEqual({
      method: 'api_key',
      KEY: 'ws-key',
      SIGN: h('channel=spot.orders&event=subscribe&time=1700000000'),
    })
  })

  it('default: WebSocket API requests sign api\\nchannel\\nreq_param\\ntime', () => {
    expect(createGateioWsAuth(credentials).apiSignature('spot.login', '', 1_700_000_000)).toBe(
      h('api\nspot.login\n\n1700000000'),
    )
  })

  it('error: a millisecond time or a damaged secret is rejected with a typed error', () => {
    expect(() =>
      createGateioWsAuth(credentials).channelAuth('spot.orders', 'subscribe', 1_700_000_000_000),
    ).toThrow(/Unix seconds/)
    expect(() => createGateioWsAuth({ ...credentials, secret: `${credentials.secret}\n` })).toThrow(/newline/)
  })
})
