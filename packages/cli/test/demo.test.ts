import { emulations } from '@signet/exchanges/emulate'
import { describe, expect, it } from 'vitest'
import { run } from './_run'

describe('signet demo', () => {
  it('default: runs offline against every registered exchange and exits 0 with its summary', async () => {
    const { code, stdout, stderr } = await run(['demo'])
    expect(stderr).toBe('')
    expect(stdout).toContain('Summary')
    expect(stdout).toMatch(/✓ Demo passed in [\d.]+ s/)
    expect(stdout).toContain('Known mistake:')
    // The three exchanges go all the way; any other registered one at least passes doctor, and its
    // orders either work or are reported as beyond what the emulator routes.
    for (const name of ['Binance', 'Bybit', 'OKX']) {
      expect(stdout).toMatch(
        new RegExp(`^  ${name}\\s.*✓ key, signed call\\s+✓ placed, cancelled\\s+✓ healed$`, 'm'),
      )
    }
    for (const exchange of emulations) {
      expect(stdout).toMatch(
        new RegExp(
          `^  ${exchange.definition.name}\\s.*✓ key, signed call\\s+(✓ placed, cancelled\\s+✓ healed|– not emulated\\s+– not emulated)$`,
          'm',
        ),
      )
    }
    expect(code).toBe(0)
  })
})
