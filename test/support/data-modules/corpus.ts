// `counterpoint:corpus` for the unit tests (vitest.config.ts aliases it here): the documents' text by source id.
import { loadCorpus } from '../../../src/node/factbase-files';
import pack, { DATA_DIR } from './factbase';

export default loadCorpus(DATA_DIR, pack);
