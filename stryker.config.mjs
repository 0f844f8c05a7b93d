// Mutation testing of the pure core (issue 14): `npm run mutate` (all of src/core) and
// `npm run mutate:changed` (incremental: only mutants whose code or covering tests changed since the
// last run). Run it through those scripts (scripts/mutate.ts): they unpack the results kept in git
// (test/mutation/stryker-results.json.gz) into the incremental file below and pack it again after
// the run, so a run over part of src/core keeps the results of the rest and runs over parts add up
// to the whole; `npm run mutate:scores` prints them. Generated files are left out: they are data, and
// the scripts that write them are tested through their output.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The unit project only: the browser tests drive the built bundle, which mutants never reach.
  vitest: { configFile: 'stryker.vitest.config.ts', related: true },
  mutate: ['src/core/**/*.ts', '!src/core/**/*.generated.*', '!src/core/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (a constant table, a Set of words) runs before any test, so it
  // needs every related test re-run in a fresh process: on this machine two minutes each, 97% of a
  // run's time. They are left out of the score (listed as Ignored in the report); the constants
  // that matter are pinned by tests that use them (see docs/mutation-survivors.md).
  ignoreStatic: true,
  // vitest strips types without checking them, so no `// @ts-nocheck` is needed; adding one would
  // change the generated validators that a unit test compares with the schemas.
  disableTypeChecks: false,
  // Two cores, shared: never more than two test processes.
  concurrency: 2,
  // The first run records per-test coverage of instrumented code, single-threaded: minutes, not seconds.
  dryRunTimeoutMinutes: 30,
  // A mutant that loops forever is caught by its timeout; the sooner, the sooner the run goes on.
  timeoutMS: 10_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  // The sandbox needs the sources and tests, not the builds or the results.
  ignorePatterns: ['dist', 'out', 'test/mutation'],
  // Issue 14's target, over every file measured so far: a run that leaves the score under it fails.
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
