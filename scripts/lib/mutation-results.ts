// The kept results of Stryker's runs over src/core: its incremental file, kept in git gzipped (a
// quarter of a megabyte instead of several), unpacked for a run and packed again after it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import ts from 'typescript';

export const root = join(import.meta.dirname, '..', '..');
/** Kept in git: each run adds its files' results and keeps the others'. */
export const RESULTS_FILE = join(root, 'test', 'mutation', 'stryker-results.json.gz');
/** Where Stryker reads and writes them (stryker.config.mjs `incrementalFile`). */
const WORKING_FILE = join(root, 'reports', 'stryker-incremental.json');

export interface MutantResult {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

export interface MutationResults {
  files: Record<string, { language?: string; source: string; mutants: MutantResult[] }>;
}

export function readResults(): MutationResults {
  const results = JSON.parse(gunzipSync(readFileSync(RESULTS_FILE)).toString('utf8')) as MutationResults;
  // Stryker writes the paths as the machine spells them.
  return { files: Object.fromEntries(Object.entries(results.files).map(([path, file]) => [path.replace(/\\/g, '/'), file])) };
}

/** Whether a module does anything when it runs: one of types alone has nothing to mutate. */
function hasCode(path: string): boolean {
  const output = ts.transpileModule(readFileSync(path, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true } }).outputText;
  return output.replace(/export \{\s*\};?/g, '').trim() !== '';
}

/** The files stryker.config.mjs mutates that have code: src/core's TypeScript, generated files and declarations left out. */
export function coreFiles(dir = join(root, 'src', 'core')): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return coreFiles(path);
      return name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.includes('.generated.') && hasCode(path) ? [relative(root, path).replace(/\\/g, '/')] : [];
    })
    .sort();
}

/**
 * The results with every file Stryker found nothing to change in (constants only, such as a number
 * or a list `as const`) kept with its source and no mutants, so it counts as measured and a change to
 * it is seen by `npm run mutate:changed`. Stryker leaves such files out of what it writes, so those
 * this run went over are added, and those an earlier run recorded (`before`) are carried over.
 */
export function withFilesWithoutMutants(results: MutationResults, runOver: readonly string[], sourceOf: (path: string) => string, before: MutationResults = { files: {} }): MutationResults {
  const files = { ...results.files };
  for (const path of runOver) files[path] ??= { language: 'typescript', source: sourceOf(path), mutants: [] };
  for (const [path, file] of Object.entries(before.files)) if (!file.mutants.length) files[path] ??= file;
  return { ...results, files };
}

/**
 * Runs Stryker in incremental mode over `files` (all it is configured for when empty), starting from
 * the kept results and keeping what the run adds. A run stopped before its end adds nothing.
 */
export function runStryker(files: readonly string[]): number {
  mkdirSync(dirname(WORKING_FILE), { recursive: true });
  const before: MutationResults = existsSync(RESULTS_FILE) ? readResults() : { files: {} };
  if (existsSync(RESULTS_FILE)) writeFileSync(WORKING_FILE, gunzipSync(readFileSync(RESULTS_FILE)));
  const unpackedAt = existsSync(WORKING_FILE) ? statSync(WORKING_FILE).mtimeMs : 0;
  const run = spawnSync('npx', ['stryker', 'run', '--incremental', ...(files.length ? ['--mutate', files.join(',')] : [])], { cwd: root, stdio: 'inherit' });
  // A run over files with nothing to mutate succeeds without writing Stryker's file.
  const wrote = existsSync(WORKING_FILE) && statSync(WORKING_FILE).mtimeMs > unpackedAt;
  if (wrote || run.status === 0) {
    const results = existsSync(WORKING_FILE) ? (JSON.parse(readFileSync(WORKING_FILE, 'utf8')) as MutationResults) : { files: {} };
    const runOver = files.length ? files : coreFiles();
    const kept = withFilesWithoutMutants(results, runOver, (path) => readFileSync(join(root, path), 'utf8'), before);
    writeFileSync(RESULTS_FILE, gzipSync(JSON.stringify(kept), { level: 9 }));
    console.log(`Kept the results in ${relative(root, RESULTS_FILE)}: commit it with the change that moved them.`);
  }
  return run.status ?? 1;
}
