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
 * the WHATWG fetch algorithm: it takes the `Request` ky built and resolves with a `Response` when the answer's
 * headers arrive, streaming the body; it asks for and decodes gzip, deflate and br as fetch does, rejects with the
 * signal's reason on abort and with `TypeError('fetch failed', { cause })` when the transport fails (a body cut
 * off later errors with `TypeError('terminated', { cause })`), like undici's fetch. Redirects are not followed:
 * an exchange API does not redirect, so a 3xx is answered as it is (the client reports it as an error). @internal
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
      let stream: ReadableStreamDefaultController<Uint8Array> | undefined
      let decoder: NodeJS.ReadWriteStream | undefined
      let done = false
      // Aborted while queued for a connection: settle now (the dispatch is aborted when it starts).
      const onAbort = () => (abortDispatch ? abortDispatch(signal.reason) : fail(signal.reason))
      signal.addEventListener('abort', onAbort, { once: true })
      const finish = () => {
        done = true
        signal.removeEventListener('abort', onAbort)
      }
      const fail = (error: unknown) => {
        if (done) return
        finish()
        const reason = signal.aborted ? signal.reason : error
        if (!stream) reject(signal.aborted ? reason : new TypeError('fetch failed', { cause: reason }))
        else stream.error(signal.aborted ? reason : new TypeError('terminated', { cause: reason }))
      }
      const handler: Dispatcher.DispatchHandler = {
        onRequestStart(controller) {
          abortDispatch = (reason) => controller.abort(reason as Error)
          if (done || signal.aborted) controller.abort(signal.reason ?? new Error('aborted'))
        },
        onResponseStart(controller, status, responseHeaders, statusText) {
          const out = new Headers()
          for (const name in responseHeaders) {
            const value = responseHeaders[name]
            if (Array.isArray(value)) for (const v of value) out.append(name, v)
            else if (value !== undefined) out.append(name, value)
          }
          const empty = NULL_BODY.has(status) || request.method === 'HEAD'
          const coding = empty ? undefined : out.get('content-encoding')?.trim().toLowerCase()
          const decode = coding ? DECODERS[coding] : undefined
          const readable = empty
            ? null
            : new ReadableStream<Uint8Array>({
                start(c) {
                  stream = c
                },
                cancel(reason) {
                  finish()
                  controller.abort(reason instanceof Error ? reason : new Error(String(reason)))
                },
              })
          if (decode) {
            // As fetch does: the decoded body, without the headers that describe the coded one.
            out.delete('content-encoding')
            out.delete('content-length')
            decoder = decode()
            decoder.on('data', (chunk: Buffer) => stream?.enqueue(chunk))
            decoder.on('end', () => {
              if (done) return
              finish()
              stream?.close()
            })
            decoder.on('error', fail)
          }
          resolve(new Response(readable, { status, statusText: statusText ?? '', headers: out }))
        },
        onResponseData(_controller, chunk) {
          if (decoder) decoder.write(chunk)
          else stream?.enqueue(chunk)
        },
        onResponseEnd() {
          if (decoder) {
            decoder.end()
            return
          }
          if (done) return
          finish()
          stream?.close()
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
