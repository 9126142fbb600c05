// Every exchange package, each with an emulator-only HMAC key, for the client's integration tests.
import { binance } from '@signet/binance'
import { bybit } from '@signet/bybit'
import type { Credentials, ExchangeDefinition, VerifierKey } from '@signet/core'
import { gateio } from '@signet/gateio'
import { kucoin } from '@signet/kucoin'
import { okx } from '@signet/okx'

export type Fixture = {
  exchange: ExchangeDefinition
  credentials: Credentials
  key: VerifierKey
  secrets: string[]
}

const secret = (id: string) => `${id.toUpperCase()}0123456789ABCDEF0123456789ABCDEF`.slice(0, 32)

export const fixtures: Fixture[] = [binance, bybit, okx, kucoin, gateio].map((exchange) => {
  const apiKey = `${exchange.id}-emulator-key`
  const passphrase = exchange.id === 'okx' || exchange.id === 'kucoin' ? 'Emulator-Pass-42' : undefined
  return {
    exchange,
    credentials: { apiKey, secret: secret(exchange.id), passphrase },
    key: { apiKey, secret: secret(exchange.id), passphrase },
    secrets: [secret(exchange.id), ...(passphrase ? [passphrase] : [])],
  }
})
