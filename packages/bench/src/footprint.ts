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
  /** For the closure's workspace packages: bytes by kind of file (ESM, CJS, type declarations, other). */
  kinds: { esm: number; cjs: number; types: number; other: number }
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

/** Calls `onFile` with every file under `dir` (skipping directories named node_modules) and sums their sizes. */
function dirBytes(dir: string, onFile: (path: string, size: number) => void = () => {}): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') total += dirBytes(path, onFile)
    } else if (entry.isFile()) {
      const size = statSync(path).size
      onFile(path, size)
      total += size
    }
  }
  return total
}

const isWorkspace = (dir: string) => !relative(repoDir, dir).startsWith('..') && !dir.includes('node_modules')

/**
 * Size of what an install puts on disk for a package. Third-party packages are measured as installed (their
 * directory minus nested node_modules); workspace packages as `npm pack` would publish them: the `files` entries
 * plus package.json, README, LICENSE and CHANGELOG.
 */
function ownBytes(dir: string, manifest: { files?: string[] }, kinds: Footprint['kinds']): number {
  if (!isWorkspace(dir) || !manifest.files) return dirBytes(dir)
  const count = (path: string, size: number) => {
    const kind = /\.d\.c?ts$/.test(path)
      ? 'types'
      : path.endsWith('.cjs')
        ? 'cjs'
        : /\.m?js$/.test(path)
          ? 'esm'
          : 'other'
    kinds[kind] += size
  }
  let total = 0
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    const always = entry === 'package.json' || /^(readme|license|licence|changelog)/i.test(entry)
    if (!always && !manifest.files.includes(entry)) continue
    if (statSync(path).isDirectory()) total += dirBytes(path, count)
    else {
      const size = statSync(path).size
      count(path, size)
      total += size
    }
  }
  return total
}

/** The install footprint of `name` as resolved from the bench package (dependencies + optionalDependencies). */
export function footprint(name: string): Footprint | { name: string; error: string } {
  const root = locate(name, benchDir)
  if (!root) return { name, error: 'not installed' }
  const seen = new Map<string, { name: string; version: string; bytes: number; dir: string }>()
  const kinds = { esm: 0, cjs: 0, types: 0, other: 0 }
  const visit = (dir: string) => {
    if (seen.has(dir)) return
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    seen.set(dir, {
      name: manifest.name,
      version: manifest.version,
      bytes: ownBytes(dir, manifest, kinds),
      dir,
    })
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
    kinds,
  }
}
