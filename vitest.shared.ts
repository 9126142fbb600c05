import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineProject, type UserWorkspaceConfig } from 'vitest/config'

const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url))

/** Points every `@signet/*` import at source, so unit tests need no build. @internal */
function sourceAliases() {
  const aliases: { find: string | RegExp; replacement: string }[] = [
    { find: /^@signet\/core\/testing$/, replacement: `${packagesDir}core/src/testing/index.ts` },
    { find: /^@signet\/core\/node$/, replacement: `${packagesDir}core/src/node/index.ts` },
    { find: /^@signet\/core\/kit$/, replacement: `${packagesDir}core/src/kit/index.ts` },
    { find: /^@signet\/agent\/server$/, replacement: `${packagesDir}agent/src/server/index.ts` },
  ]
  for (const name of readdirSync(packagesDir)) {
    aliases.push({ find: new RegExp(`^@signet/${name}$`), replacement: `${packagesDir}${name}/src/index.ts` })
    // Optional capabilities on subpaths (`@signet/binance/emulate`, `/verify`, `/diagnose`).
    for (const capability of ['emulate', 'verify', 'diagnose'])
      aliases.push({
        find: new RegExp(`^@signet/${name}/${capability}$`),
        replacement: `${packagesDir}${name}/src/${capability}/index.ts`,
      })
  }
  return aliases
}

/** The vitest project config every package uses. @internal */
export function signetProject(name: string, extra: UserWorkspaceConfig['test'] = {}) {
  return defineProject({
    resolve: { alias: sourceAliases() },
    test: { name, restoreMocks: true, testTimeout: 30_000, ...extra },
  })
}
