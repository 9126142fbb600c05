import { defineConfig } from 'tsup'

export default defineConfig([
  { entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: true, clean: true, target: 'node20' },
  // The conformance kit runs inside vitest, which is ESM-only: ship it as ESM only.
  {
    entry: { testing: 'src/testing/index.ts' },
    format: ['esm'],
    dts: true,
    target: 'node20',
    // @signet/core stays external: the kit reuses the package's own build instead of a second copy of it.
    external: ['vitest', '@signet/core'],
  },
])
