import { timeRatio } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { classifyHyperliquidError, hyperliquidErrors } from '../src/index'

const answer = (body: string, status = 200) => classifyHyperliquidError({ status, headers: {}, body })
const err = (response: string) => answer(JSON.stringify({ status: 'err', response }))

describe('classifyHyperliquidError', () => {
  it('behavior: successes, including per-order error statuses and /info arrays', () => {
    expect(answer('{"status":"ok","response":{"type":"default"}}')).toBeUndefined()
    expect(
      answer(
        '{"status":"ok","response":{"type":"order","data":{"statuses":[{"error":"Insufficient margin"}]}}}',
      ),
    ).toBeUndefined()
    expect(answer('[{"coin":"BTC"}]')).toBeUndefined()
  })

  it('behavior: the recovered-address answer is a signature problem, with the address kept', () => {
    // Recorded from the testnet by df-hyperliquid-core (fixtures/ws/testnet.json, post.action.err).
    const c = err('User or API Wallet 0xf9414817e74c92ea33b3e8614efcc3ed198df423 does not exist.')
    expect(c).toMatchObject({ kind: 'invalid-signature', code: 'unknown-signer' })
    expect(c?.message).toContain('0xf9414817e74c92ea33b3e8614efcc3ed198df423')
    expect(c?.hint).toContain('signet explain')
    // The client classifies again from the redacted body, where the address is cut.
    expect(err('User or API Wallet 0xf9…[redacted] does not exist.')).toMatchObject({
      code: 'unknown-signer',
    })
  })

  it('behavior: nonce answers', () => {
    // https://github.com/nomeida/hyperliquid/issues/61
    expect(err('Invalid nonce: duplicate nonce 1741107452532')).toMatchObject({
      kind: 'nonce',
      code: 'duplicate-nonce',
    })
    expect(err('Invalid nonce: nonce 1 is outside the window of the block time')).toMatchObject({
      code: 'nonce-window',
    })
    expect(err('Action expired (expiresAfter 1)')).toMatchObject({ kind: 'timestamp', code: 'expired' })
  })

  it('behavior: HTTP-level answers and bodies that are not Hyperliquid JSON', () => {
    expect(answer('Failed to deserialize the JSON body into the target type: action', 422)).toMatchObject({
      kind: 'other',
      code: 'deserialize',
    })
    expect(answer('', 429)).toMatchObject({ kind: 'rate-limit', code: 'rate-limit', message: 'HTTP 429' })
    expect(answer('<html>502 Bad Gateway</html>', 502)).toMatchObject({ kind: 'other', code: 502 })
    expect(err('Some new message')).toMatchObject({
      kind: 'other',
      code: undefined,
      message: 'Some new message',
    })
  })

  it('behavior: every row classifies back to itself from the text the verifier writes', () => {
    for (const [id, entry] of Object.entries(hyperliquidErrors)) {
      if (entry.status !== 200) continue
      expect(err(entry.message.replace('{0}', '0x0000000000000000000000000000000000000001'))?.code, id).toBe(
        id,
      )
    }
  })

  // Parsing copies the message into a new string, so both sizes are over 128 kB (`timeRatio`'s note): at 50 kB and
  // 1 MB a virtual machine's fresh pages made linear work read 63-69x.
  it('behavior: linear time on a hostile err body (5 MB within 40x of 250 kB)', () => {
    const body = (n: number) => JSON.stringify({ status: 'err', response: 'nonce '.repeat(Math.ceil(n / 6)) })
    expect(timeRatio(answer, body(250_000), body(5_000_000))).toBeLessThan(40)
  })
})
