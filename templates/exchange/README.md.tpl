# @signet/__name__

TODO(new-exchange): one paragraph: what this package is (a __Name__ signer that writes the exact bytes __Name__
checks, a verifier that answers like __Name__, hosts, the window, the error table and the `ExchangeDefinition`).

```ts
import { createClient } from '@signet/client'
import { create__Name__Signer, __name__ } from '@signet/__name__'

const signer = create__Name__Signer({
  apiKey: process.env.SIGNET___NAME___API_KEY!,
  secret: process.env.SIGNET___NAME___SECRET!,
})
const client = createClient({
  exchange: __name__,
  signer,
  product: 'spot',
  baseUrl: process.env.SIGNET___NAME___BASE_URL, // unset: the exchange's own host; CI sets the emulator's
})
// TODO(new-exchange): a real read-only request
const account = await client.request({ method: 'GET', path: '/TODO/account', security: 'signed' })
```

## The rules it applies

TODO(new-exchange): one bullet per rule, each citing its spec section or doc URL: signature algorithm and output
encoding, what is signed (order, separators, query encoding, body), headers, timestamp unit and window, server
time endpoint, error codes, WebSocket auth, testnet/demo hosts. Say where the docs and the spec disagree.
