import { encode } from '@msgpack/msgpack'
import { bytesToHex } from '@noble/hashes/utils.js'
import { expect, it } from 'vitest'
import fixtures from './fixtures/msgpack-python.json' with { type: 'json' }

// test/fixtures/msgpack-python.json: msgpack.packb(value) from msgpack-python 1.0.3 (fixtures/msgpack-python.py).
for (const { name, value, hex } of fixtures as { name: string; value: unknown; hex: string }[]) {
  it(`behavior: @msgpack/msgpack with default options writes what msgpack-python packb writes: ${name}`, () => {
    expect(bytesToHex(encode(value))).toBe(hex)
  })
}

it('behavior: useBigInt64 would write safe integers ≥ 2^32 as float64, which is why Signet leaves it off', () => {
  expect(bytesToHex(encode(100000000000, { useBigInt64: true })).slice(0, 2)).toBe('cb')
  expect(bytesToHex(encode(100000000000)).slice(0, 2)).toBe('cf')
})
