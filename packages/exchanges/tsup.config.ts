import { defineConfig } from 'tsup'

// ES module build only; scripts/require-entry.mjs adds the CommonJS entry point that loads it (require(esm)).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
})
