/** Flags describing a request, shared by `explain` and `sign`. @internal */
export const requestFlags = [
  ['--exchange <id>', 'Exchange id (required)'],
  ['--method <method>', 'GET, POST, PUT or DELETE (default: GET)'],
  [
    '--path <path>',
    "Request path without host, may include ?query (default: the exchange's account endpoint)",
  ],
  ['--params <pairs>', "'a=1&b=2' with plain values, placed where the exchange takes params for this method"],
  ['--query <query>', 'Query string as sent (percent-decoded here); may be the whole failing query'],
  ['--form <form>', 'Form body as sent (percent-decoded here)'],
  ['--body <json>', 'JSON body text, signed byte for byte'],
  ['--timestamp <ms>', 'Epoch ms (or seconds, or an ISO date) the request was signed with'],
  ['--window <ms>', 'Validity window asked for (Binance recvWindow, Bybit X-BAPI-RECV-WINDOW)'],
  ['--api-key <key>', 'API key (or SIGNET_<EXCHANGE>_API_KEY)'],
  ['--secret-file <path>', 'File holding the HMAC secret (owner-only, chmod 600), or - for standard input'],
  ['--private-key-file <path>', 'PEM private key (Ed25519/RSA) instead of a secret, or - for standard input'],
  [
    '--passphrase-file <path>',
    'File holding the account or PEM passphrase (chmod 600), or - for standard input',
  ],
  ['--secret <secret>', 'The secret itself: refused unless --insecure-argv (visible in ps, kept in history)'],
  ['--passphrase <passphrase>', 'The passphrase itself: refused unless --insecure-argv'],
  ['--insecure-argv', 'Accept --secret and --passphrase values on the command line'],
] as const

/** The request flags' values, byte-exact. @internal */
export function readRequestFlags(read: (name: string) => string | undefined) {
  return {
    method: read('method'),
    path: read('path'),
    params: read('params'),
    query: read('query'),
    form: read('form'),
    body: read('body'),
  }
}
