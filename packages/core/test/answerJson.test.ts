import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answerJson, answerObject, parseJson } from '../src/kit/index'

const answer = (body: string, extra: object = {}) => ({ status: 200, headers: {}, body, ...extra })

describe('answerJson', () => {
  it('behavior: uses what the receiver parsed, without parsing the body again', () => {
    const parsed = { already: true }
    // The body says otherwise: the receiver's parse wins, so the text is not read a second time.
    expect(answerJson(answer('{"already":false}', { json: parsed }))).toBe(parsed)
    expect(answerJson(answer('{"a":1}', { json: undefined }))).toBeUndefined()
  })

  it('behavior: parses the body when nobody did; any JSON value, undefined for the rest', () => {
    expect(answerJson(answer('[1,2]'))).toEqual([1, 2])
    expect(answerJson(answer('"x"'))).toBe('x')
    expect(answerJson(answer('<html>portal</html>'))).toBeUndefined()
    expect(answerJson(answer(''))).toBeUndefined()
    expect(answerObject(answer('[1,2]'))).toBeUndefined()
    expect(answerObject(answer('null'))).toBeUndefined()
    expect(answerObject(answer('{"code":-1022}'))).toEqual({ code: -1022 })
  })

  it('property: never throws, and agrees with JSON.parse wherever JSON.parse succeeds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        let expected: unknown
        try {
          expected = text === '' ? undefined : JSON.parse(text)
        } catch {
          expected = undefined
        }
        expect(parseJson(text)).toEqual(expected)
        expect(answerJson(answer(text))).toEqual(expected)
      }),
    )
  })
})
