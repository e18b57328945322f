import { readFileSync } from 'node:fs'
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { pngAuxiliaryWorker } from './tests/png-worker/auxiliary-worker.ts'

/** Imports `*.csv` as text in plain Node, as wrangler's Text rule does in the Worker. */
function csvAsText(): Plugin {
  return {
    name: 'factbox:csv-as-text',
    load(id) {
      if (id.endsWith('.csv')) return `export default ${JSON.stringify(readFileSync(id, 'utf8'))}`
    },
  }
}

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [csvAsText()],
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/worker/**', 'tests/browser/**', 'tests/png-worker/**'],
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // The real PNG Worker behind the `PNG` service binding.
              workers: [pngAuxiliaryWorker()],
              // The publishing API's secret (production: `wrangler secret put`; locally: .dev.vars).
              bindings: { PUBLISH_TOKEN: 'test-publish-token' },
            },
          }),
        ],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.{ts,tsx}'],
          // The .png route tests render through the real PNG Worker (see the png-worker project).
          testTimeout: 60_000,
        },
      },
      {
        // The PNG Worker (src/png-worker), in workerd with its real WASM and fonts.
        plugins: [cloudflareTest({ wrangler: { configPath: './src/png-worker/wrangler.toml' } })],
        test: {
          name: 'png-worker',
          include: ['tests/png-worker/**/*.test.ts'],
          // A resvg render in WASM (CPU per render: bench/README.md) can take seconds on a loaded 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        plugins: [csvAsText()],
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
