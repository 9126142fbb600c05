import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import type { Dispatcher } from 'undici'

// What fetch decompresses (and asks for); an answer in another coding is passed through as it came.
const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
}
const ACCEPT_ENCODING = 'gzip, deflate, br'
// Statuses whose Response must have a null body (Fetch standard).
const NULL_BODY = new Set([101, 103, 204, 205, 304])

/**
 * A `fetch` for ky's `fetch` option that sends through an undici dispatcher (`Agent`) with its dispatch API, not
 * the WHATWG fetch algorithm: it takes the `Request` ky built and resolves with a `Response` once the whole answer
 * is read (no body stream to build and read again: `readResponse`); it asks for and decodes gzip, deflate and br
 * as fetch does, rejects with the signal's reason on abort and with `TypeError('fetch failed', { cause })` when
 * the transport fails before the headers; a body cut off after them resolves with its status and a `text()` that
 * rejects with `TypeError('terminated', { cause })`, as undici's fetch words it. Redirects are not followed: an
 * exchange API does not redirect, so a 3xx is answered as it is (the client reports it as an error). @internal
 */
export function createDispatcherFetch(dispatcher: Dispatcher): typeof globalThis.fetch {
  return async (input, init) => {
    const request =
      input instanceof Request && (init === undefined || Object.keys(init).length === 0)
        ? input
        : new Request(input, init)
    const { signal } = request
    signal.throwIfAborted()
    const href = request.url
    // The Request parsed the URL already: split its normalised text at the path, dropping any fragment.
    const pathStart = href.indexOf('/', href.indexOf('//') + 2)
    const hash = href.indexOf('#')
    const origin = pathStart < 0 ? href : href.slice(0, pathStart)
    const path = pathStart < 0 ? '/' : href.slice(pathStart, hash < 0 ? undefined : hash)
    const headers: string[] = []
    let acceptEncoding = false
    request.headers.forEach((value, name) => {
      if (name === 'accept-encoding') acceptEncoding = true
      headers.push(name, value)
    })
    if (!acceptEncoding) headers.push('accept-encoding', ACCEPT_ENCODING)
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : null
    signal.throwIfAborted()
    return new Promise<Response>((resolve, reject) => {
      let abortDispatch: ((reason: unknown) => void) | undefined
      let answer: { status: number; statusText: string; headers: Headers } | undefined
      const chunks: Buffer[] = []
      let decoder: NodeJS.ReadWriteStream | undefined
      let done = false
      // Aborted while queued for a connection: settle now (the dispatch is aborted when it starts).
      const onAbort = () => (abortDispatch ? abortDispatch(signal.reason) : fail(signal.reason))
      signal.addEventListener('abort', onAbort, { once: true })
      const settle = (bytes: Buffer | undefined, error?: unknown) => {
        done = true
        signal.removeEventListener('abort', onAbort)
        try {
          resolve(readResponse(answer!, bytes, error))
        } catch (invalid) {
          // A status the Fetch standard has no Response for (outside 200-599).
          reject(new TypeError('fetch failed', { cause: invalid }))
        }
      }
      const end = () => {
        if (done) return
        settle(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))
      }
      const fail = (error: unknown) => {
        if (done) return
        const reason = signal.aborted ? signal.reason : error
        if (answer)
          return settle(undefined, signal.aborted ? reason : new TypeError('terminated', { cause: reason }))
        done = true
        signal.removeEventListener('abort', onAbort)
        reject(signal.aborted ? reason : new TypeError('fetch failed', { cause: reason }))
      }
      const handler: Dispatcher.DispatchHandler = {
        onRequestStart(controller) {
          abortDispatch = (reason) => controller.abort(reason as Error)
          if (done || signal.aborted) controller.abort(signal.reason ?? new Error('aborted'))
        },
        onResponseStart(_controller, status, responseHeaders, statusText) {
          const out = new Headers()
          for (const name in responseHeaders) {
            const value = responseHeaders[name]
            if (Array.isArray(value)) for (const v of value) out.append(name, v)
            else if (value !== undefined) out.append(name, value)
          }
          const empty = NULL_BODY.has(status) || request.method === 'HEAD'
          const coding = empty ? undefined : out.get('content-encoding')?.trim().toLowerCase()
          const decode = coding ? DECODERS[coding] : undefined
          if (decode) {
            // As fetch does: the decoded body, without the headers that describe the coded one.
            out.delete('content-encoding')
            out.delete('content-length')
            decoder = decode()
            decoder.on('data', (chunk: Buffer) => chunks.push(chunk))
            decoder.on('end', end)
            decoder.on('error', fail)
          }
          answer = { status, statusText: statusText ?? '', headers: out }
        },
        onResponseData(_controller, chunk) {
          if (decoder) decoder.write(chunk)
          else chunks.push(chunk)
        },
        onResponseEnd() {
          if (decoder) decoder.end()
          else end()
        },
        onResponseError(_controller, error) {
          fail(error)
        },
      }
      try {
        dispatcher.dispatch({ origin, path, method: request.method, headers, body }, handler)
      } catch (error) {
        fail(error)
      }
    })
  }
}

/**
 * A `Response` whose body was read already: `text()`, `json()` and `arrayBuffer()` give it (or reject with what cut
 * it off) without building a body stream and reading it again; `body` is null. @internal
 */
function readResponse(
  init: { status: number; statusText: string; headers: Headers },
  bytes: Buffer | undefined,
  error: unknown,
): Response {
  const response = new Response(null, init)
  const text = () => (bytes ? Promise.resolve(utf8(bytes)) : Promise.reject(error))
  Object.defineProperties(response, {
    text: { value: text },
    json: { value: () => text().then(JSON.parse) },
    arrayBuffer: {
      value: () =>
        bytes
          ? Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
          : Promise.reject(error),
    },
  })
  return response
}

/** UTF-8 decoding as `response.text()` does it: a leading byte order mark is dropped. */
function utf8(bytes: Buffer): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return bytes.toString('utf8', bom ? 3 : 0)
}
