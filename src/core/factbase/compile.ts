// Turns the fact base's files, already parsed, into the pack the build bundles: schema, references,
// every claim word for word, then the faithfulness rules. Pure: reading the files is the caller's job
// (src/node/factbase-files.ts for the build and the command line).
import type { FactPack } from '../types';
import { balanceCounts, type BalanceCounts } from './counts';
import { faithfulnessErrors } from './rules';
import { dataError, quoteErrors, referenceErrors, schemaErrors, type DataError, type DataFileName, type PackLocations } from './validate';

export const DATA_FILES = ['sources', 'entities', 'claims', 'topics', 'questions'] as const satisfies readonly DataFileName[];
export type DataFile = (typeof DATA_FILES)[number];

export const BUILT_IN_LOCATIONS: PackLocations = {
  sources: 'data/sources.json',
  entities: 'data/entities.json',
  claims: 'data/claims.json',
  topics: 'data/topics.json',
  questions: 'data/questions.json',
};

export interface CompiledFactBase {
  pack: FactPack;
  quotesChecked: number;
  balance: BalanceCounts;
}

/**
 * `files` holds each data file's parsed JSON (missing ones already reported in `errors`), `sites` the
 * options page's default sites, `corpus` each bundled document's text by file name.
 */
export function compileFactBaseFrom(
  files: Partial<Record<DataFile | 'sites', unknown>>,
  corpusByFile: Record<string, string>,
  errors: DataError[] = [],
): { ok: true; value: CompiledFactBase } | { ok: false; errors: DataError[] } {
  for (const name of DATA_FILES) if (files[name] !== undefined) errors.push(...schemaErrors(name, files[name], BUILT_IN_LOCATIONS[name]));
  if (files.sites !== undefined) errors.push(...schemaErrors('sites', files.sites, 'data/sites.json'));
  if (errors.length) return { ok: false, errors };

  const pack: FactPack = {
    schemaVersion: 1,
    id: 'counterpoint',
    title: 'Counterpoint built-in fact base',
    ...(files as Pick<FactPack, DataFile>),
  };
  errors.push(...referenceErrors(pack, BUILT_IN_LOCATIONS));
  const corpus: Record<string, string> = {};
  pack.sources.forEach((source, index) => {
    if (!source.file) return;
    const text = corpusByFile[source.file];
    if (text === undefined) errors.push(dataError(BUILT_IN_LOCATIONS.sources, `/${index}/file`, 'a file in data/corpus/', JSON.stringify(source.file)));
    else corpus[source.id] = text;
  });
  const quotes = quoteErrors(pack, corpus, BUILT_IN_LOCATIONS);
  errors.push(...quotes.errors);
  if (errors.length) return { ok: false, errors };
  errors.push(...faithfulnessErrors(pack, corpus, BUILT_IN_LOCATIONS));
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { pack, quotesChecked: quotes.checked, balance: balanceCounts(pack) } };
}
