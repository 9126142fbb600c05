import type { ExchangeDiagnosis } from '@signet/core'
import { coinbaseSignatureVariants } from '../signatureVariants'
import { coinbaseStringToSign } from '../stringToSign'

/** How `signet explain` and the emulator's inspector diagnose a refused Coinbase Advanced Trade signature: the signed text and the known wrong ways to sign. */
export const coinbaseDiagnosis: ExchangeDiagnosis = {
  stringToSign: coinbaseStringToSign,
  signatureVariants: coinbaseSignatureVariants,
}
