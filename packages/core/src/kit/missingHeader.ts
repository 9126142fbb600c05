/**
 * The first of `names` a received request lacks (or sends empty), as named; undefined when it has them all.
 * `headers` are the received headers with lower-case names, as `receiveRequest` gives them.
 *
 * @example
 * missingHeader(received.headers, ['KEY', 'Timestamp', 'SIGN']) // 'SIGN' when no SIGN header came
 */
export function missingHeader(
  headers: Readonly<Record<string, string | undefined>>,
  names: readonly string[],
): string | undefined {
  return names.find((name) => !headers[name.toLowerCase()])
}
