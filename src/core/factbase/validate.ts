// Checks a fact pack the way a person can act on: every problem names the file, the JSON path,
// what was expected and what was found. Schema first (generated ajv code, no eval), then the
// references between items, then, where the source text is bundled, every quote word for word.
import { locateQuote } from '../locate-quote';
import { inEnglish, phrase, type Phrase, type PhraseValue } from '../phrase';
import type { FactPack } from '../types';
import * as validators from './validators.generated.js';
import type { AjvError, GeneratedValidator } from './validators.generated.js';

export interface DataError {
  file: string;
  /** JSON pointer into the file, such as /entities/3/aliases/0/text. */
  path: string;
  expected: string;
  found: string;
  /** The whole problem in English, for the build, the command line and the console. */
  message: string;
  /** The same, for the interface to word in the reader's language. */
  phrase: Phrase;
  /** The id of the item the error is about, where there is one. */
  id?: string;
}

export type DataFileName = 'sources' | 'entities' | 'claims' | 'topics' | 'questions' | 'sites' | 'pack';

const VALIDATORS: Record<DataFileName, GeneratedValidator> = {
  sources: validators.validateSources,
  entities: validators.validateEntities,
  claims: validators.validateClaims,
  topics: validators.validateTopics,
  questions: validators.validateQuestions,
  sites: validators.validateSites,
  pack: validators.validatePack,
};

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const part of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function describeFound(value: unknown): PhraseValue {
  if (value === undefined) return phrase('checkFoundNothing');
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/**
 * A problem at `path` in `file`: what was expected there and what was found. A string is data (a
 * JSON value, words of a document) and is shown as it is; our own words come as phrases.
 * `id` names the item, for the faithfulness rules' messages.
 */
export function dataError(file: PhraseValue, path: string, expected: PhraseValue, found: PhraseValue, id?: string): DataError {
  const at = path || '/';
  const said = id === undefined ? phrase('checkProblemAt', file, at, expected, found) : phrase('checkProblemAtItem', file, at, id, expected, found);
  return { file: inEnglish(file), path: at, expected: inEnglish(expected), found: inEnglish(found), message: inEnglish(said), phrase: said, ...(id === undefined ? {} : { id }) };
}

function describeExpected(error: AjvError): PhraseValue {
  const { keyword, params } = error;
  switch (keyword) {
    case 'required':
      return phrase('checkExpectedField', String(params.missingProperty));
    case 'additionalProperties':
      return phrase('checkExpectedNoField', String(params.additionalProperty));
    case 'enum':
      return phrase('checkExpectedOneOf', (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', '));
    case 'const':
      return JSON.stringify(params.allowedValue);
    case 'type':
      return phrase('checkExpectedType', String(params.type));
    case 'pattern':
      return phrase('checkExpectedPattern', String(params.pattern));
    case 'minLength':
      return phrase('checkExpectedMinLength', Number(params.limit));
    case 'maxLength':
      return phrase('checkExpectedMaxLength', Number(params.limit));
    case 'minItems':
      return phrase('checkExpectedMinItems', Number(params.limit));
    case 'maxItems':
      return phrase('checkExpectedMaxItems', Number(params.limit));
    case 'minimum':
      return phrase('checkExpectedMinimum', Number(params.limit));
    case 'maximum':
      return phrase('checkExpectedMaximum', Number(params.limit));
    default:
      // A keyword our schemas do not use today: ajv's own (English) words, rather than nothing.
      return error.message ?? keyword;
  }
}

/** Ajv reports `anyOf` and `if` twice over; the specific errors are the useful ones. */
const NOISE = new Set(['anyOf', 'if', 'oneOf']);

/** `limit` keeps a huge file's list short; a pack import passes Infinity to count them all. */
export function schemaErrors(name: DataFileName, json: unknown, file: PhraseValue, limit = 50): DataError[] {
  const validate = VALIDATORS[name];
  if (validate(json)) return [];
  return (validate.errors ?? [])
    .filter((error) => !NOISE.has(error.keyword))
    .slice(0, limit)
    .map((error) => {
      const path = error.keyword === 'required' ? `${error.instancePath}/${String(error.params.missingProperty)}` : error.keyword === 'additionalProperties' ? `${error.instancePath}/${String(error.params.additionalProperty)}` : error.instancePath;
      const found = error.keyword === 'additionalProperties' ? phrase('checkFoundExtraField') : describeFound(valueAt(json, error.keyword === 'required' ? error.instancePath : path));
      return dataError(file, path, describeExpected(error), error.keyword === 'required' ? phrase('checkFoundNoSuchField') : found);
    });
}

/** Where each kind of item lives, for messages that point into a whole pack or its files. */
export interface PackLocations {
  sources: PhraseValue;
  entities: PhraseValue;
  claims: PhraseValue;
  topics: PhraseValue;
  questions: PhraseValue;
}

const packLocations = (file: PhraseValue): PackLocations => ({ sources: file, entities: file, claims: file, topics: file, questions: file });
export const inPack = (locations: PackLocations, kind: keyof PackLocations, index: number, rest = '') =>
  locations.sources === locations.entities ? `/${kind}/${index}${rest}` : `/${index}${rest}`;

const EXISTING = { source: 'checkExpectedExistingSource', topic: 'checkExpectedExistingTopic', entity: 'checkExpectedExistingEntity', claim: 'checkExpectedExistingClaim' } as const;

/**
 * Every id is unique within its kind, and every reference resolves, against this pack plus
 * `known` (the built-in fact base, for a teacher pack that refers to built-in entities).
 */
export function referenceErrors(pack: FactPack, locations: PackLocations, known?: FactPack): DataError[] {
  const errors: DataError[] = [];
  const ids = (kind: keyof PackLocations) => {
    const seen = new Set<string>();
    pack[kind].forEach((item, index) => {
      if (seen.has(item.id)) errors.push(dataError(locations[kind], inPack(locations, kind, index, '/id'), phrase('checkExpectedUniqueId', kind), JSON.stringify(item.id)));
      seen.add(item.id);
    });
    for (const item of known?.[kind] ?? []) seen.add(item.id);
    return seen;
  };
  const sources = ids('sources');
  const entities = ids('entities');
  const claims = ids('claims');
  const topics = ids('topics');
  ids('questions');
  const check = (set: Set<string>, id: string | null | undefined, kind: keyof PackLocations, file: PhraseValue, path: string, what: keyof typeof EXISTING) => {
    if (id && !set.has(id)) errors.push(dataError(file, path, phrase(EXISTING[what]), JSON.stringify(id)));
  };
  pack.entities.forEach((entity, index) => {
    entity.mentionedIn.forEach((id, at) => check(sources, id, 'entities', locations.entities, inPack(locations, 'entities', index, `/mentionedIn/${at}`), 'source'));
    entity.topics.forEach((id, at) => check(topics, id, 'entities', locations.entities, inPack(locations, 'entities', index, `/topics/${at}`), 'topic'));
    entity.roles?.forEach((role, at) => check(sources, role.source, 'entities', locations.entities, inPack(locations, 'entities', index, `/roles/${at}/source`), 'source'));
  });
  pack.claims.forEach((claim, index) => {
    check(entities, claim.speaker, 'claims', locations.claims, inPack(locations, 'claims', index, '/speaker'), 'entity');
    check(sources, claim.source, 'claims', locations.claims, inPack(locations, 'claims', index, '/source'), 'source');
    claim.entities.forEach((id, at) => check(entities, id, 'claims', locations.claims, inPack(locations, 'claims', index, `/entities/${at}`), 'entity'));
  });
  pack.topics.forEach((topic, index) => {
    topic.positions.forEach((position, at) =>
      position.claims.forEach((id, claimAt) => check(claims, id, 'topics', locations.topics, inPack(locations, 'topics', index, `/positions/${at}/claims/${claimAt}`), 'claim')),
    );
  });
  pack.questions.forEach((question, index) =>
    question.appliesTo.entities?.forEach((id, at) => check(entities, id, 'questions', locations.questions, inPack(locations, 'questions', index, `/appliesTo/entities/${at}`), 'entity')),
  );
  pack.sources.forEach((source, index) => {
    if (!source.file && !source.url) errors.push(dataError(locations.sources, inPack(locations, 'sources', index), phrase('checkExpectedFileOrUrl'), phrase('checkFoundNeither')));
  });
  return errors;
}

/** Claim kinds whose text is taken from the source and so must be found there word for word. */
export const VERBATIM_KINDS = new Set(['quote', 'reported', 'statistic', 'framing']);

/** Every verbatim claim whose source text is bundled must be found in it (see locate-quote). */
export function quoteErrors(pack: FactPack, corpus: Record<string, string>, locations: PackLocations): { checked: number; errors: DataError[] } {
  let checked = 0;
  const errors: DataError[] = [];
  pack.claims.forEach((claim, index) => {
    const text = corpus[claim.source];
    if (text === undefined || !VERBATIM_KINDS.has(claim.kind)) return;
    checked++;
    if (!locateQuote(text, claim.text)) {
      errors.push(dataError(locations.claims, inPack(locations, 'claims', index, '/text'), phrase('checkExpectedWordsInSource', claim.source), describeFound(claim.text)));
    }
  });
  return { checked, errors };
}

export interface ValidateOptions {
  fileLabel: PhraseValue;
  /** Ids a pack may refer to without defining (the built-in fact base and installed packs). */
  knownPack?: FactPack;
}

/** A whole pack, as a teacher's file or the built-in data: schema, then references. */
export function validatePack(json: unknown, options: ValidateOptions): { ok: true; pack: FactPack } | { ok: false; errors: DataError[] } {
  const schema = schemaErrors('pack', json, options.fileLabel);
  if (schema.length) return { ok: false, errors: schema };
  const pack = json as FactPack;
  const references = referenceErrors(pack, packLocations(options.fileLabel), options.knownPack);
  return references.length ? { ok: false, errors: references } : { ok: true, pack };
}

export { packLocations };
