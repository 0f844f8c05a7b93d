// Mutation testing of what changed: the src/core files whose source differs from the one recorded
// in the kept results (test/mutation/stryker-results.json.gz), run by Stryker in incremental mode,
// so only their changed mutants (and the survivors, when tests were added) are tested again and the
// results file takes in the new ones. CI runs this (README, "Mutation testing"); with nothing changed
// it returns at once. Files no run has measured yet are listed, not run: one of the larger ones
// takes an hour here (`npm run mutate -- FILE` on a free machine).
//   npm run mutate:changed [-- --list]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coreFiles, RESULTS_FILE, readResults, root, runStryker } from './lib/mutation-results';

function main(): void {
  const results = existsSync(RESULTS_FILE) ? readResults() : { files: {} };
  const changed: string[] = [];
  const unmeasured: string[] = [];
  for (const path of coreFiles()) {
    const kept = results.files[path];
    if (!kept) unmeasured.push(path);
    else if (kept.source !== readFileSync(join(root, path), 'utf8')) changed.push(path);
  }
  if (unmeasured.length) console.log(`Not measured yet, so not run here (${unmeasured.length} files; npm run mutate:scores lists them).`);
  if (!changed.length) {
    console.log('Mutation testing: no measured file of src/core changed since its results were kept.');
    return;
  }
  console.log(`Mutation testing the ${changed.length} changed file(s), incrementally:\n  ${changed.join('\n  ')}`);
  if (process.argv.includes('--list')) return;
  process.exitCode = runStryker(changed);
}

main();
