import { defineConfig } from 'tsup'

// ES module build only (the emulate entry shares chunks with index, so one definition instance); scripts/require-entry.mjs adds the CommonJS entry point that loads it (require(esm)).
export default defineConfig({
  entry: { index: 'src/index.ts', emulate: 'src/emulate/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
})
