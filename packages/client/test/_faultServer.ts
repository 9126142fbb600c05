// An in-process stand-in for an exchange host that misbehaves on purpose: it answers the server-time path
// normally (unless told otherwise) and every other request with the chosen fault, echoing the request where the
// fault is an echo. Real sockets, so ky's and undici's own error texts are what the client sees.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type {
  Credentials,
  Emulation,
  ExchangeDefinition,
  SignedRequest,
  Signer,
  VerifierKey,
} from '@signet/core'

export type Fault =
  | 'timeout'
  | 'reset'
  | 'mid-body drop'
  | 'html'
  | 'echoing body'
  | '429'
  | '418'
  | 'garbage time answer'

export const faults: readonly Fault[] = [
  'timeout',
  'reset',
  'mid-body drop',
  'html',
  'echoing body',
  '429',
  '418',
  'garbage time answer',
]

/** The request as text, the way a WAF or proxy echoes it back: request line, headers, body. */
function echo(req: IncomingMessage, body: string): string {
  const headers = Object.entries(req.headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n')
  return `${req.method} ${req.url} HTTP/1.1\n${headers}\n\n${body}`
}

/** A request as the stand-in received it. */
export type Received = { method: string; url: string; headers: Record<string, string>; body: string }

export async function startFaultServer(fault: Fault, serverTimePath: string, serverTimeBody: () => string) {
  const sockets = new Set<import('node:net').Socket>()
  const received: Received[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = ''
    req.on('data', (chunk) => {
      body += chunk
    })
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
      received.push({ method: req.method ?? '', url: req.url ?? '', headers, body })
      const path = (req.url ?? '').split('?')[0]
      if (path === serverTimePath) {
        const text = fault === 'garbage time answer' ? `{"time":0,"garbage":"${req.url}"}` : serverTimeBody()
        res.writeHead(200, { 'content-type': 'application/json' }).end(text)
        return
      }
      switch (fault) {
        case 'timeout':
          return // never answers
        case 'reset':
          req.socket.destroy()
          return
        case 'mid-body drop':
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' })
          res.write(`{"echo":${JSON.stringify(echo(req, body))}`)
          setTimeout(() => req.socket.destroy(), 5)
          return
        case 'html':
          res
            .writeHead(502, { 'content-type': 'text/html' })
            .end(`<html><title>502 Bad Gateway</title><body><pre>${echo(req, body)}</pre></body></html>`)
          return
        case 'echoing body':
          res.writeHead(400, { 'content-type': 'text/plain' }).end(`Rejected by WAF: ${echo(req, body)}`)
          return
        case '429':
        case '418':
          res
            .writeHead(Number(fault), { 'content-type': 'text/plain', 'retry-after': '1' })
            .end(`Too many requests: ${echo(req, body)}`)
          return
        case 'garbage time answer':
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
          return
      }
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** A stand-in host for the emulation's exchange with `fault`: its server-time path answers the exchange's own time answer. */
export function standIn(emulation: Emulation, key: VerifierKey, fault: Fault) {
  const verifier = emulation.verification.createVerifier({ keys: [key], now: () => Date.now() })
  const { definition } = emulation
  const product = definition.products[definition.defaultProduct]!
  return startFaultServer(fault, product.serverTime.path, () => verifier.respond.serverTime(Date.now()).body)
}

/** The exchange's signer, recording every request it signs (to search the output for its signature). */
export function recordingSigner(exchange: ExchangeDefinition, credentials: Credentials) {
  const inner = exchange.createSigner(credentials)
  const signed: SignedRequest[] = []
  const signer: Signer = {
    ...inner,
    sign: async (intent, options) => {
      const request = await inner.sign(intent, options)
      signed.push(request)
      return request
    },
  }
  return { signer, signed }
}
