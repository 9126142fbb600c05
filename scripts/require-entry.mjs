// Writes the CommonJS entry points of an ESM-only build (run from a package directory after tsup): for every
// export whose `require` condition is a .cjs file, a one-line module that loads the ES module with
// require(esm) (Node >= 20.19, the engines floor) and a .d.cts that re-exports its types. One copy of the code
// and the types, and one module instance for `require` and `import` users alike.
import { readFileSync, writeFileSync } from 'node:fs'

const manifest = JSON.parse(readFileSync('package.json', 'utf8'))
for (const entry of Object.values(manifest.exports ?? {})) {
  const cjs = entry?.require?.default
  const esm = entry?.import?.default
  if (!cjs?.endsWith('.cjs') || !esm) continue
  const target = `./${esm.split('/').pop()}`
  writeFileSync(
    cjs,
    `'use strict'\n// CommonJS entry: Node >= 20.19 loads the ES module with require(esm); both share one instance.\nmodule.exports = require('${target}')\n`,
  )
  writeFileSync(entry.require.types, `export * from '${target}'\n`)
}
