// Issue 20: definitions keep their literal types and the client is generic over them. Checked by
// `tsc -p packages/client/tsconfig.json` (the package's typecheck); each `@ts-expect-error` fails that check when
// its line stops being an error.

import { type BinanceSigner, binance, createBinanceSigner } from '@signet/binance'
import {
  defineExchange,
  type EnvironmentOf,
  type ExchangeDefinition,
  type ProductOf,
  type SignerOf,
  toSigner,
} from '@signet/core'
import { kucoin } from '@signet/kucoin'
import { createOkxSigner, type OkxSigner, okx } from '@signet/okx'
import { describe, expectTypeOf, it } from 'vitest'
import { type Client, createClient, type RequestOptions } from '../src/index'

const binanceSigner = createBinanceSigner({ apiKey: 'k', secret: 's' })
const okxSigner = createOkxSigner({ apiKey: 'k', secret: 's', passphrase: 'p' })

describe('defineExchange keeps literal types', () => {
  it('default: id, products, environments per product and the signer type', () => {
    expectTypeOf(binance.id).toEqualTypeOf<'binance'>()
    expectTypeOf<ProductOf<typeof binance>>().toEqualTypeOf<
      'spot' | 'sapi' | 'usdm' | 'coinm' | 'options' | 'portfolioMargin'
    >()
    expectTypeOf<EnvironmentOf<typeof binance, 'usdm'>>().toEqualTypeOf<'live' | 'testnet' | 'demo'>()
    expectTypeOf<EnvironmentOf<typeof binance, 'sapi'>>().toEqualTypeOf<'live'>()
    expectTypeOf<ProductOf<typeof okx>>().toEqualTypeOf<'v5'>()
    expectTypeOf<SignerOf<typeof binance>>().toEqualTypeOf<BinanceSigner>()
    expectTypeOf<SignerOf<typeof okx>>().toEqualTypeOf<OkxSigner>()
    expectTypeOf(okxSigner.exchange).toEqualTypeOf<'okx'>()
  })

  it('error: a definition missing a required field does not compile', () => {
    const { id: _, ...noId } = binance
    // @ts-expect-error `id` is required
    defineExchange(noId)
    const { createSigner: __, ...noSigner } = okx
    // @ts-expect-error `createSigner` is required
    defineExchange(noSigner)
  })

  it('behavior: a definition is still an ExchangeDefinition', () => {
    expectTypeOf(binance).toExtend<ExchangeDefinition>()
    expectTypeOf(kucoin).toExtend<ExchangeDefinition>()
  })
})

describe('createClient is typed by the definition', () => {
  it('default: product, environment and signer of the exchange compile', () => {
    const client = createClient({
      exchange: binance,
      signer: binanceSigner,
      product: 'usdm',
      environment: 'demo',
    })
    expectTypeOf(client).toEqualTypeOf<Client<typeof binance>>()
    expectTypeOf(client).toExtend<Client>()
    expectTypeOf(client.exchange.id).toEqualTypeOf<'binance'>()
    // The default product's environments when no product is named.
    createClient({ exchange: binance, environment: 'testnet' })
  })

  it('error: a misspelt product does not compile', () => {
    // @ts-expect-error 'spto' is not a Binance product
    createClient({ exchange: binance, product: 'spto' })
  })

  it('error: a misspelt environment, or one the product does not have, does not compile', () => {
    // @ts-expect-error 'tesnet' is not a Binance environment
    createClient({ exchange: binance, environment: 'tesnet' })
    // @ts-expect-error SAPI has no testnet (spec binance.md §8)
    createClient({ exchange: binance, product: 'sapi', environment: 'testnet' })
    // @ts-expect-error OKX names its demo environments 'demo', 'eea-demo' and 'us-demo'
    createClient({ exchange: okx, environment: 'testnet' })
  })

  it('error: a signer of another exchange does not compile', () => {
    // @ts-expect-error an OKX signer for a Binance client
    createClient({ exchange: binance, signer: okxSigner })
    const remote = toSigner({
      exchange: 'okx',
      apiKey: 'k',
      sign: async () => ({ method: 'GET', url: '/', headers: {} }),
    })
    expectTypeOf(remote.exchange).toEqualTypeOf<'okx'>()
    // @ts-expect-error a remote signer made for OKX, for a Binance client
    createClient({ exchange: binance, signer: remote })
  })

  it('behavior: a definition chosen at run time takes any names (checked when the client is made)', () => {
    const chosen = (exchange: ExchangeDefinition) =>
      createClient({ exchange, product: 'anything', environment: 'anywhere', signer: okxSigner })
    expectTypeOf(chosen).returns.toEqualTypeOf<Client>()
  })
})

