import { defineConfig } from 'tsup'

export default defineConfig([
  { entry: { index: 'src/index.ts' }, format: ['esm'], dts: true, clean: true, target: 'node20' },
  // ky is ESM-only: a CJS build that keeps it external crashes at run time, so bundle it into CJS only.
  { entry: { index: 'src/index.ts' }, format: ['cjs'], dts: true, target: 'node20', noExternal: ['ky'] },
])
