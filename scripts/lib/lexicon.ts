// The built-in lexicon for Node-side tools (CLI, eval, bench), validated exactly as the build does.
import { join } from 'node:path';
import { compileFactBase, lexiconFrom } from '../../src/node/factbase-files';
import { PROJECT_ROOT } from '../demo/routes';

export function loadBuiltInPack(dataDir = join(PROJECT_ROOT, 'data')) {
  return compileFactBase({ dataDir }).pack;
}

export function loadLexicon(dataDir?: string) {
  return lexiconFrom(loadBuiltInPack(dataDir));
}
