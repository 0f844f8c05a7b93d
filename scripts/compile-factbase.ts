// Reads data/, checks every file (schema, references, quotes word for word), and returns the
// fact pack the build bundles. Any problem stops the build with every problem listed.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataError, quoteErrors, referenceErrors, schemaErrors, type DataError, type DataFileName } from '../src/core/factbase/validate';
import type { Entity, FactPack } from '../src/core/types';

const FILES: Exclude<DataFileName, 'pack' | 'sites'>[] = ['sources', 'entities', 'claims', 'topics', 'questions'];

export interface FactBaseReport {
  counts: Record<string, number>;
  quotesChecked: number;
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

/** The corpus documents by source id, read from data/corpus/. */
export function loadCorpus(dataDir: string, pack: Pick<FactPack, 'sources'>): Record<string, string> {
  const corpus: Record<string, string> = {};
  for (const source of pack.sources) {
    const path = source.file ? join(dataDir, 'corpus', source.file) : null;
    if (path && existsSync(path)) corpus[source.id] = readFileSync(path, 'utf8');
  }
  return corpus;
}

export function compileFactBase({ dataDir }: { dataDir: string }): { pack: FactPack; report: FactBaseReport } {
  const errors: DataError[] = [];
  const parts: Record<string, unknown> = {};
  for (const name of FILES) {
    const json = readJson(dataDir, name, errors);
    if (json === undefined) continue;
    errors.push(...schemaErrors(name, json, `data/${name}.json`));
    parts[name] = json;
  }
  const sites = readJson(dataDir, 'sites', errors);
  if (sites !== undefined) errors.push(...schemaErrors('sites', sites, 'data/sites.json'));
  if (errors.length) throw new Error(errors.map((error) => `  ${error.message}`).join('\n'));

  const pack: FactPack = {
    schemaVersion: 1,
    id: 'counterpoint',
    title: 'Counterpoint built-in fact base',
    ...(parts as Pick<FactPack, 'sources' | 'entities' | 'claims' | 'topics' | 'questions'>),
  };
  const locations = { sources: 'data/sources.json', entities: 'data/entities.json', claims: 'data/claims.json', topics: 'data/topics.json', questions: 'data/questions.json' };
  errors.push(...referenceErrors(pack, locations));
  pack.sources.forEach((source, index) => {
    if (source.file && !existsSync(join(dataDir, 'corpus', source.file))) errors.push(dataError(locations.sources, `/${index}/file`, `a file in data/corpus/`, JSON.stringify(source.file)));
  });
  const quotes = quoteErrors(pack, loadCorpus(dataDir, pack), locations);
  errors.push(...quotes.errors);
  if (errors.length) throw new Error(errors.map((error) => `  ${error.message}`).join('\n'));

  const raw = Buffer.from(JSON.stringify(pack));
  const gzipBytes = gzipSync(raw).length;
  const counts = Object.fromEntries(FILES.map((name) => [name, (pack[name] as unknown[]).length]));
  return {
    pack,
    report: {
      counts,
      quotesChecked: quotes.checked,
      rawBytes: raw.length,
      gzipBytes,
      summary: `${counts.entities} entities, ${counts.claims} claims (${quotes.checked} checked against their sources), ${counts.topics} topics; ${(raw.length / 1024).toFixed(1)} KB raw, ${(gzipBytes / 1024).toFixed(1)} KB gzipped`,
    },
  };
}

export type LexiconEntry = Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'cues'>;

/** Only what the content script's matcher needs; cards are fetched from the background. */
export function lexiconFrom(pack: FactPack): LexiconEntry[] {
  return pack.entities.map(({ id, type, name, aliases, cues }) => ({
    id,
    type,
    name,
    aliases: aliases.map(({ note: _note, ...alias }) => alias),
    ...(cues ? { cues } : {}),
  }));
}
