import { describe, expect, it } from 'vitest'
import { readAnswer } from '../src/kit/index'

describe('readAnswer', () => {
  it('default: status, body, JSON object and Retry-After in ms', () => {
    expect(readAnswer({ status: 429, headers: { 'retry-after': '2' }, body: ' {"code":"x"}' })).toEqual({
      status: 429,
      body: ' {"code":"x"}',
      json: { code: 'x' },
      retryAfterMs: 2000,
    })
  })

  it('behavior: HTML, arrays, text and malformed JSON give no object; an exchange reads its own wait headers', () => {
    for (const body of ['<html>busy</html>', '[1,2]', 'OK', '{"a":', ''])
      expect(readAnswer({ status: 200, headers: {}, body }).json, body).toBeUndefined()
    const own = (headers: Readonly<Record<string, string>>) => Number(headers['x-wait'])
    expect(readAnswer({ status: 429, headers: { 'x-wait': '15' }, body: '' }, own).retryAfterMs).toBe(15)
  })

  it('behavior: a response missing its parts never throws', () => {
    expect(readAnswer({} as never)).toEqual({ status: 0, body: '', json: undefined, retryAfterMs: undefined })
    expect(readAnswer(undefined as never).status).toBe(0)
  })

  it('behavior: the headers are read only when a classifier asks for the wait (a success never does)', () => {
    let reads = 0
    const response = {
      status: 200,
      body: '{"ok":true}',
      get headers() {
        reads++
        return { 'retry-after': '1' }
      },
    }
    const answer = readAnswer(response)
    expect(answer.json).toEqual({ ok: true })
    expect(reads).toBe(0)
    expect(answer.retryAfterMs).toBe(1000)
    expect(reads).toBe(1)
  })
})
