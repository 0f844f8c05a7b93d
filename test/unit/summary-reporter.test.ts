// The closing line CI reads counts a file that failed to start, a failing hook and an error thrown
// outside any test as failures: "0 failed" only when nothing failed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = 'test/fixtures/reporter';
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

function summary(...files: string[]): { line: string | undefined; status: number | null } {
  const run = spawnSync(process.execPath, [VITEST, 'run', '--config', `${FIXTURES}/vitest.config.ts`, ...files.map((file) => `${FIXTURES}/${file}`)], { cwd: ROOT, encoding: 'utf8' });
  return { line: run.stdout.split('\n').find((line) => line.startsWith('tests: ')), status: run.status };
}

describe('the summary line', () => {
  it.each([
    ['a file that throws when it is imported', 'fails-to-import.run.ts', 'tests: 0 passed, 1 failed, 0 skipped'],
    ['a hook that throws, so that every test is skipped', 'hook-throws.run.ts', 'tests: 0 passed, 1 failed, 2 skipped'],
    ['an error thrown after the test passed', 'error-outside-tests.run.ts', 'tests: 1 passed, 1 failed, 0 skipped'],
    ['a file that passes', 'passes.run.ts', 'tests: 1 passed, 0 failed, 0 skipped'],
  ])('counts %s', (_, file, line) => {
    const run = summary(file);
    expect(run.line).toBe(line);
    expect(run.status === 0).toBe(line.includes(' 0 failed'));
  }, 60_000);
});
