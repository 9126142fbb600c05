/**
 * Makes hidden characters visible: `\n`, `\r`, `\t`, and other control or invisible characters as `\u{…}`,
 * so a signed text with a stray newline or zero-width space shows where it is.
 *
 * @example
 * visible('a\nb') // 'a\\nb'
 */
export function visible(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: showing control characters is the point
    /[\u0000-\u001f\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060\ufeff]/g,
    (c) =>
      c === '\n'
        ? '\\n'
        : c === '\r'
          ? '\\r'
          : c === '\t'
            ? '\\t'
            : `\\u{${c.codePointAt(0)!.toString(16).padStart(4, '0')}}`,
  )
}
