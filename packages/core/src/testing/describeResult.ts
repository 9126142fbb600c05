import type { VerifyResult } from '@signet/core'

/**
 * A verifier's answer in the shape a test snapshots: kind, code, HTTP status and the parsed JSON body (the
 * result itself when it is a success).
 *
 * @example
 * expect(describeResult(verifier.verify(raw))).toMatchInlineSnapshot()
 */
export function describeResult(result: VerifyResult) {
  if (result.ok) return result
  let body: unknown = result.response.body
  try {
    body = JSON.parse(result.response.body)
  } catch {}
  return { kind: result.kind, code: result.code, status: result.response.status, body }
}
