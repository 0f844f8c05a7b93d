// Mutation testing of src/core with StrykerJS, in incremental mode from the results kept in git:
// `npm run mutate` runs every file (many hours on a 2-core machine the first time; minutes once the
// results are kept and little changed), `npm run mutate -- FILE…` the files given. Either way the
// results of the other files are kept, so runs over parts add up to the whole.
import { runStryker } from './lib/mutation-results';

process.exitCode = runStryker(process.argv.slice(2).filter((arg) => !arg.startsWith('--')));
