import type { ExchangeDiagnosis } from '@signet/core'
import { kucoinSignatureVariants } from '../signatureVariants'
import { kucoinStringToSign } from '../stringToSign'

/** How `signet explain` and the emulator's inspector diagnose a refused KuCoin signature: the signed text and the known wrong ways to sign. */
export const kucoinDiagnosis: ExchangeDiagnosis = {
  stringToSign: kucoinStringToSign,
  signatureVariants: kucoinSignatureVariants,
}
