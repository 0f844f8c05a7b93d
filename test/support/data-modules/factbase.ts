// `counterpoint:factbase` for the unit tests (vitest.config.ts aliases it here): data/ compiled as build.mjs does.
import { join } from 'node:path';
import { compileFactBase } from '../../../src/node/factbase-files';

export const DATA_DIR = join(import.meta.dirname, '..', '..', '..', 'data');
export default compileFactBase({ dataDir: DATA_DIR }).pack;
