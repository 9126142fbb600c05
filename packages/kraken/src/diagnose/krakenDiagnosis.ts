import type { ExchangeDiagnosis } from '@signet/core'
import { krakenSignatureVariants } from '../signatureVariants'
import { krakenStringToSign } from '../stringToSign'

/** How `signet explain` and the emulator's inspector diagnose a refused Kraken signature: the signed text and the known wrong ways to sign. */
export const krakenDiagnosis: ExchangeDiagnosis = {
  stringToSign: krakenStringToSign,
  signatureVariants: krakenSignatureVariants,
}
