// Issue 20: Binance's WebSocket helpers were free functions that looked the key up in a hidden map, so a remote
// signer type-checked and failed at run time. session.logon is now signer.signWebSocketAuth — any signer has it —
// and WebSocket API params need a local key, which the type says.
import { toSigner } from '@signet/core'
import { expect, it } from 'vitest'
import { type BinanceSigner, createBinanceSigner } from '../src/index'
import { DOC_API_KEY, ED25519_RFC8032_PEM } from './vectors'

const T = 1_700_000_000_000

it('behavior: a signer made elsewhere (a remote one) logs on through signWebSocketAuth, and is not a BinanceSigner', async () => {
  const local = createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: ED25519_RFC8032_PEM })
  const remote = toSigner({
    type: 'remote',
    exchange: 'binance',
    apiKey: DOC_API_KEY,
    sign: local.sign,
    signWebSocketAuth: (options) => local.signWebSocketAuth(options),
  })
  expect(await remote.signWebSocketAuth!({ timestamp: T })).toEqual(
    await local.signWebSocketAuth({ timestamp: T }),
  )
  // @ts-expect-error a remote signer has no signWebSocketParams: WebSocket API params are signed with a local key
  const asBinance: BinanceSigner = remote
  expect('signWebSocketParams' in asBinance).toBe(false)
})
