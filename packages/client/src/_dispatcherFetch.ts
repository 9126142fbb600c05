import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import type { Dispatcher } from 'undici'
import { ANSWER_HEADERS, ANSWER_TIMING, type AnswerTiming, WIRE_OPTION, type Wire } from './_wire'

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
 * the WHATWG fetch algorithm: it takes the `Request` ky built (and the signed `Wire` when the client passed one)
 * and resolves with a `Response` once the whole answer is read (no body stream to build and read again); it asks
 * for and decodes gzip, deflate and br as fetch does, rejects with the signal's reason on abort and with
 * `TypeError('fetch failed', { cause })` when the transport fails before the headers; a body cut off after them
 * resolves with its status and a `text()` that rejects with `TypeError('terminated', { cause })`, as undici's
 * fetch words it. Redirects are not followed: an exchange API does not redirect, so a 3xx is answered as it is
 * (the client reports it as an error). @internal
 */
export function createDispatcherFetch(dispatcher: Dispatcher): typeof globalThis.fetch {
  return async (input, init) => {
    const wire = (init as { [WIRE_OPTION]?: Wire } | undefined)?.[WIRE_OPTION]
    const request =
      input instanceof Request && (init === undefined || onlyWire(init, wire))
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
    let body: Uint8Array | string | null = null
    if (wire) {
      for (const name in wire.headers) {
        if (name.length === 15 && name.toLowerCase() === 'accept-encoding') acceptEncoding = true
        headers.push(name, wire.headers[name]!)
      }
      body = wire.body ?? null
    } else {
      request.headers.forEach((value, name) => {
        if (name === 'accept-encoding') acceptEncoding = true
        headers.push(name, value)
      })
      body = request.body ? new Uint8Array(await request.arrayBuffer()) : null
      signal.throwIfAborted()
    }
    if (!acceptEncoding) headers.push('accept-encoding', ACCEPT_ENCODING)
    return new Promise<Response>((resolve, reject) => {
      let abortDispatch: ((reason: unknown) => void) | undefined
      let answer: Head | undefined
      // undici starts a request on a connected socket, after any handshake: the round trip counts from there.
      let sentAt = Number.NaN
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
          resolve(new ReadAnswer(answer!, bytes, error))
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
          sentAt = performance.now()
          abortDispatch = (reason) => controller.abort(reason as Error)
          if (done || signal.aborted) controller.abort(signal.reason ?? new Error('aborted'))
        },
        onResponseStart(_controller, status, responseHeaders, statusText) {
          // undici gives the names lowercased; a repeated header is joined as Headers joins it.
          const out: Record<string, string> = {}
          for (const name in responseHeaders) {
            const value = responseHeaders[name]
            if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value
          }
          const empty = NULL_BODY.has(status) || request.method === 'HEAD'
          const coding = empty ? undefined : out['content-encoding']?.trim().toLowerCase()
          const decode = coding ? DECODERS[coding] : undefined
          if (decode) {
            // As fetch does: the decoded body, without the headers that describe the coded one.
            delete out['content-encoding']
            delete out['content-length']
            decoder = decode()
            decoder.on('data', (chunk: Buffer) => chunks.push(chunk))
            decoder.on('end', end)
            decoder.on('error', fail)
          }
          answer = {
            status,
            statusText: statusText ?? '',
            headers: out,
            set: responseHeaders['set-cookie'],
            sentAt,
            receivedAt: performance.now(),
          }
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

/** ky passed nothing but the wire: its `Request` is the one to send. */
function onlyWire(init: RequestInit, wire: Wire | undefined): boolean {
  let keys = 0
  for (const _ in init) keys++
  return keys === (wire ? 1 : 0)
}

const STATE = Symbol('state')

type Head = {
  status: number
  statusText: string
  headers: Record<string, string>
  /** set-cookie values one by one (Headers keeps them apart). */
  set: string | string[] | undefined
  /** The transport's times (`ANSWER_TIMING`), kept as numbers: most answers are never asked for them. */
  sentAt: number
  receivedAt: number
}

/**
 * A `Response` whose body was read already: `text()`, `json()` and `arrayBuffer()` give it (or reject with what cut
 * it off) without building a body stream and reading it again; `body` is null. Its headers are kept as one plain
 * object (`ANSWER_HEADERS`, what the client reads) and made a `Headers` only when someone asks for them.
 * @internal
 */
class ReadAnswer extends Response {
  readonly [STATE]: { head: Head; bytes: Buffer | undefined; error: unknown; headers?: Headers }

  constructor(head: Head, bytes: Buffer | undefined, error: unknown) {
    super(null, { status: head.status, statusText: head.statusText })
    this[STATE] = { head, bytes, error }
  }

  get [ANSWER_HEADERS](): Record<string, string> {
    return this[STATE].head.headers
  }

  get [ANSWER_TIMING](): AnswerTiming {
    const { sentAt, receivedAt } = this[STATE].head
    return { sentAt, receivedAt }
  }
}

function textOf(answer: ReadAnswer): Promise<string> {
  const { bytes, error } = answer[STATE]
  return bytes ? Promise.resolve(utf8(bytes)) : Promise.reject(error)
}

// Response's members are accessors and methods on its prototype: these replace them for a body already read.
Object.defineProperties(ReadAnswer.prototype, {
  headers: {
    get(this: ReadAnswer): Headers {
      const state = this[STATE]
      if (!state.headers) {
        const headers = new Headers()
        for (const name in state.head.headers) {
          if (name !== 'set-cookie') headers.append(name, state.head.headers[name]!)
        }
        const set = state.head.set
        if (set !== undefined) {
          for (const value of Array.isArray(set) ? set : [set]) headers.append('set-cookie', value)
        }
        state.headers = headers
      }
      return state.headers
    },
  },
  text: {
    value(this: ReadAnswer) {
      return textOf(this)
    },
  },
  json: {
    value(this: ReadAnswer) {
      return textOf(this).then(JSON.parse)
    },
  },
  arrayBuffer: {
    value(this: ReadAnswer) {
      const { bytes, error } = this[STATE]
      return bytes
        ? Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
        : Promise.reject(error)
    },
  },
  clone: {
    value(this: ReadAnswer) {
      const { head, bytes, error } = this[STATE]
      return new ReadAnswer(head, bytes, error)
    },
  },
})

/** UTF-8 decoding as `response.text()` does it: a leading byte order mark is dropped. */
function utf8(bytes: Buffer): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return bytes.toString('utf8', bom ? 3 : 0)
}
