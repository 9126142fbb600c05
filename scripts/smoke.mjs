// require() and import() every built package, so a broken CJS or ESM build fails CI (toolchain trap 3).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..', 'packages')
const require = createRequire(import.meta.url)
let failed = 0
for (const dir of readdirSync(root)) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))
  if (manifest.private) continue
  for (const [subpath, entry] of Object.entries(manifest.exports ?? {})) {
    if (typeof entry === 'string') continue
    // ESM-only subpaths (the vitest-based conformance kit) have no `require` condition.
    const esm = join(root, dir, entry.import?.default ?? entry.default)
    const cjs = entry.require ? join(root, dir, entry.require.default) : undefined
    try {
      const keys = Object.keys(await import(pathToFileURL(esm).href)).length
      if (keys === 0) throw new Error('no exports')
      if (cjs) {
        const required = Object.keys(require(cjs)).length
        if (required !== keys) throw new Error(`CJS has ${required} exports, ESM ${keys}`)
      }
      console.log(
        `ok   ${manifest.name}${subpath.slice(1)} (${keys} exports, ${cjs ? 'require + import' : 'import only'})`,
      )
    } catch (error) {
      failed++
      console.log(`FAIL ${manifest.name}${subpath.slice(1)}: ${error.message}`)
    }
  }
  // Each source module and each declaration ships once: a second copy of a module is a second error class that
  // `instanceof` does not recognise, and bytes on every install. Packages built by scripts/require-entry.mjs have
  // one set of declarations; the others (dual ESM + CJS builds) repeat theirs per format by design.
  const dist = join(root, dir, 'dist')
  if (!existsSync(dist)) continue
  const copies = [
    ...repeated(dist, /\.js$/, /^\/\/ (src\/\S+\.ts)$/gm),
    ...(manifest.scripts?.build?.includes('require-entry')
      ? repeated(
          dist,
          /\.d\.c?ts$/,
          /^(?:export )?(?:declare )?(?:abstract )?(?:class|interface|type|function|const|enum) (\w+)\b/gm,
        )
      : []),
  ]
  if (copies.length > 0) {
    failed++
    console.log(`FAIL ${manifest.name}: shipped more than once: ${copies.join('; ')}`)
  }
}
process.exit(failed ? 1 : 0)

/** `name (file, file)` for each name `pattern` (first group that matched) finds in more than one file of `dist`. */
function repeated(dist, files, pattern) {
  const places = new Map()
  for (const file of readdirSync(dist).filter((f) => files.test(f)))
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(pattern)) {
      const name = match.slice(1).find((group) => group !== undefined)
      places.set(name, (places.get(name) ?? new Set()).add(file))
    }
  return [...places]
    .filter(([, where]) => where.size > 1)
    .map(([name, where]) => `${name} (${[...where].join(', ')})`)
}
