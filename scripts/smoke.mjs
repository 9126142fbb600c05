// require() and import() every built package, so a broken CJS or ESM build fails CI (toolchain trap 3).
import { readdirSync, readFileSync } from 'node:fs'
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
}
process.exit(failed ? 1 : 0)
