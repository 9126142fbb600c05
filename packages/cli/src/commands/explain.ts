import { InvalidParameterError, scrub } from '@signet/core'
import { type ExplainResult, explainSignature, visible } from '@signet/emulator'
import { integerOption, stringOption } from '../_args'
import type { CommandSpec } from '../_command'
import { renderDiff } from '../_diff'
import { issueEmulatorKey, timestampErrorCode } from '../_emulatorKeys'
import { buildIntent, parseTimestamp, UsageError } from '../_intent'
import { readRequestFlags, requestFlags } from '../_requestFlags'
import type { Style } from '../_style'
import { PLACEHOLDER_API_KEY, resolveCredentials, withCredentials } from '../_userCredentials'
import { windowRejection } from '../_windowRejection'

/** `signet explain`. @internal */
export const explainCommand: CommandSpec = {
  name: 'explain',
  summary: 'Find which mistake produced a signature the exchange rejects',
  description: [
    "Rebuilds the request, signs it the correct way and every known wrong way (the exchange package's",
    'signatureVariants: parameter order, percent-encoding or not, + for space, JSON spacing, number formatting,',
    'a secret with a trailing newline, the timestamp in seconds, hex instead of base64, ...), finds the way that',
    'gives your signature, and prints the character-level difference between the text your code signed and the',
    'text the exchange verifies. When no known way matches it says so and prints the correct text to compare.',
    '',
    'Give the timestamp your code signed with; --query may be the whole failing query string: the parameters',
    "the exchange's signer adds itself (Binance's timestamp, recvWindow and signature; Kraken's nonce) are used",
    "as such, every other one is the request's own. The signature itself is never printed.",
    '',
    'Exit code: 0 your signature is correct, 1 a known mistake was identified, 2 no known mistake matches,',
    '64 usage error.',
  ].join('\n'),
  options: [
    ...requestFlags,
    ['--signature <signature>', 'The signature your code produced (use --signature=... if it starts with -)'],
    ['--json', 'Print a machine-readable result'],
  ],
  examples: [
    "SIGNET_BINANCE_SECRET=... signet explain --exchange binance --method POST --path /api/v3/order \\\n    --form 'symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=0.1&timestamp=1700000000000' --signature 5f0b...",
    "SIGNET_OKX_SECRET=... signet explain --exchange okx --path /api/v5/account/balance --params 'ccy=USDT' \\\n    --timestamp 2023-11-14T22:13:20.000Z --signature 'aGVsbG8...='",
  ],
  async run(context, options) {
    const { argv } = context
    const read = (name: string) => stringOption(argv, options, name)
    const id = read('exchange')
    if (!id) throw new UsageError('--exchange is required')
    const capabilities = context.exchange(id)
    const exchange = capabilities.definition
    const built = buildIntent(capabilities, readRequestFlags(read))
    const signature = read('signature') ?? built.signature
    if (signature === undefined)
      throw new UsageError('--signature is required: the signature your code produced')
    const timestampText = read('timestamp') ?? built.timestamp
    if (timestampText === undefined) {
      throw new UsageError(
        '--timestamp is required: the epoch ms your code signed with (its timestamp parameter or header)',
      )
    }
    const timestamp = parseTimestamp(timestampText)
    const windowMs = integerOption(argv, options, 'window', { min: 1 }) ?? numberOrUndefined(built.windowMs)
    const resolved = resolveCredentials(context, options, exchange.id)
    if (timestamp.note) resolved.notes.push(timestamp.note)
    let result: ExplainResult
    try {
      result = withCredentials(resolved, (credentials) =>
        explainSignature({
          exchange,
          diagnosis: capabilities.diagnosis,
          credentials,
          intent: built.intent,
          timestamp: timestamp.ms,
          windowMs,
          nonce: built.nonce,
          signature,
        }),
      )
    } catch (error) {
      // A window the exchange refuses (Binance recvWindow > 60000): its answer comes before any signature check,
      // so that answer, learned from its verifier, is the explanation.
      const rejection =
        error instanceof InvalidParameterError && windowMs !== undefined
          ? await windowRejection(capabilities, windowMs)
          : undefined
      if (!rejection) throw error
      const heading = `${exchange.name} · ${built.intent.method} ${built.intent.path} · window ${windowMs} ms`
      if (options.json) {
        context.print(
          JSON.stringify(
            {
              exchange: exchange.id,
              outcome: 'rejected-before-signature',
              exitCode: 1,
              windowMs,
              ...rejection,
            },
            null,
            2,
          ),
        )
      } else {
        const { style } = context
        context.print(
          [
            style.bold(heading),
            '',
            `${style.red('✗')} ${style.bold(`${exchange.name} refuses this window before checking the signature: ${rejection.code} ${rejection.message}`)}`,
            `  ${(error as InvalidParameterError).shortMessage}`,
            ...(rejection.hint ? [`  ${style.dim('hint:')} ${rejection.hint}`] : []),
          ].join('\n'),
        )
      }
      return 1
    }
    if (result.outcome === 'correct') {
      // A correct signature the exchange still rejects for its timestamp: the clock, not the signing, is wrong.
      const probe = await issueEmulatorKey(capabilities, 'hmac')
      const code = probe ? await timestampErrorCode(capabilities, probe) : undefined
      if (code !== undefined) {
        result.notes.push(
          `if ${exchange.name} answered ${code} (timestamp outside its window), the signature is not the problem: ` +
            `the clock is. Run \`signet doctor --exchange ${exchange.id}\` to measure this machine's offset to ` +
            `${exchange.name}; @signet/client signs with a server-aligned clock`,
        )
      }
    }
    if (result.correctSignedText.includes(PLACEHOLDER_API_KEY)) {
      resolved.notes.push(`${exchange.name} signs the API key itself: pass --api-key for a meaningful answer`)
    }
    // Signed texts carry no secret by contract; scrubbing guards against a variant that would.
    const { secret, passphrase, privateKey } = resolved.input
    const secrets = [secret, passphrase, privateKey, signature].flatMap((v) => (v ? [v, v.trim()] : []))
    const clean = (text: string) => scrub(text, secrets)
    if (options.json) {
      context.print(
        clean(
          JSON.stringify(
            { exchange: exchange.id, ...result, notes: [...resolved.notes, ...result.notes] },
            null,
            2,
          ),
        ),
      )
    } else {
      const heading = `${exchange.name} · ${built.intent.method} ${built.intent.path} · timestamp ${timestamp.ms} (${new Date(timestamp.ms).toISOString()})`
      context.print(
        clean(renderExplain(heading, result, [...resolved.notes, ...result.notes], context.style)),
      )
    }
    return result.exitCode
  },
}

