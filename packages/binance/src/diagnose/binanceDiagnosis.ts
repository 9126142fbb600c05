import type { ExchangeDiagnosis } from '@signet/core'
import { binanceSignatureVariants } from '../signatureVariants'
import { binanceStringToSign } from '../stringToSign'

/** How `signet explain` and the emulator's inspector diagnose a refused Binance signature: the signed text and the known wrong ways to sign. */
export const binanceDiagnosis: ExchangeDiagnosis = {
  stringToSign: binanceStringToSign,
  signatureVariants: binanceSignatureVariants,
}
