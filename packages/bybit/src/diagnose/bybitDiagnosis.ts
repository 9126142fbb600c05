import type { ExchangeDiagnosis } from '@signet/core'
import { bybitStringToSign } from '../bybitStringToSign'
import { bybitSignatureVariants } from '../signatureVariants'

/** How `signet explain` and the emulator's inspector diagnose a refused Bybit signature: the signed text and the known wrong ways to sign. */
export const bybitDiagnosis: ExchangeDiagnosis = {
  stringToSign: bybitStringToSign,
  signatureVariants: bybitSignatureVariants,
}
