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
    const cjs = join(root, dir, entry.require.default)
    const esm = join(root, dir, entry.import.default)
    try {
      const a = require(cjs)
      const b = await import(pathToFileURL(esm).href)
      const keys = Object.keys(a).length
      if (keys === 0 || keys !== Object.keys(b).length)
        throw new Error(`CJS has ${keys} exports, ESM ${Object.keys(b).length}`)
      console.log(`ok   ${manifest.name}${subpath.slice(1)} (${keys} exports, require + import)`)
    } catch (error) {
      failed++
      console.log(`FAIL ${manifest.name}${subpath.slice(1)}: ${error.message}`)
    }
  }
}
process.exit(failed ? 1 : 0)
