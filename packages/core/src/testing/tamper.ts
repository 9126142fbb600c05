/** Replaces the character at `index` with a different one of the same class (digit, letter, other). */
export function tamperAt(text: string, index: number): string {
  const c = text[index]!
  let next: string
  if (c >= '0' && c <= '8') next = String.fromCharCode(c.charCodeAt(0) + 1)
  else if (c === '9') next = '0'
  else if ((c >= 'a' && c < 'z') || (c >= 'A' && c < 'Z')) next = String.fromCharCode(c.charCodeAt(0) + 1)
  else if (c === 'z') next = 'a'
  else if (c === 'Z') next = 'A'
  else next = c === 'x' ? 'y' : 'x'
  return text.slice(0, index) + next + text.slice(index + 1)
}
