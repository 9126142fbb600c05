import type { ErrorKind, VerifyResult, WireResponse } from '@signet/core'

// Binance's answers as the verifier writes them (spec binance.md §6): JSON `{"code":<negative>,"msg":"..."}`.
/** @internal */
export const JSON_HEADERS = { 'Content-Type': 'application/json;charset=UTF-8' }
// Binance answers unknown paths with an HTML error page, not JSON (observed: https://github.com/ccxt/ccxt/issues/18797).
const NOT_FOUND_HTML =
  '<!DOCTYPE html><html><head><title>Binance</title></head><body><h3>404 Not Found</h3><p>Sorry, the page you are looking for does not exist.</p></body></html>'

/** A Binance error answer: `{"code":<negative>,"msg":"..."}` (spec binance.md §6). @internal */
export function error(status: number, code: number, msg: string): WireResponse {
  return { status, headers: { ...JSON_HEADERS }, body: JSON.stringify({ code, msg }) }
}

/** A failed verification with Binance's answer. @internal */
export function fail(
  kind: ErrorKind | 'not-found' | 'bad-request',
  status: number,
  code: number,
  msg: string,
): VerifyResult {
  return { ok: false, kind, code, response: error(status, code, msg) }
}

/** Binance's HTML not-found page. @internal */
export function notFoundResponse(): WireResponse {
  return { status: 404, headers: { 'Content-Type': 'text/html' }, body: NOT_FOUND_HTML }
}

/** @internal */
export function notFound(): VerifyResult {
  return { ok: false, kind: 'not-found', code: 404, response: notFoundResponse() }
}

/** @internal */
export const mandatory = (name: string) =>
  fail('bad-request', 400, -1102, `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`)
/** @internal */
export const illegal = (name: string, range: string) =>
  fail(
    'bad-request',
    400,
    -1100,
    `Illegal characters found in parameter '${name}'; legal range is '${range}'.`,
  )
/** @internal */
export const badKeyFormat = () => fail('invalid-api-key', 401, -2014, 'API-key format invalid.')
/** @internal */
export const rejectedKey = (kind: ErrorKind) =>
  fail(kind, 401, -2015, 'Invalid API-key, IP, or permissions for action.')
/** @internal */
export const badSignature = () =>
  fail('invalid-signature', 400, -1022, 'Signature for this request is not valid.')
