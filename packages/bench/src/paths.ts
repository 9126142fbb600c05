import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** packages/bench, found from this file whether it runs from src (vitest) or from the bundle in dist. */
export const benchDir = (() => {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir)
  return dir
})()

/** The monorepo root. */
export const repoDir = join(benchDir, '..', '..')

/** Version of a package installed for the bench (read from its package.json on disk, whatever its exports say). */
export function versionOf(name: string): string {
  try {
    return JSON.parse(readFileSync(join(benchDir, 'node_modules', name, 'package.json'), 'utf8')).version
  } catch {
    return '?'
  }
}

/** Imports a module, returning the reason instead of throwing (Signet packages may not be built yet). */
export async function tryImport(
  specifier: string,
): Promise<{ module: Record<string, any>; error?: undefined } | { module?: undefined; error: string }> {
  try {
    return { module: (await import(specifier)) as Record<string, any> }
  } catch (error) {
    return { error: `cannot import ${specifier}: ${(error as Error).message.split('\n')[0]}` }
  }
}
