// Writes the CommonJS entry points of an ESM-only build (run from a package directory after tsup): for every
// export whose `require` condition is a .cjs file, a one-line module that loads the ES module with
// require(esm) (Node >= 20.19, the engines floor), and a .d.cts holding the declarations tsup wrote into the ESM
// .d.ts, which then becomes `export * from './index.cjs'`. One copy of the code, one module instance and one copy
// of the declarations for `require` and `import` users alike. Not the other way round (a .d.cts re-exporting
// './index.js'): TypeScript's node16 resolution refuses a CommonJS declaration file that re-exports an ES module
// (TS1479), while an ES module's declarations may re-export a CommonJS one.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

const manifest = JSON.parse(readFileSync('package.json', 'utf8'))
// The shared declaration chunks given a CommonJS twin (`types-x.d.ts` -> `types-x.d.cts`).
const twinned = new Set()
for (const entry of Object.values(manifest.exports ?? {})) {
  const cjs = entry?.require?.default
  const esm = entry?.import?.default
  if (!cjs?.endsWith('.cjs') || !esm) continue
  const target = `./${esm.split('/').pop()}`
  writeFileSync(
    cjs,
    `'use strict'\n// CommonJS entry: Node >= 20.19 loads the ES module with require(esm); both share one instance.\nmodule.exports = require('${target}')\n`,
  )
  const esmTypes = entry.import.types
  const cjsTypes = entry.require.types
  if (!esmTypes || !cjsTypes) continue
  const reexport = `export * from './${cjsTypes
    .split('/')
    .pop()
    .replace(/\.d\.cts$/, '.cjs')}'\n`
  // Run twice on one build: the declarations are in the .d.cts already.
  if (readFileSync(esmTypes, 'utf8') === reexport) continue
  writeFileSync(cjsTypes, toCommonJsDeclarations(esmTypes, twinned))
  writeFileSync(esmTypes, reexport)
}

// A shared chunk's declarations ship once too: its ESM .d.ts goes once no other ESM declaration file imports it
// (the entries' .d.ts now re-export their .d.cts; an ESM-only entry such as core's `./testing` may still import it).
// Entry declarations named in `exports` always stay. Repeated, as a chunk may import another chunk.
const entryTypes = new Set(
  Object.values(manifest.exports ?? {}).flatMap((e) =>
    [e?.types, e?.import?.types, e?.require?.types].filter(Boolean).map((p) => join(p)),
  ),
)
let pending = [...twinned]
  .map((dcts) => dcts.replace(/\.d\.cts$/, '.d.ts'))
  .filter((dts) => !entryTypes.has(dts))
for (let removed = true; removed; ) {
  removed = false
  for (const dts of pending) {
    if (!existsSync(dts) || importedByAnotherDts(dts)) continue
    rmSync(dts)
    removed = true
  }
  pending = pending.filter(existsSync)
}

function importedByAnotherDts(dts) {
  const dir = dirname(dts)
  const chunk = basename(dts, '.d.ts').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const specifier = new RegExp(`(['"])\\./${chunk}\\.m?js\\1`)
  return readdirSync(dir).some(
    (file) =>
      file.endsWith('.d.ts') &&
      join(dir, file) !== dts &&
      specifier.test(readFileSync(join(dir, file), 'utf8')),
  )
}

// Relative imports of the ESM declarations (`./chunk.js`, `./index.js`) become their CommonJS twins
// (`./chunk.cjs`, typed by `./chunk.d.cts`), written next to them; package imports stay as they are.
function toCommonJsDeclarations(file, written) {
  const text = readFileSync(file, 'utf8')
  return text.replace(
    /(from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]+?)\.(m?js)\2/g,
    (_, lead, quote, path) => {
      const dts = join(dirname(file), `${path}.d.ts`)
      const dcts = join(dirname(file), `${path}.d.cts`)
      if (existsSync(dts) && !written.has(dcts)) {
        written.add(dcts)
        writeFileSync(dcts, toCommonJsDeclarations(dts, written))
      }
      return `${lead}${quote}${path}.cjs${quote}`
    },
  )
}
