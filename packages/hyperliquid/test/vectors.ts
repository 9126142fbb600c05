import type { SignerVector } from '@signet/core/testing'

/**
 * The signing tests of Hyperliquid's official python SDK, verbatim: hyperliquid-dex/hyperliquid-python-sdk
 * `tests/signing_test.py` at commit 7ee976d123b1e04295e4a1e37a424ca6a13bef88 (2026-04-14). r and s are as the SDK
 * prints them (`eth_utils.to_hex` of the integer, so leading zeros dropped); `action` is what the SDK hashes
 * (`order_request_to_order_wire` output for orders: `float_to_wire(100)` is "100", `float_to_wire(103)` "103").
 * The file has no cancel vector; cancels are held against ccxt and @nktkas/hyperliquid in oracle.test.ts.
 */
export const PYTHON_SDK = {
  source:
    'https://github.com/hyperliquid-dex/hyperliquid-python-sdk/blob/7ee976d123b1e04295e4a1e37a424ca6a13bef88/tests/signing_test.py',
  privateKey: '0x0123456789012345678901234567890123456789012345678901234567890123',
} as const

/** One python SDK vector: an action, its nonce, vault and chain, and the expected r, s, v. */
export type PythonVector = {
  /** The python test function and which of its assertions. */
  name: string
  kind: 'l1' | 'user-signed'
  action: Record<string, unknown>
  nonce: number
  vaultAddress?: string
  environment: 'mainnet' | 'testnet'
  expected: { r: string; s: string; v: number }
}

const dummy = { type: 'dummy', num: 100000000000 } // float_to_int_for_hashing(1000)
const order = (t: Record<string, unknown>, c?: string) => ({
  type: 'order',
  orders: [{ a: 1, b: true, p: '100', s: '100', r: false, t, ...(c ? { c } : {}) }],
  grouping: 'na',
})
const vault = '0x1719884eb866cb12b2287399b15f7db5e7d775ea'
const transfer = {
  destination: '0x5e9ee1089755c3435139848e47e6635505d5a13a',
  amount: '1',
  time: 1687816341423,
}

