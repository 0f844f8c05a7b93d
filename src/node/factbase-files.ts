// Node only: reads data/ and its corpus, and compiles them with src/core/factbase/compile.ts. The
// build, the command line and the tests use this; nothing in src/core imports it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileFactBaseFrom, DATA_FILES, type DataFile } from '../core/factbase/compile';
import { describeBalance, type BalanceCounts } from '../core/factbase/counts';
import { dataError, type DataError } from '../core/factbase/validate';
import type { FactPack } from '../core/types';

export { lexiconFrom, type LexiconEntry } from '../core/factbase/lexicon';

export interface FactBaseReport {
  counts: Record<string, number>;
  quotesChecked: number;
  balance: BalanceCounts;
  rawBytes: number;
  gzipBytes: number;
  summary: string;
}

function readJson(dataDir: string, name: string, errors: DataError[]): unknown {
  const file = `data/${name}.json`;
  const path = join(dataDir, `${name}.json`);
  if (!existsSync(path)) {
    errors.push(dataError(file, '/', 'the file to exist', 'no file'));
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push(dataError(file, '/', 'valid JSON', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

/** Every document in data/corpus/, by file name. */
function readCorpusFiles(dataDir: string): Record<string, string> {
  const dir = join(dataDir, 'corpus');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** The corpus documents by source id. */
export function loadCorpus(dataDir: string, pack: Pick<FactPack, 'sources'>): Record<string, string> {
  const files = readCorpusFiles(dataDir);
  return Object.fromEntries(pack.sources.flatMap((source) => {
    const text = source.file ? files[source.file] : undefined;
    return text === undefined ? [] : [[source.id, text]];
  }));
}

/** The validated fact base, or an Error listing every problem (the build prints it and stops). */
export function compileFactBase({ dataDir }: { dataDir: string }): { pack: FactPack; report: FactBaseReport } {
  const errors: DataError[] = [];
  const files: Partial<Record<DataFile | 'sites', unknown>> = {};
  for (const name of [...DATA_FILES, 'sites'] as const) files[name] = readJson(dataDir, name, errors);
  const result = compileFactBaseFrom(files, readCorpusFiles(dataDir), errors);
  if (!result.ok) throw new Error(result.errors.map((error) => `  ${error.message}`).join('\n'));
  const { pack, quotesChecked, balance } = result.value;
  const raw = Buffer.from(JSON.stringify(pack));
  const gzipBytes = gzipSync(raw).length;
  const counts = Object.fromEntries(DATA_FILES.map((name) => [name, pack[name].length]));
  return {
    pack,
    report: {
      counts,
      quotesChecked,
      balance,
      rawBytes: raw.length,
      gzipBytes,
      summary: `${counts.entities} entities, ${counts.claims} claims (${quotesChecked} checked against their sources), ${counts.topics} topics; ${(raw.length / 1024).toFixed(1)} KB raw, ${(gzipBytes / 1024).toFixed(1)} KB gzipped; ${describeBalance(balance)}`,
    },
  };
}
