import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'node20',
    banner: { js: '' },
  },
  { entry: { index: 'src/index.ts' }, format: ['cjs'], dts: true, target: 'node20', noExternal: ['ky'] },
])
