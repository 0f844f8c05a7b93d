// The vitest "unit" project alone, for Stryker (its vitest runner takes one config file and runs
// every project in it). Keep in step with the unit project in vitest.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
