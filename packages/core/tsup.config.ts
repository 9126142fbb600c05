import { defineConfig } from 'tsup'

// One ES module build of every entry point, sharing chunks: a module the kit, the Node helpers or the conformance
// kit import from core's sources is in the dist once, so an error class or the `Secret` registry has one identity
// whichever entry made it (`instanceof` agrees), and its declarations are written once too.
// scripts/require-entry.mjs then adds the CommonJS entry points that load these modules (require(esm)).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    kit: 'src/kit/index.ts',
    node: 'src/node/index.ts',
    // The conformance kit runs inside vitest, which is ESM-only (no `require` entry).
    testing: 'src/testing/index.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
  // Sources that import the package by name keep that import: it resolves to this same dist.
  external: ['vitest', 'fast-check', '@signet/core', '@signet/core/kit'],
})
