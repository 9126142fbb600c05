import { runSignerConformance } from '@signet/core/testing'
import { hyperliquidExamples } from '../src/emulate/index'
import { hyperliquid } from '../src/index'
import { hyperliquidVerification } from '../src/verify/index'
import { vectors } from './vectors'

// A wallet generated for the test (never a real one); its address is the API key the verifier knows.
const { credentials: generated, verifierKey, secrets } = hyperliquidVerification.testKey!()
const credentials = { apiKey: generated.apiKey, secret: generated.privateKey as string }

runSignerConformance({
  exchange: hyperliquid,
  verification: hyperliquidVerification,
  examples: hyperliquidExamples,
  credentials,
  verifierKey,
  // Signed actions only: /info reads are unsigned (spec hyperliquid.md §1), so they have nothing to tamper with.
  intents: [
    hyperliquidExamples.placeOrder('conformance-1'),
    hyperliquidExamples.cancelOrder('conformance-1'),
    {
      method: 'POST',
      path: '/exchange',
      body: {
        action: { type: 'updateLeverage', asset: 3, isCross: false, leverage: 7 },
        vaultAddress: '0x1719884eb866cb12b2287399b15f7db5e7d775ea',
        expiresAfter: 1_800_000_000_000,
      },
      security: 'signed',
    },
    {
      method: 'POST',
      path: '/exchange',
      body: {
        action: {
          type: 'usdSend',
          destination: '0x5e9ee1089755c3435139848e47e6635505d5a13a',
          amount: '12.5',
        },
      },
      security: 'signed',
    },
  ],
  vectors,
  expectedHeaders: () => ['content-type'],
  extractSignature: (request) => (JSON.parse(request.body!) as { signature: { r: string } }).signature.r,
  secrets,
})