describe("an exchange's own sign options through the client", () => {
  const intent = { method: 'POST', path: '/api/v5/trade/order', body: {}, security: 'signed' } as const

  it('default: OKX expTime and Binance timeUnit are request options', () => {
    expectTypeOf<NonNullable<RequestOptions<typeof okx>['sign']>>().toEqualTypeOf<{
      expTime?: number | undefined
    }>()
    expectTypeOf<NonNullable<RequestOptions<typeof binance>['sign']>>().toHaveProperty('timeUnit')
    createClient({ exchange: okx, signer: okxSigner }).request(intent, {
      sign: { expTime: 1_700_000_000_000 },
    })
    createClient({ exchange: binance, signer: binanceSigner }).request(intent, { sign: { timeUnit: 'us' } })
  })

  it("error: another exchange's sign option, or the runtime's own, does not compile", () => {
    // @ts-expect-error expTime is OKX's, not Binance's
    createClient({ exchange: binance }).request(intent, { sign: { expTime: 1 } })
    // @ts-expect-error the timestamp is chosen by the client, not a request option
    createClient({ exchange: okx }).request(intent, { sign: { timestamp: 1 } })
  })

  it("behavior: KuCoin's keyVersion is the key's, so it is given to the signer, not per request", () => {
    expectTypeOf(kucoin.createSigner).parameter(0).toHaveProperty('keyVersion')
    // @ts-expect-error keyVersion belongs to the key (createKucoinSigner), not to a request
    createClient({ exchange: kucoin }).request(intent, { sign: { keyVersion: '3' } })
  })
})

describe('the verbs are typed by where the definition puts parameters', () => {
  const binanceClient = createClient({ exchange: binance, signer: binanceSigner })
  const okxClient = createClient({ exchange: okx, signer: okxSigner })
  const orders = [{ instId: 'BTC-USDT', sz: '1' }]

  it('default: a form for Binance, a JSON body (an object or a batch array) for OKX, query params for both', () => {
    binanceClient.post('/api/v3/order', { form: { symbol: 'BTCUSDT' }, params: { test: true } })
    binanceClient.delete('/api/v3/order', { form: { symbol: 'BTCUSDT' }, security: 'signed' })
    binanceClient.get('/api/v3/time', { security: 'none', signal: AbortSignal.timeout(1000), windowMs: 5000 })
    okxClient.post('/api/v5/trade/batch-orders', { json: orders, sign: { expTime: 1 } })
    okxClient.post('/api/v5/trade/order', { json: { instId: 'BTC-USDT' } })
    expectTypeOf(okxClient.get<{ code: string }>('/api/v5/account/balance')).resolves.toEqualTypeOf<{
      code: string
    }>()
  })

  it('error: a JSON array where a form is expected, or a form where JSON is, does not compile', () => {
    // @ts-expect-error Binance takes a form: a JSON body (here a batch array) does not compile
    binanceClient.post('/api/v3/order', { json: orders })
    // @ts-expect-error OKX takes JSON: a form does not compile
    okxClient.post('/api/v5/trade/order', { form: { instId: 'BTC-USDT' } })
    // @ts-expect-error a GET has no body
    binanceClient.get('/api/v3/account', { form: { symbol: 'BTCUSDT' } })
  })

  it('error: the old positional shape does not compile', () => {
    // @ts-expect-error parameters go under form/json/params, not at the top level
    binanceClient.post('/api/v3/order', { symbol: 'BTCUSDT' })
    // @ts-expect-error the security level is an option, not a third argument
    binanceClient.get('/api/v3/account', {}, 'signed')
    // @ts-expect-error an array is not the options object
    okxClient.post('/api/v5/trade/batch-orders', orders)
  })
})
