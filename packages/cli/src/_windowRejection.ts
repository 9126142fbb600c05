import type { Emulation } from '@signet/core'
import { issueEmulatorKey } from './_emulatorKeys'

/** What the exchange answers before it looks at the signature. @internal */
export type Rejection = { code: string | number; message: string; hint: string | undefined }

const FIXED_TIME = 1_700_000_000_000
// A legal window no request carries by accident, swapped for the user's in the signed request's text.
const PROBE_WINDOW = 4321

/**
 * The exchange's own answer to a request that asks for `windowMs` (Binance `recvWindow=70000` → -1131), learned
 * from its verifier with a key issued for the purpose; undefined when the verifier accepts that window or the
 * exchange has no window parameter. @internal
 */
export async function windowRejection(exchange: Emulation, windowMs: number): Promise<Rejection | undefined> {
  const { definition } = exchange
  const key = await issueEmulatorKey(exchange, 'hmac')
  if (!key) return undefined
  try {
    const intent = exchange.examples.account
    const signer = definition.createSigner(key.credentials)
    const signed = await signer.sign(intent, { timestamp: FIXED_TIME, windowMs: PROBE_WINDOW })
    const swap = (text: string) => text.replaceAll(`=${PROBE_WINDOW}`, `=${windowMs}`)
    const headers = Object.fromEntries(
      Object.entries(signed.headers).map(([name, value]) => [
        name,
        value === String(PROBE_WINDOW) ? String(windowMs) : value,
      ]),
    )
    const request = { method: signed.method, url: swap(signed.url), headers, body: swap(signed.body ?? '') }
    const unchanged = request.url === signed.url && request.body === (signed.body ?? '')
    if (unchanged && Object.values(signed.headers).every((v) => v !== String(PROBE_WINDOW))) return undefined
    const verifier = exchange.verification.createVerifier({ keys: [key.verifierKey], now: () => FIXED_TIME })
    const result = await verifier.verify(request, intent.security)
    // A signature failure means the exchange checked the window and went on: the window is not the problem.
    if (result.ok || result.kind === 'invalid-signature') return undefined
    const classified = definition.classifyError(result.response)
    return {
      code: result.code,
      message: classified?.message ?? result.response.body,
      hint: classified?.hint,
    }
  } catch {
    return undefined
  }
}
