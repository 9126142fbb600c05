import { defineConfig } from 'tsup'

// Two entries: the light remote signer a bot imports, and the service (policy, server, audit) it must not load.
export default defineConfig({
  entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
})
