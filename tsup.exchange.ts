import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'tsup'

/**
 * The entry points of an exchange package, one per subpath of its package.json `exports`: `.` builds
 * `src/index.ts` into `dist/index.js`, `./emulate` builds `src/emulate/index.ts` (or `src/emulate.ts`) into
 * `dist/emulate.js`. A new subpath therefore needs only its `exports` entry and its source file.
 */
export function exchangeEntries(dir: string = process.cwd()): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports?: Record<string, unknown>
  }
  const entries: Record<string, string> = {}
  for (const subpath of Object.keys(manifest.exports ?? { '.': {} })) {
    if (subpath === './package.json') continue
    if (subpath === '.') {
      entries.index = 'src/index.ts'
      continue
    }
    const name = subpath.slice(2)
    const folder = `src/${name}/index.ts`
    const file = `src/${name}.ts`
    if (existsSync(join(dir, folder))) entries[name] = folder
    else if (existsSync(join(dir, file))) entries[name] = file
    else throw new Error(`tsup.exchange.ts: export "${subpath}" has neither ${folder} nor ${file}`)
  }
  return entries
}

// The build every exchange package shares (its tsup.config.ts re-exports this): ES modules only, the entries
// sharing chunks (so `/emulate` and the root share one definition instance); scripts/require-entry.mjs then adds
// the CommonJS entry points that load them (require(esm)).
export default defineConfig({
  entry: exchangeEntries(),
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
})
