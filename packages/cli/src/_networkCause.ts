/** The transport-level cause under an error, and what to check for it. @internal */
export type NetworkCause = { cause: string; hint: string | undefined }

// Codes undici and Node put on fetch failures, with what a user can do about each.
const hints: Record<string, string> = {
  ENOTFOUND: 'The host name does not resolve: check the base URL and DNS.',
  EAI_AGAIN: 'DNS did not answer: check the network and DNS, then retry.',
  ECONNREFUSED: 'Nothing listens at that address and port: check the base URL (and that the emulator runs).',
  ECONNRESET: 'The connection was reset: a proxy or firewall may be in the way.',
  EHOSTUNREACH: 'The host is unreachable: check the network and routes.',
  ENETUNREACH: 'The network is unreachable: check the connection.',
  UND_ERR_CONNECT_TIMEOUT: 'The connection timed out: the host may be firewalled or down.',
  CERT_HAS_EXPIRED: "The server's TLS certificate has expired (or the local clock is far off).",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    "The server's TLS certificate is not trusted here (a proxy that intercepts TLS?).",
}

/**
 * The deepest cause of `error` (`getaddrinfo ENOTFOUND api.example`, `connect ECONNREFUSED 127.0.0.1:8080`,
 * `Request timed out`), or undefined when there is none below the error itself. @internal
 */
export function networkCause(error: unknown, timeoutMs?: number): NetworkCause | undefined {
  let current = (error as { cause?: unknown } | null)?.cause
  let deepest: { code?: unknown; message?: unknown; name?: unknown } | undefined
  let code: string | undefined
  for (let depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
    deepest = current as typeof deepest
    if (typeof deepest?.code === 'string') code = deepest.code
    current = (current as { cause?: unknown }).cause
  }
  if (!deepest) return undefined
  const message = typeof deepest.message === 'string' ? deepest.message.split('\n')[0]!.slice(0, 200) : ''
  const text = message || code || String(deepest.name ?? 'unknown')
  const timedOut = deepest.name === 'TimeoutError' || /timed out/i.test(message)
  const known = code ?? Object.keys(hints).find((c) => message.includes(c))
  const hint = timedOut
    ? `No answer within ${timeoutMs === undefined ? 'the timeout' : `${timeoutMs} ms`}: the host may be unreachable or slow (--timeout sets the limit).`
    : known
      ? hints[known]
      : undefined
  return { cause: code && !text.includes(code) ? `${code}: ${text}` : text, hint }
}
