import type { ExchangeDiagnosis } from '@signet/core'
import { __name__SignatureVariants } from '../signatureVariants'
import { __name__StringToSign } from '../stringToSign'

/** How `signet explain` and the emulator's inspector diagnose a refused __Name__ signature. */
export const __name__Diagnosis: ExchangeDiagnosis = {
  stringToSign: __name__StringToSign,
  signatureVariants: __name__SignatureVariants,
}
