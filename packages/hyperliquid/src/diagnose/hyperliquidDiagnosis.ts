import type { ExchangeDiagnosis } from '@signet/core'
import { hyperliquidSignatureVariants } from '../signatureVariants'
import { hyperliquidStringToSign } from '../stringToSign'

/** How `signet explain` and the emulator's inspector diagnose a refused Hyperliquid signature: the signed text and the known wrong ways to sign. */
export const hyperliquidDiagnosis: ExchangeDiagnosis = {
  stringToSign: hyperliquidStringToSign,
  signatureVariants: hyperliquidSignatureVariants,
}
