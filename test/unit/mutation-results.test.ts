// The mutation results kept in git, as the scripts read them: every file they name still exists in
// src/core, every mutant has one of Stryker's statuses, and the files to measure are src/core's own.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreFiles, readResults, root, withFilesWithoutMutants } from '../../scripts/lib/mutation-results';

const STATUSES = new Set(['Killed', 'Survived', 'NoCoverage', 'Timeout', 'Ignored', 'RuntimeError', 'CompileError']);

describe('the kept mutation results', () => {
  it('name only files of src/core that exist, with known statuses', () => {
    const { files } = readResults();
    const measured = Object.keys(files);
    expect(measured.length).toBeGreaterThan(0);
    for (const path of measured) {
      expect(path).toMatch(/^src\/core\/.+\.ts$/);
      expect(existsSync(join(root, path)), path).toBe(true);
      expect(files[path]!.mutants.every((mutant) => STATUSES.has(mutant.status)), path).toBe(true);
    }
  });

  it('measure src/core’s TypeScript with code in it, leaving out generated files, declarations and types alone', () => {
    const files = coreFiles();
    expect(files).toContain('src/core/voices.ts');
    expect(files).toContain('src/core/mentions/fold.ts');
    // Types alone: nothing to mutate, so never "not measured".
    expect(files).not.toContain('src/core/mentions/candidate.ts');
    expect(files.some((path) => path.includes('.generated.') || path.endsWith('.d.ts'))).toBe(false);
    expect(files.every((path) => path.startsWith('src/core/'))).toBe(true);
  });

  it('count a file a run went over with nothing to mutate as measured, and keep what other files had', () => {
    const killed = { mutatorName: 'BooleanLiteral', status: 'Killed', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } } };
    const before = { files: { 'src/core/a.ts': { source: 'old', mutants: [killed] } } };
    const after = withFilesWithoutMutants(before, ['src/core/a.ts', 'src/core/b.ts'], (path) => `source of ${path}`);
    expect(after.files).toEqual({
      'src/core/a.ts': { source: 'old', mutants: [killed] },
      'src/core/b.ts': { language: 'typescript', source: 'source of src/core/b.ts', mutants: [] },
    });
    expect(Object.keys(before.files)).toEqual(['src/core/a.ts']);
  });

  it('carry over a file an earlier run found nothing to mutate in, which Stryker leaves out of what it writes', () => {
    const earlier = { files: { 'src/core/constants.ts': { source: 'export const A = 1;', mutants: [] }, 'src/core/gone.ts': { source: 'old', mutants: [] } } };
    const written = { files: { 'src/core/gone.ts': { source: 'new', mutants: [] } } };
    const after = withFilesWithoutMutants(written, [], () => 'unread', earlier);
    expect(after.files).toEqual({ 'src/core/gone.ts': { source: 'new', mutants: [] }, 'src/core/constants.ts': { source: 'export const A = 1;', mutants: [] } });
  });
});
