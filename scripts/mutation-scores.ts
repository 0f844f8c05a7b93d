// The mutation score of src/core, file by file, from the results every run adds to (`npm run mutate
// [-- FILE…]`, `npm run mutate:changed`): results of files left out of a run are kept, so runs over
// parts of src/core add up to the whole. Lists the files no run has reached yet, so an unknown
// score is never printed as a known one.
//   npm run mutate:scores [-- --survivors]
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { coreFiles, RESULTS_FILE, readResults, root } from './lib/mutation-results';

const COUNTED = ['Killed', 'Timeout', 'Survived', 'NoCoverage'];
const score = (killed: number, counted: number) => (counted ? `${((100 * killed) / counted).toFixed(1)}%` : '–');

function main(): void {
  if (!existsSync(RESULTS_FILE)) {
    console.error(`No mutation results yet: ${relative(root, RESULTS_FILE)} is written by npm run mutate.`);
    process.exitCode = 1;
    return;
  }
  const { files } = readResults();
  const showSurvivors = process.argv.includes('--survivors');
  const rows: string[] = [];
  let killedAll = 0;
  let countedAll = 0;
  const missing: string[] = [];
  for (const path of coreFiles()) {
    const file = files[path];
    if (!file) {
      missing.push(path);
      continue;
    }
    const byStatus = (status: string) => file.mutants.filter((mutant) => mutant.status === status).length;
    const killed = byStatus('Killed') + byStatus('Timeout');
    const counted = COUNTED.reduce((total, status) => total + byStatus(status), 0);
    if (!file.mutants.length) {
      rows.push(`${path.padEnd(44)}      – nothing to mutate (constants only)`);
      continue;
    }
    killedAll += killed;
    countedAll += counted;
    rows.push(`${path.padEnd(44)} ${score(killed, counted).padStart(6)} ${String(killed).padStart(5)} of ${String(counted).padEnd(5)} (${byStatus('Survived')} survived, ${byStatus('NoCoverage')} not covered, ${byStatus('Timeout')} timed out, ${byStatus('Ignored')} static, ${byStatus('RuntimeError') + byStatus('CompileError')} errors)`);
    if (showSurvivors) {
      for (const mutant of file.mutants.filter((candidate) => candidate.status === 'Survived' || candidate.status === 'NoCoverage')) {
        rows.push(`  ${path}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.status} ${mutant.mutatorName} → \`${mutant.replacement ?? ''}\``);
      }
    }
  }
  console.log(rows.join('\n'));
  console.log(`\nsrc/core, the files measured: ${score(killedAll, countedAll)} (${killedAll} of ${countedAll} mutants killed or timed out; static mutants and runner errors left out)`);
  if (missing.length) console.log(`Not measured yet (${missing.length} files; the score of all of src/core is not known until they are):\n  ${missing.join('\n  ')}`);
  else console.log('Every file of src/core is measured: this is the score of src/core.');
}

main();