export const pythonVectors: readonly PythonVector[] = [
  {
    name: 'test_l1_action_signing_matches (mainnet)',
    kind: 'l1',
    action: dummy,
    nonce: 0,
    environment: 'mainnet',
    expected: {
      r: '0x53749d5b30552aeb2fca34b530185976545bb22d0b3ce6f62e31be961a59298',
      s: '0x755c40ba9bf05223521753995abb2f73ab3229be8ec921f350cb447e384d8ed8',
      v: 27,
    },
  },
  {
    name: 'test_l1_action_signing_matches (testnet)',
    kind: 'l1',
    action: dummy,
    nonce: 0,
    environment: 'testnet',
    expected: {
      r: '0x542af61ef1f429707e3c76c5293c80d01f74ef853e34b76efffcb57e574f9510',
      s: '0x17b8b32f086e8cdede991f1e2c529f5dd5297cbe8128500e00cbaf766204a613',
      v: 28,
    },
  },
  {
    name: 'test_l1_action_signing_order_matches (mainnet)',
    kind: 'l1',
    action: order({ limit: { tif: 'Gtc' } }),
    nonce: 0,
    environment: 'mainnet',
    expected: {
      r: '0xd65369825a9df5d80099e513cce430311d7d26ddf477f5b3a33d2806b100d78e',
      s: '0x2b54116ff64054968aa237c20ca9ff68000f977c93289157748a3162b6ea940e',
      v: 28,
    },
  },
  {
    name: 'test_l1_action_signing_order_matches (testnet)',
    kind: 'l1',
    action: order({ limit: { tif: 'Gtc' } }),
    nonce: 0,
    environment: 'testnet',
    expected: {
      r: '0x82b2ba28e76b3d761093aaded1b1cdad4960b3af30212b343fb2e6cdfa4e3d54',
      s: '0x6b53878fc99d26047f4d7e8c90eb98955a109f44209163f52d8dc4278cbbd9f5',
      v: 27,
    },
  },
  {
    name: 'test_l1_action_signing_order_with_cloid_matches (mainnet)',
    kind: 'l1',
    action: order({ limit: { tif: 'Gtc' } }, '0x00000000000000000000000000000001'),
    nonce: 0,
    environment: 'mainnet',
    expected: {
      r: '0x41ae18e8239a56cacbc5dad94d45d0b747e5da11ad564077fcac71277a946e3',
      s: '0x3c61f667e747404fe7eea8f90ab0e76cc12ce60270438b2058324681a00116da',
      v: 27,
    },
  },
  {
    name: 'test_l1_action_signing_order_with_cloid_matches (testnet)',
    kind: 'l1',
    action: order({ limit: { tif: 'Gtc' } }, '0x00000000000000000000000000000001'),
    nonce: 0,
    environment: 'testnet',
    expected: {
      r: '0xeba0664bed2676fc4e5a743bf89e5c7501aa6d870bdb9446e122c9466c5cd16d',
      s: '0x7f3e74825c9114bc59086f1eebea2928c190fdfbfde144827cb02b85bbe90988',
      v: 28,
    },
  },
  {
    name: 'test_l1_action_signing_matches_with_vault (mainnet)',
    kind: 'l1',
    action: dummy,
    nonce: 0,
    vaultAddress: vault,
    environment: 'mainnet',
    expected: {
      r: '0x3c548db75e479f8012acf3000ca3a6b05606bc2ec0c29c50c515066a326239',
      s: '0x4d402be7396ce74fbba3795769cda45aec00dc3125a984f2a9f23177b190da2c',
      v: 28,
    },
  },
  {
    name: 'test_l1_action_signing_matches_with_vault (testnet)',
    kind: 'l1',
    action: dummy,
    nonce: 0,
    vaultAddress: vault,
    environment: 'testnet',
    expected: {
      r: '0xe281d2fb5c6e25ca01601f878e4d69c965bb598b88fac58e475dd1f5e56c362b',
      s: '0x7ddad27e9a238d045c035bc606349d075d5c5cd00a6cd1da23ab5c39d4ef0f60',
      v: 27,
    },
  },
  {
    name: 'test_l1_action_signing_tpsl_order_matches (mainnet)',
    kind: 'l1',
    action: order({ trigger: { isMarket: true, triggerPx: '103', tpsl: 'sl' } }),
    nonce: 0,
    environment: 'mainnet',
    expected: {
      r: '0x98343f2b5ae8e26bb2587daad3863bc70d8792b09af1841b6fdd530a2065a3f9',
      s: '0x6b5bb6bb0633b710aa22b721dd9dee6d083646a5f8e581a20b545be6c1feb405',
      v: 27,
    },
  },
  {
    name: 'test_l1_action_signing_tpsl_order_matches (testnet)',
    kind: 'l1',
    action: order({ trigger: { isMarket: true, triggerPx: '103', tpsl: 'sl' } }),
    nonce: 0,
    environment: 'testnet',
    expected: {
      r: '0x971c554d917c44e0e1b6cc45d8f9404f32172a9d3b3566262347d0302896a2e4',
      s: '0x206257b104788f80450f8e786c329daa589aa0b32ba96948201ae556d5637eac',
      v: 28,
    },
  },
  {
    name: 'test_sign_usd_transfer_action (testnet)',
    kind: 'user-signed',
    action: { type: 'usdSend', ...transfer },
    nonce: transfer.time,
    environment: 'testnet',
    expected: {
      r: '0x637b37dd731507cdd24f46532ca8ba6eec616952c56218baeff04144e4a77073',
      s: '0x11a6a24900e6e314136d2592e2f8d502cd89b7c15b198e1bee043c9589f9fad7',
      v: 27,
    },
  },
  {
    name: 'test_sign_withdraw_from_bridge_action (testnet)',
    kind: 'user-signed',
    action: { type: 'withdraw3', ...transfer },
    nonce: transfer.time,
    environment: 'testnet',
    expected: {
      r: '0x8363524c799e90ce9bc41022f7c39b4e9bdba786e5f9c72b20e43e1462c37cf9',
      s: '0x58b1411a775938b83e29182e8ef74975f9054c8e97ebf5ec2dc8d51bfc893881',
      v: 28,
    },
  },
  {
    name: 'test_create_sub_account_action (mainnet)',
    kind: 'l1',
    action: { type: 'createSubAccount', name: 'example' },
    nonce: 0,
    environment: 'mainnet',
    expected: {
      r: '0x51096fe3239421d16b671e192f574ae24ae14329099b6db28e479b86cdd6caa7',
      s: '0xb71f7d293af92d3772572afb8b102d167a7cef7473388286bc01f52a5c5b423',
      v: 27,
    },
  },
  {
    name: 'test_create_sub_account_action (testnet)',
    kind: 'l1',
    action: { type: 'createSubAccount', name: 'example' },
    nonce: 0,
    environment: 'testnet',
    expected: {
      r: '0xa699e3ed5c2b89628c746d3298b5dc1cca604694c2c855da8bb8250ec8014a5b',
      s: '0x53f1b8153a301c72ecc655b1c315d64e1dcea3ee58921fd7507e35818fcc1584',
      v: 28,
    },
  },
  {
    name: 'test_sub_account_transfer_action (mainnet)',
    kind: 'l1',
    action: {
      type: 'subAccountTransfer',
      subAccountUser: '0x1d9470d4b963f552e6f671a81619d395877bf409',
      isDeposit: true,
      usd: 10,
    },
    nonce: 0,
    environment: 'mainnet',
    expected: {
      r: '0x43592d7c6c7d816ece2e206f174be61249d651944932b13343f4d13f306ae602',
      s: '0x71a926cb5c9a7c01c3359ec4c4c34c16ff8107d610994d4de0e6430e5cc0f4c9',
      v: 28,
    },
  },
  {
    name: 'test_sub_account_transfer_action (testnet)',
    kind: 'l1',
    action: {
      type: 'subAccountTransfer',
      subAccountUser: '0x1d9470d4b963f552e6f671a81619d395877bf409',
      isDeposit: true,
      usd: 10,
    },
    nonce: 0,
    environment: 'testnet',
    expected: {
      r: '0xe26574013395ad55ee2f4e0575310f003c5bb3351b5425482e2969fa51543927',
      s: '0xefb08999196366871f919fd0e138b3a7f30ee33e678df7cfaf203e25f0a4278',
      v: 28,
    },
  },
  {
    name: 'test_schedule_cancel_action (mainnet, no time)',
    kind: 'l1',
    action: { type: 'scheduleCancel' },
    nonce: 0,
    environment: 'mainnet',
    expected: {
      r: '0x6cdfb286702f5917e76cd9b3b8bf678fcc49aec194c02a73e6d4f16891195df9',
      s: '0x6557ac307fa05d25b8d61f21fb8a938e703b3d9bf575f6717ba21ec61261b2a0',
      v: 27,
    },
  },
  {
    name: 'test_schedule_cancel_action (testnet, no time)',
    kind: 'l1',
    action: { type: 'scheduleCancel' },
    nonce: 0,
    environment: 'testnet',
    expected: {
      r: '0xc75bb195c3f6a4e06b7d395acc20bbb224f6d23ccff7c6a26d327304e6efaeed',
      s: '0x342f8ede109a29f2c0723bd5efb9e9100e3bbb493f8fb5164ee3d385908233df',
      v: 28,
    },
  },
  {
    name: 'test_schedule_cancel_action (mainnet, time 123456789)',
    kind: 'l1',
    action: { type: 'scheduleCancel', time: 123456789 },
    nonce: 0,
    environment: 'mainnet',
    expected: {
      r: '0x609cb20c737945d070716dcc696ba030e9976fcf5edad87afa7d877493109d55',
      s: '0x16c685d63b5c7a04512d73f183b3d7a00da5406ff1f8aad33f8ae2163bab758b',
      v: 28,
    },
  },
  {
    name: 'test_schedule_cancel_action (testnet, time 123456789)',
    kind: 'l1',
    action: { type: 'scheduleCancel', time: 123456789 },
    nonce: 0,
    environment: 'testnet',
    expected: {
      r: '0x4e4f2dbd4107c69783e251b7e1057d9f2b9d11cee213441ccfa2be63516dc5bc',
      s: '0x706c656b23428c8ba356d68db207e11139ede1670481a9e01ae2dfcdb0e1a678',
      v: 27,
    },
  },
]

