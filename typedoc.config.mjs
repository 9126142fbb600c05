// API reference from the TSDoc of every published package's entry points (`pnpm docs:api`; not `pnpm docs`,
// which is a pnpm built-in). Entry points come from each package.json `exports` (dist/<name>.js is built from
// src/<name>.ts or src/<name>/index.ts), so a new package or subpath is documented without editing this file.
// Warnings are errors: a broken {@link}, an export that is not documented or a type that is used but not
// exported fails the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = import.meta.dirname
const entryPoints = []
for (const dir of readdirSync(join(root, 'packages')).sort()) {
  const manifestFile = join(root, 'packages', dir, 'package.json')
  if (!existsSync(manifestFile)) continue
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
  if (manifest.private) continue
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const built = typeof target === 'object' ? (target.import?.default ?? target.default) : undefined
    if (!built?.endsWith('.js')) continue
    const name = built.replace(/^\.\/dist\//, '').replace(/\.js$/, '')
    const source = [`src/${name}.ts`, `src/${name}/index.ts`]
      .map((file) => join('packages', dir, file))
      .find((file) => existsSync(join(root, file)))
    if (!source) throw new Error(`typedoc: no source for ${manifest.name}${subpath.slice(1)} (${built})`)
    entryPoints.push(source)
  }
}

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'Signet',
  entryPoints,
  entryPointStrategy: 'resolve',
  tsconfig: 'tsconfig.typedoc.json',
  out: '.reports/api',
  readme: 'none',
  // No public repository yet: no source links (they would point at a remote that does not exist).
  disableSources: true,
  excludeInternal: true,
  excludePrivate: true,
  sort: ['source-order'],
  validation: {
    notExported: true,
    invalidLink: true,
    invalidPath: true,
    rewrittenLink: true,
    notDocumented: true,
  },
  requiredToBeDocumented: [
    'Enum',
    'Variable',
    'Function',
    'Class',
    'Interface',
    'TypeAlias',
    'Accessor',
    'Constructor',
  ],
  treatWarningsAsErrors: true,
  logLevel: 'Warn',
}
