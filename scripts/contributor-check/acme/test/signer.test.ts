import { runSignerSuite } from '@signet/core/testing'
import { acmeEmulation } from '../src/emulate/index'

// RULES.md: every Acme key has a passphrase, sent as is.
runSignerSuite(acmeEmulation, {
  badCredentials: [
    ['passphrase', { passphrase: undefined }],
    ['passphrase', { passphrase: ' Acme-pass' }],
  ],
})
