import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

// Issue 21: what exchanges share lives in core (`@signet/core`, its authoring kit `@signet/core/kit`), so no
// exchange package keeps a private copy of a core helper under the helper's own name. A declaration named like a
// core or kit export is either a copy (use the core one) or an exchange rule that needs its own name; the few
// exchange rules that keep a core name are listed here with their reason.
const packages = fileURLToPath(new URL('../../', import.meta.url))
const kept: Record<string, string> = {
  'binance/src/_payload.ts checkIntent':
    "Binance's own intent rules (no JSON body, a form only on POST) with a cache of checked paths on the hot path",
}

const exportedNames = (file: string) =>
  [...readFileSync(join(packages, file), 'utf8').matchAll(/export \{([^}]*)\}/g)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((s) =>
        s
          .trim()
          .replace(/^type /, '')
          .split(' as ')
          .pop()!
          .trim(),
      )
      .filter(Boolean),
  )
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) return sources(path)
    return entry.endsWith('.ts') ? [path] : []
  })

it('behavior: no exchange package declares a function or constant named like a core or kit export', () => {
  const core = new Set([...exportedNames('core/src/index.ts'), ...exportedNames('core/src/kit/index.ts')])
  expect(core.has('parseJsonObject') && core.has('jsonVerifier'), 'the export lists were read').toBe(true)
  const exchanges = readdirSync(packages).filter((d) => existsSync(join(packages, d, 'src', 'definition.ts')))
  const copies: string[] = []
  for (const id of exchanges) {
    for (const file of sources(join(packages, id, 'src'))) {
      const text = readFileSync(file, 'utf8')
      for (const [, name] of text.matchAll(/^(?:export )?(?:async )?(?:function|const|let) (\w+)/gm)) {
        const where = `${file.slice(packages.length)} ${name}`
        if (core.has(name!) && !(where in kept)) copies.push(where)
      }
    }
  }
  expect(copies).toEqual([])
})
