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
    // Every registered exchange has an emulation with declared routes (a new one's from emulationFromExamples), so
    // each goes all the way: the emulator accepted its signed doctor call, order placements and cancellations.
    expect(emulations.length).toBeGreaterThanOrEqual(8)
    for (const exchange of emulations) {
      expect(stdout).toMatch(
        new RegExp(
          `^  ${exchange.definition.name}\\s.*✓ key, signed call\\s+✓ placed, cancelled\\s+✓ healed$`,
          'm',
        ),
      )
    }
    expect(code).toBe(0)
  })
})