/**
 * `test_phantom_agent_creation_matches_production`: an ETH (asset 4) Ioc buy of 0.0147 at 1670.1, nonce
 * 1677777606040, no vault, hashes to this connectionId (same source and commit).
 */
export const phantomAgentVector = {
  order: { coin: 'ETH', asset: 4, isBuy: true, sz: 0.0147, limitPx: 1670.1, tif: 'Ioc' },
  nonce: 1677777606040,
  connectionId: '0x0fcbeda5ae3c4950a548021552a4fea2226858c4453571bf3f24ba017eac2908',
} as const

const pad = (hex: string) => `0x${hex.slice(2).padStart(64, '0')}`

/**
 * The python vectors as wire requests for the conformance kit: Signet writes r and s as 32-byte hex (as viem,
 * ethers and ccxt do), the SDK's values zero-padded; the action JSON is the wire form the SDK posts.
 */
export const vectors: SignerVector[] = pythonVectors.map((v) => {
  const action =
    v.kind === 'user-signed'
      ? {
          type: v.action.type,
          signatureChainId: '0x66eee',
          hyperliquidChain: v.environment === 'mainnet' ? 'Mainnet' : 'Testnet',
          ...Object.fromEntries(Object.entries(v.action).filter(([k]) => k !== 'type')),
        }
      : v.action
  const signature = `{"r":"${pad(v.expected.r)}","s":"${pad(v.expected.s)}","v":${v.expected.v}}`
  return {
    name: v.name,
    source: `${PYTHON_SDK.source} (${v.name.split(' ')[0]})`,
    credentials: { apiKey: '', privateKey: PYTHON_SDK.privateKey, environment: v.environment },
    intent: {
      method: 'POST',
      path: '/exchange',
      body: { action: v.action as never, ...(v.vaultAddress ? { vaultAddress: v.vaultAddress } : {}) },
      security: 'signed',
    },
    options: { nonce: BigInt(v.nonce) },
    expected: {
      body: `{"action":${JSON.stringify(action)},"nonce":${v.nonce},"signature":${signature}${v.vaultAddress ? `,"vaultAddress":"${v.vaultAddress}"` : ''}}`,
      headers: { 'content-type': 'application/json' },
    },
  }
})
