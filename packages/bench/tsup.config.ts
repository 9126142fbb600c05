import { defineConfig } from 'tsup'

// The harness is bundled into one file run by plain `node` (no loader hooks in the measured processes); every
// package it measures stays external and is loaded from its built dist.
export default defineConfig({
  entry: { main: 'src/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  clean: true,
  skipNodeModulesBundle: true,
  splitting: true,
})
