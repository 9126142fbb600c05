import type { ExchangeDiagnosis } from '@signet/core'
import { gateioSignatureVariants } from '../signatureVariants'
import { gateioStringToSign } from '../stringToSign'

/** How `signet explain` and the emulator's inspector diagnose a refused Gate.io signature: the signed text and the known wrong ways to sign. */
export const gateioDiagnosis: ExchangeDiagnosis = {
  stringToSign: gateioStringToSign,
  signatureVariants: gateioSignatureVariants,
}
