import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { benchDir, repoDir } from './paths'

/** One installed package: its own published files, and its production dependency closure. */
export type Footprint = {
  name: string
  version: string
  /** Bytes of the package's own files (published files for workspace packages). */
  ownBytes: number
  /** Bytes of the package plus every package in its production dependency closure. */
  totalBytes: number
  /** Packages in the closure (the package itself excluded). */
  dependencies: { name: string; version: string; bytes: number }[]
  /** Dependencies outside this monorepo. */
  thirdParty: number
}

/** Finds `name` from `fromDir` the way Node does (node_modules of each ancestor), following pnpm's symlinks. */
function locate(name: string, fromDir: string): string | undefined {
  let dir = fromDir
  for (;;) {
    if (basename(dir) !== 'node_modules') {
      const candidate = join(dir, 'node_modules', name)
      if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate)
    }
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

function dirBytes(dir: string, skip: (path: string) => boolean): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (skip(path)) continue
    if (entry.isDirectory()) total += dirBytes(path, skip)
    else if (entry.isFile()) total += statSync(path).size
  }
  return total
}

const isWorkspace = (dir: string) => !relative(repoDir, dir).startsWith('..') && !dir.includes('node_modules')

/**
 * Size of what an install puts on disk for a package. Third-party packages are measured as installed (their
 * directory minus nested node_modules); workspace packages as `npm pack` would publish them: the `files` entries
 * plus package.json, README, LICENSE and CHANGELOG.
 */
function ownBytes(dir: string, manifest: { files?: string[] }): number {
  if (!isWorkspace(dir) || !manifest.files) return dirBytes(dir, (p) => basename(p) === 'node_modules')
  let total = 0
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    const always = entry === 'package.json' || /^(readme|license|licence|changelog)/i.test(entry)
    if (!always && !manifest.files.includes(entry)) continue
    total += statSync(path).isDirectory() ? dirBytes(path, () => false) : statSync(path).size
  }
  return total
}

/** The install footprint of `name` as resolved from the bench package (dependencies + optionalDependencies). */
export function footprint(name: string): Footprint | { name: string; error: string } {
  const root = locate(name, benchDir)
  if (!root) return { name, error: 'not installed' }
  const seen = new Map<string, { name: string; version: string; bytes: number; dir: string }>()
  const visit = (dir: string) => {
    if (seen.has(dir)) return
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    seen.set(dir, { name: manifest.name, version: manifest.version, bytes: ownBytes(dir, manifest), dir })
    const deps = { ...manifest.optionalDependencies, ...manifest.dependencies }
    for (const dep of Object.keys(deps)) {
      const found = locate(dep, dir)
      if (found) visit(found)
    }
  }
  visit(root)
  const [self, ...rest] = [...seen.values()]
  return {
    name,
    version: self!.version,
    ownBytes: self!.bytes,
    totalBytes: [...seen.values()].reduce((sum, p) => sum + p.bytes, 0),
    dependencies: rest.map(({ name: n, version, bytes }) => ({ name: n, version, bytes })),
    thirdParty: rest.filter((p) => !isWorkspace(p.dir)).length,
  }
}

/** Packages whose footprint is measured, in table order. */
export const FOOTPRINT_TARGETS = [
  '@signet/core',
  '@signet/binance',
  '@signet/bybit',
  '@signet/okx',
  '@signet/client',
  'ccxt',
  '@binance/connector',
  'binance',
  'bybit-api',
  'okx-api',
] as const
