import { diffChars } from '@signet/emulator'
import { expect, it } from 'vitest'
import { renderDiff } from '../src/_diff'
import { createStyle } from '../src/_style'

it('default: without colours the marks survive copy and paste', () => {
  expect(renderDiff(diffChars('a b', 'a%20b'), createStyle(false))).toBe(
    'yours:   a[- -]b\ncorrect: a{+%20+}b',
  )
})

it('behavior: hidden characters in either text are shown', () => {
  expect(renderDiff(diffChars('a\nb', 'ab'), createStyle(false))).toBe('yours:   a[-\\n-]b\ncorrect: ab')
})