function numberOrUndefined(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isFinite(value)) throw new UsageError('recvWindow in the query is not a number')
  return value
}

/** The human form of an explain result. @internal */
export function renderExplain(
  heading: string,
  result: ExplainResult,
  notes: readonly string[],
  style: Style,
): string {
  const lines = [style.bold(heading), '']
  const ids = result.checked.map((v) => v.id).join(', ')
  const also =
    result.alsoMatches.length > 0 ? [`  ${style.dim(`(equally: ${result.alsoMatches.join(', ')})`)}`] : []
  if (result.outcome === 'correct') {
    lines.push(
      `${style.green('✓')} ${style.bold('Your signature is correct for this request.')}`,
      '  If the exchange still rejects it, the request you send differs from what you signed',
      '  (another timestamp, parameter order or encoding on the wire), or the key or its permissions are wrong.',
      '  The signed text the exchange verifies:',
      `    ${visible(result.correctSignedText)}`,
    )
  } else if (result.outcome === 'known-mistake') {
    const match = result.match!
    lines.push(
      `${style.red('✗')} ${style.bold(`Known mistake: ${match.id}`)}`,
      `  ${match.description}`,
      ...also,
      '',
    )
    if (result.firstDifference === undefined) {
      lines.push(
        '  The signed text is the same as the correct one: the difference is in the key or in how the',
        '  signature bytes were written. The signed text:',
        `    ${visible(result.correctSignedText)}`,
      )
    } else {
      lines.push(
        `  Signed text, first difference after ${result.firstDifference} matching characters:`,
        renderDiff(result.diff!, style)
          .split('\n')
          .map((line) => `    ${line}`)
          .join('\n'),
      )
    }
  } else {
    lines.push(
      `${style.yellow('?')} ${style.bold('No known mistake produces your signature.')}`,
      '  Check that the secret, the timestamp and every parameter are exactly the ones your code signed with;',
      '  then compare the text your code signs with the text the exchange verifies, by hand:',
      `    ${visible(result.correctSignedText)}`,
    )
  }
  lines.push('', style.dim(`  Checked ${result.checked.length} ways of signing this request: ${ids}.`))
  for (const note of notes) lines.push(style.dim(`  note: ${note}`))
  return lines.join('\n')
}
