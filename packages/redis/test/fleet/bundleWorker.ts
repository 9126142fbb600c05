import { build } from 'tsup'

/**
 * Bundles the worker and every `@signet/*` source it imports (through `tsconfig`'s paths) into one ES module in
 * `outDir`, so eight processes start in a fraction of a second instead of each transpiling the sources. @internal
 */
export async function bundleWorker(entry: string, tsconfig: string, outDir: string): Promise<string> {
  await build({
    entry: { worker: entry },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    tsconfig,
    noExternal: [/.*/],
    dts: false,
    silent: true,
    splitting: false,
    sourcemap: false,
    // ioredis is CommonJS: give the ES module a `require` for its built-ins.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  })
  return `${outDir}/worker.js`
}
