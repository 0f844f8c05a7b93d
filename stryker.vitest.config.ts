// The vitest "unit" project alone, for Stryker (its vitest runner takes one config file and runs
// every project in it). Keep in step with the unit project in vitest.config.ts.
import { dirname, join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { DATA_MODULES } from './vitest.config';

// Stryker copies the project to .stryker-tmp/sandbox-*/; ../shared sits beside the real checkout.
const here = import.meta.dirname;
const checkout = here.includes('.stryker-tmp') ? resolve(here.slice(0, here.indexOf('.stryker-tmp'))) : here;

export default defineConfig({
  resolve: { alias: DATA_MODULES },
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Tests of the tooling, which run it in child processes (the command line, the layer rules, the
    // test reporter, browser set-up): a mutant is active in this process only, so they cannot see one,
    // and each would be run again for every mutant of the code they import.
    exclude: ['test/unit/cli.test.ts', 'test/unit/conventions.test.ts', 'test/unit/summary-reporter.test.ts', 'test/unit/browser-setup.test.ts'],
    environment: 'node',
    // Instrumented code is slower, and the machine is shared: a slow test is not a killed mutant.
    testTimeout: 180_000,
    env: { COUNTERPOINT_SHARED: join(dirname(checkout), 'shared') },
  },
});
