import { runSignatureVariantsSuite } from '@signet/core/testing'
import { __name__Emulation } from '../src/emulate/index'

// At least 8 distinct variants, `correct` first and equal to what the signer sends, and none matching a signature
// no variant gives. TODO(new-exchange): add a test computing a few variants' texts and signatures by hand.
runSignatureVariantsSuite(__name__Emulation, {
  // TODO(new-exchange): the ids __name__SignatureVariants returns, in order, `correct` first.
  ids: [],
  extractSignature: () => {
    throw new Error(
      'TODO(new-exchange): read the signature out of a signed request, in test/signatureVariants.test.ts',
    )
  },
})
