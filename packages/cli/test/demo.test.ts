import { describe, expect, it } from 'vitest'
import { run } from './_run'

describe('signet demo', () => {
  it('default: runs offline against every registered exchange and exits 0 with its summary', async () => {
    const { code, stdout, stderr } = await run(['demo'])
    expect(stderr).toBe('')
    expect(stdout).toContain('Summary')
    expect(stdout).toMatch(/✓ Demo passed in [\d.]+ s/)
    expect(stdout).toContain('Known mistake:')
    for (const name of ['Binance', 'Bybit', 'OKX']) {
      expect(stdout).toMatch(
        new RegExp(`^  ${name}\\s.*✓ key, signed call\\s+✓ placed, cancelled\\s+✓ healed$`, 'm'),
      )
    }
    expect(code).toBe(0)
  })
})
