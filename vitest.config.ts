import { defineConfig } from 'vitest/config'

// One vitest process runs every package's project: on a 2-core machine that beats one process per package.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/vitest.json' },
  },
})
