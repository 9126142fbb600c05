import { describe, expect, it } from 'vitest'
import { PolicyFileError } from '../src/errors'
import { parsePolicy } from '../src/policy'
import { BASE, testPolicyText } from './fixtures'

const valid = `{
  "version": 1,
  "keys": {
    "bot": {
      "exchange": "binance",
      "endpoints": ["POST /api/v3/order", "GET /api/v3/account"],
      "symbols": ["BTCUSDT"],
      "maxNotional": "1000"
    }
  }
}`

describe('parsePolicy', () => {
  it('default: a valid policy parses with defaults filled in', () => {
    expect(parsePolicy(valid).keys.bot).toMatchObject({
      readOnly: false,
      allowSensitive: [],
      maxNotional: '1000',
    })
    expect(Object.keys(parsePolicy(testPolicyText).keys)).toHaveLength(2 * Object.keys(BASE).length)
  })

  it('error: each problem names the file, the line and the field', () => {
    const bad = valid
      .replace('"maxNotional": "1000"', '"maxNotional": "1e3"')
      .replace('"POST /api/v3/order"', '"post /api/v3/order"')
    expect(() => parsePolicy(bad, 'policy.json')).toThrowErrorMatchingInlineSnapshot(`
      [PolicyFileError: Invalid signing policy:
      policy.json:6: keys.bot.endpoints.0: expected "METHOD /path" (GET, POST, PUT, PATCH or DELETE; a trailing * matches ids) (received "post /api/v3/order")
      policy.json:8: keys.bot.maxNotional: expected plain decimal text like "0.5" (no exponent, no sign) (received "1e3")
      Hint: Fix the policy file; the agent starts only with a valid one (\`signet agent check\` explains decisions).]
    `)
  })

  it('error: duplicate keys, unknown fields and limits without symbols are refused', () => {
    expect(() =>
      parsePolicy(valid.replace('"version": 1,', '"version": 1, "version": 1,'), 'p.json'),
    ).toThrow(/p\.json:2: duplicate key "version"/)
    expect(() => parsePolicy(valid.replace('"exchange"', '"exhange": "x", "exchange"'), 'p.json')).toThrow(
      PolicyFileError,
    )
    expect(() => parsePolicy(valid.replace('"symbols": ["BTCUSDT"],', ''), 'p.json')).toThrow(
      /limits without "symbols"/,
    )
  })
})
