import { keccak_256 } from '@noble/hashes/sha3.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import { l1ActionBytes } from '../src/_actionHash'
import { createHyperliquidSigner, toHyperliquidDecimal } from '../src/index'
import { PYTHON_SDK, phantomAgentVector, pythonVectors } from './vectors'

describe('python SDK signing_test.py through createHyperliquidSigner', () => {
  for (const v of pythonVectors) {
    it(`vector: ${v.name}`, async () => {
      const signer = createHyperliquidSigner({
        privateKey: PYTHON_SDK.privateKey,
        environment: v.environment,
      })
      const signed = await signer.sign(
        {
          method: 'POST',
          path: '/exchange',
          body: { action: v.action as never, vaultAddress: v.vaultAddress },
          security: 'signed',
        },
        { nonce: BigInt(v.nonce) },
      )
      const body = JSON.parse(signed.body!) as {
        signature: { r: string; s: string; v: number }
        nonce: number
      }
      // Compared as integers: the SDK prints r and s without leading zeros, Signet as 32 bytes.
      expect(BigInt(body.signature.r)).toBe(BigInt(v.expected.r))
      expect(BigInt(body.signature.s)).toBe(BigInt(v.expected.s))
      expect(body.signature.v).toBe(v.expected.v)
      expect(body.nonce).toBe(v.nonce)
    })
  }

  it('vector: test_phantom_agent_creation_matches_production (connectionId)', () => {
    const o = phantomAgentVector.order
    const action = {
      type: 'order',
      orders: [
        {
          a: o.asset,
          b: o.isBuy,
          p: toHyperliquidDecimal(o.limitPx),
          s: toHyperliquidDecimal(o.sz),
          r: false,
          t: { limit: { tif: o.tif } },
        },
      ],
      grouping: 'na',
    }
    const bytes = l1ActionBytes({ action, nonce: BigInt(phantomAgentVector.nonce) })
    expect(`0x${bytesToHex(keccak_256(bytes))}`).toBe(phantomAgentVector.connectionId)
  })
})
