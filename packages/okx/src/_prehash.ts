/** The REST prehash: timestamp + METHOD + requestPath (with query) + body, plain concatenation (spec okx.md §2). @internal */
export function restPrehash(timestamp: string, method: string, requestPath: string, body: string): string {
  return timestamp + method + requestPath + body
}

/** The WebSocket login prehash: Unix seconds + `GET` + `/users/self/verify` (spec okx.md §7). @internal */
export function wsLoginPrehash(timestampSeconds: string): string {
  return `${timestampSeconds}GET/users/self/verify`
}
