import { createHash } from 'node:crypto'
import { mkdir, open, readFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { NonceStore } from '@signet/core'

/** Options of `createFileNonceStore`. */
export type CreateFileNonceStoreOptions = {
  /** The JSON file holding the high-water marks; created (with its directory) on the first save. */
  path: string
}

/**
 * Creates a `NonceStore` on one JSON file, for one process at a time: each save replaces the file atomically
 * (write then rename), and keys are stored as SHA-256 digests so no API key is written to disk.
 *
 * @example
 * const nonces = createNonceSource({ now: () => clock.now(), store: createFileNonceStore({ path: '.signet/nonces.json' }) })
 */
export function createFileNonceStore(options: CreateFileNonceStoreOptions): NonceStore {
  const { path } = options
  let marks: Promise<Map<string, bigint>> | undefined
  let writing: Promise<void> = Promise.resolve()
  const id = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 32)

  const read = (): Promise<Map<string, bigint>> => {
    marks ??= (async () => {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map()
        throw error
      }
      const parsed = JSON.parse(text) as Record<string, string>
      return new Map(Object.entries(parsed).map(([k, v]) => [k, BigInt(v)]))
    })()
    return marks
  }

  return {
    async load(key) {
      return (await read()).get(id(key))
    },
    async save(key, nonce) {
      const map = await read()
      const k = id(key)
      if ((map.get(k) ?? -1n) < nonce) map.set(k, nonce)
      // Writes are chained so the file never goes back to an older map.
      const write = writing.then(async () => {
        const text = `${JSON.stringify(Object.fromEntries([...map].map(([k2, v]) => [k2, v.toString()])), null, 2)}\n`
        await mkdir(dirname(path), { recursive: true })
        const tmp = `${path}.${process.pid}.tmp`
        // fsync before the rename, so a crash leaves either the old file or the complete new one.
        const file = await open(tmp, 'w')
        try {
          await file.writeFile(text)
          await file.sync()
        } finally {
          await file.close()
        }
        await rename(tmp, path)
      })
      writing = write.catch(() => {})
      await write
    },
  }
}
