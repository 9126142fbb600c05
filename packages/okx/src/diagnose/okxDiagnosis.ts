import type { ExchangeDiagnosis } from '@signet/core'
import { okxStringToSign } from '../okxStringToSign'
import { okxSignatureVariants } from '../signatureVariants'

/** How `signet explain` and the emulator's inspector diagnose a refused OKX signature: the signed text and the known wrong ways to sign. */
export const okxDiagnosis: ExchangeDiagnosis = {
  stringToSign: okxStringToSign,
  signatureVariants: okxSignatureVariants,
}
