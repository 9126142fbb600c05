import { REDACTED, type SignedRequest, scrub } from '@signet/core'
import { visible } from '@signet/emulator'
import { integerOption, stringOption } from '../_args'
import type { CommandSpec } from '../_command'
import { buildIntent, parseTimestamp, UsageError } from '../_intent'
import { readRequestFlags, requestFlags } from '../_requestFlags'
import { resolveCredentials, withCredentials } from '../_userCredentials'

/** `signet sign`. @internal */
export const signCommand: CommandSpec = {
  name: 'sign',
  summary: 'Print the canonical string, the signature and the full request for an intent',
  description: [
    "Signs a request with the exchange package's signer and prints the exact text the signature covers (the",
    "exchange's string to sign, recomputed from the request as it would be received), the signature, and the",
    'full request: method, URL, headers and body, byte for byte as Signet would send them. The secret and the',
    'passphrase are redacted; the signature and API key are shown, since comparing them is the point.',
    '',
    'Without --timestamp the current local time is used.',
  ].join('\n'),
  options: [
    ...requestFlags,
    ['--base-url <url>', "Host to show in the URL (default: the product's live host)"],
    ['--product <name>', "Product whose host is shown (default: the exchange's default)"],
    ['--environment <name>', 'Host entry: live, testnet, demo, ... (default: live)'],
    ['--json', 'Print a machine-readable result'],
  ],
  examples: [
    'SIGNET_BYBIT_API_KEY=... SIGNET_BYBIT_SECRET=... signet sign --exchange bybit --method POST \\\n    --path /v5/order/create --body \'{"category":"linear","symbol":"BTCUSDT","qty":"0.001"}\' --timestamp 1700000000000',
  ],
  async run(context, options) {
    const { argv } = context
    const read = (name: string) => stringOption(argv, options, name)
    const id = read('exchange')
    if (!id) throw new UsageError('--exchange is required')
    const capabilities = context.exchange(id)
    const exchange = capabilities.definition
    const built = buildIntent(capabilities, readRequestFlags(read))
    const timestampText = read('timestamp') ?? built.timestamp
    const timestamp = timestampText === undefined ? { ms: Date.now() } : parseTimestamp(timestampText)
    const windowMs =
      integerOption(argv, options, 'window', { min: 1 }) ??
      (built.windowMs ? Number(built.windowMs) : undefined)
    const productName = read('product') ?? exchange.defaultProduct
    const product = exchange.products[productName]
    if (!product)
      throw new UsageError(
        `unknown product "${productName}"; known: ${Object.keys(exchange.products).join(', ')}`,
      )
    const environment = read('environment') ?? 'live'
    const host = read('base-url') ?? product.rest[environment]
    if (!host)
      throw new UsageError(
        `unknown environment "${environment}"; known: ${Object.keys(product.rest).join(', ')}`,
      )
    const resolved = resolveCredentials(context, options, exchange.id)
    if (timestamp.note) resolved.notes.push(timestamp.note)
    const { signer, credentials } = withCredentials(resolved, (credentials) => ({
      signer: exchange.createSigner(credentials),
      credentials,
    }))
    const signed = await signer.sign(built.intent, { timestamp: timestamp.ms, windowMs })
    const keyType = signer.keyType
    let signature: string | undefined
    try {
      const correct = capabilities.diagnosis
        .signatureVariants({ credentials, intent: built.intent, timestamp: timestamp.ms, windowMs })
        .find((v) => v.id === 'correct')
      // A randomised scheme (Coinbase: a random nonce in every JWT) makes a new signature each time: show the one
      // this request carries, recognised by the variant itself.
      signature = correct?.matches
        ? Object.values(signed.headers)
            .find((value) => correct.matches!(value))
            ?.replace(/^Bearer\s+/i, '')
        : correct?.signature
    } catch {}
    signature ??= findSignature(signed)
    const canonical = capabilities.diagnosis.stringToSign({
      method: signed.method,
      url: signed.url,
      headers: signed.headers,
      body: signed.body ?? '',
    })
    const { secret, passphrase, privateKey } = resolved.input
    const hidden = [secret, passphrase, privateKey].flatMap((v) => (v ? [v, v.trim()] : []))
    const headers = Object.fromEntries(
      Object.entries(signed.headers).map(([name, value]) => [
        name,
        /passphrase|secret/i.test(name) || hidden.includes(value) ? REDACTED : value,
      ]),
    )
    const url = host.replace(/\/+$/, '') + signed.url
    const clean = (text: string) => scrub(text, hidden)
    if (options.json) {
      const result = {
        exchange: exchange.id,
        timestamp: timestamp.ms,
        stringToSign: canonical,
        signature,
        keyType,
        request: { method: signed.method, url, headers, body: signed.body },
        notes: resolved.notes,
      }
      context.print(clean(JSON.stringify(result, null, 2)))
      return 0
    }
    const { style } = context
    const lines = [
      style.bold(`${exchange.name} · ${signed.method} ${built.intent.path} · timestamp ${timestamp.ms}`),
      '',
      style.bold('String to sign') + style.dim(' (exactly what the signature covers):'),
      `  ${visible(canonical)}`,
      '',
      style.bold('Signature') + style.dim(` (${keyType}):`),
      `  ${signature ?? style.dim('(not found in the request)')}`,
      '',
      style.bold('Request:'),
      `  ${signed.method} ${url}`,
      ...Object.entries(headers).map(([name, value]) => `  ${style.cyan(name)}: ${value}`),
      ...(signed.body !== undefined ? ['', `  ${visible(signed.body)}`] : []),
      ...resolved.notes.map((note) => style.dim(`\nnote: ${note}`)),
    ]
    context.print(clean(lines.join('\n')))
    return 0
  },
}

/** The signature in a signed request when the exchange lists no variants: a `signature`/`sign` param or header. */
function findSignature(signed: SignedRequest): string | undefined {
  const query = signed.url.includes('?') ? signed.url.slice(signed.url.indexOf('?') + 1) : ''
  for (const text of [query, signed.body ?? '']) {
    for (const pair of text.split('&')) {
      const [name, value] = pair.split('=')
      if ((name === 'signature' || name === 'sign') && value) return decodeURIComponent(value)
    }
  }
  return Object.entries(signed.headers).find(([name]) => /(^|-)sign(ature)?$/i.test(name))?.[1]
}
