import { defineConfig } from 'tsup'

// ES module build only; scripts/require-entry.mjs adds the CommonJS entry points that load it (require(esm)).
export default defineConfig([
  { entry: { index: 'src/index.ts' }, format: ['esm'], dts: true, clean: true, target: 'node20' },
  // The conformance kit runs inside vitest, which is ESM-only. @signet/core stays external: the kit reuses the
  // package's own build instead of a second copy of it.
  {
    entry: { testing: 'src/testing/index.ts' },
    format: ['esm'],
    dts: true,
    target: 'node20',
    external: ['vitest', 'fast-check', '@signet/core', '@signet/core/kit'],
  },
  // The exchange-authoring kit: exchange packages import it, bots never do. It imports core by name too.
  {
    entry: { kit: 'src/kit/index.ts' },
    format: ['esm'],
    dts: true,
    target: 'node20',
    external: ['@signet/core'],
  },
  // Node-only helpers (file system) stay out of the main entry; they also import core by name.
  {
    entry: { node: 'src/node/index.ts' },
    format: ['esm'],
    dts: true,
    target: 'node20',
    external: ['@signet/core'],
  },
])
