import { describe, expect, it } from 'vitest'
import { timeRatio } from '../src/testing/timeRatio'

// A scan over every character (200 times, so even the small input takes longer than the 0.05 ms floor), and one
// over every pair of characters.
const linear = (text: string) => {
  let n = 0
  for (let round = 0; round < 200; round++) for (let i = 0; i < text.length; i++) n += text.charCodeAt(i)
  return n
}
const quadratic = (text: string) => {
  let n = 0
  for (let i = 0; i < text.length; i++) for (let j = i; j < text.length; j++) n += text.charCodeAt(j) & 1
  return n
}

describe('timeRatio', () => {
  it('behavior: tells quadratic work from linear work on 20x the input', () => {
    const small = 'ab'.repeat(150)
    const large = 'ab'.repeat(3_000)
    const linearRatio = timeRatio(linear, small, large)
    expect(linearRatio).toBeGreaterThan(5)
    expect(linearRatio).toBeLessThan(60)
    expect(timeRatio(quadratic, small, large)).toBeGreaterThan(60)
  })
})
