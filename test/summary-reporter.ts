// Prints one plain closing line ("tests: N passed, N failed, N skipped") that CI reads. A file that
// fails to start (its import or a hook throws) or an error thrown outside any test counts as one
// failure each, so the line never says "0 failed" about a run that failed.
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const problems: string[] = [];
    for (const module of testModules) {
      let failedHere = 0;
      for (const testCase of module.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      failed += failedHere;
      // A file whose own code or hooks threw: its tests never ran, or ran and were all skipped.
      if (module.state() === 'failed' && failedHere === 0) {
        failed++;
        problems.push(`${module.moduleId}: ${module.errors().map((error) => error.message).join('; ') || 'failed outside its tests'}`);
      }
    }
    for (const error of unhandledErrors) {
      failed++;
      problems.push(`error outside any test: ${error.message}`);
    }
    for (const problem of problems) process.stdout.write(`\n${problem}`);
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
