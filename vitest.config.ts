import { defineConfig } from 'vitest/config';

/** The build's data modules (build.mjs), so unit tests can load src/platform modules that import them. */
export const DATA_MODULES = {
  'counterpoint:factbase': new URL('./test/support/data-modules/factbase.ts', import.meta.url).pathname,
  'counterpoint:corpus': new URL('./test/support/data-modules/corpus.ts', import.meta.url).pathname,
};

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        resolve: { alias: DATA_MODULES },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Unit tests first and on their own, then the browser files.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // Each file launches its own browser; two at once is what 2 cores bear.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
