import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'

/** A real redis-server on a random loopback port, in its own temporary directory. @internal */
export type RedisServer = {
  port: number
  url: string
  /** A client with fail-fast settings, the way the package recommends them. */
  client(): Promise<Redis>
  /** Stops (SIGTERM) and starts again on the same port, with empty data (`--save ''`). */
  restart(downMs?: number): Promise<void>
  /** Makes the server unreachable (SIGSTOP) for `ms`, then lets it run again. */
  freeze(ms: number): Promise<void>
  stop(): Promise<void>
}

const binary = process.env.REDIS_SERVER ?? 'redis-server'

/** Throws (never skips) when redis-server is missing: the fleet contracts must be tested against a real server. */
function assertBinary(): void {
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `redis-server is required by the @signet/redis tests and was not found (${binary}: ${probe.error?.message ?? probe.stderr}). Install it (Debian: apt-get install -y redis-server) or set REDIS_SERVER.`,
    )
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilReady(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`redis-server exited with code ${child.exitCode} on port ${port}`)
    const probe = new Redis({
      port,
      host: '127.0.0.1',
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    })
    probe.on('error', () => {})
    try {
      await probe.connect()
      if ((await probe.ping()) === 'PONG') return
    } catch {
      // not listening yet
    } finally {
      probe.disconnect()
    }
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} within 10 s`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Starts redis-server with no persistence on a free port; call `stop()` in teardown. @internal */
export async function startRedisServer(): Promise<RedisServer> {
  assertBinary()
  const dir = mkdtempSync(join(tmpdir(), 'signet-redis-'))
  const port = await freePort()
  let child: ChildProcess
  const launch = async () => {
    child = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    )
    await waitUntilReady(port, child)
  }
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGCONT')
    child.kill('SIGTERM')
    await exited
  }
  await launch()
  const clients: Redis[] = []
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async client() {
      const redis = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, enableOfflineQueue: false })
      redis.on('error', () => {})
      clients.push(redis)
      if (redis.status !== 'ready') await new Promise((r) => redis.once('ready', r))
      return redis
    },
    async restart(downMs = 0) {
      await kill()
      await new Promise((r) => setTimeout(r, downMs))
      await launch()
    },
    async freeze(ms) {
      child.kill('SIGSTOP')
      await new Promise((r) => setTimeout(r, ms))
      child.kill('SIGCONT')
    },
    async stop() {
      for (const c of clients) c.disconnect()
      await kill()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
