---
"@signet/__name__": minor
"@signet/exchanges": minor
---

Added `@signet/__name__`: a __Name__ signer, a verifier that answers with __Name__'s error codes, the hosts, the freshness rule, the error table and the `__name__` ExchangeDefinition, registered in `@signet/exchanges` so the client, the emulator and the CLI support __Name__. TODO(new-exchange): say in one past-tense paragraph what the signer does (algorithm, what is signed, where the key goes).
