import { runSignatureVariantsSuite } from '@signet/core/testing'
import { __name__Emulation } from '../src/emulate/index'

// At least 8 distinct variants, `correct` first and equal to what the signer sends, each checked by hand, and none
// matching a signature no variant gives. The suite signs the example order with `z=a b&a=1,2` added.
runSignatureVariantsSuite(__name__Emulation, {
  // TODO(new-exchange): every id __name__SignatureVariants returns, in order (`correct` first), each with a check of
  // its signed text or signature derived by hand from the docs (`(v) => expect(v.signedText).toBe('...')`).
  byHand: {},
  // TODO(new-exchange): the exchange's signature of a text, by hand: `createHmac(algorithm, secret).update(text)...`.
  signText: () => {
    throw new Error('TODO(new-exchange): sign a text by hand in test/signatureVariants.test.ts')
  },
  extractSignature: () => {
    throw new Error(
      'TODO(new-exchange): read the signature out of a signed request, in test/signatureVariants.test.ts',
    )
  },
})
