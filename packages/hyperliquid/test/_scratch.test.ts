import { OrderRequest, parser } from '@nktkas/hyperliquid/api/exchange'
import { signL1Action } from '@nktkas/hyperliquid/signing'
import ccxt from 'ccxt'
import { it } from 'vitest'

it('scratch', async () => {
  const ex = new (ccxt as any).hyperliquid({
    privateKey: '0x0123456789012345678901234567890123456789012345678901234567890123',
    walletAddress: '0x0',
  })
  const action = { type: 'dummy', num: 100000000000 }
  console.log(ex.signL1Action(action, 0))
  console.log(ex.signL1Action(action, 1700000000000))
  const a = parser(OrderRequest.entries.action)({
    type: 'order',
    orders: [{ a: 1, b: true, p: '0100.50', s: '1000.000', r: false, t: { limit: { tif: 'Gtc' } } }],
  })
  console.log(JSON.stringify(a))
  const wallet = {
    signTypedData: async (args: any) => {
      const { EIP712Domain, ...types } = args.types
      const msg = ex.ethEncodeStructuredData(args.domain, types, args.message)
      const sig = ex.signMessage(msg, '0x0123456789012345678901234567890123456789012345678901234567890123')
      return `0x${sig.r.slice(2)}${sig.s.slice(2)}${sig.v.toString(16)}`
    },
  }
  const t0 = performance.now()
  for (let i = 0; i < 100; i++)
    await signL1Action({ wallet, action: { type: 'dummy', num: 100000000000 }, nonce: 1700000000000 + i })
  console.log('nktkas 100', performance.now() - t0)
  const t1 = performance.now()
  for (let i = 0; i < 100; i++) ex.signL1Action(action, 1700000000000 + i)
  console.log('ccxt 100', performance.now() - t1)
  console.log(await signL1Action({ wallet, action, nonce: 0 }))
})
