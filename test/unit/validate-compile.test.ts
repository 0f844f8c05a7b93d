// How the fact base's data is checked and put together, on hand-made files of a few items so that
// every message is compared whole: each schema keyword's wording, the JSON path and what was found
// there, the references between items, the word-for-word check, and the order compileFactBaseFrom
// runs them in (each stage only when the one before found nothing).
import { describe, expect, it } from 'vitest';
import { compileFactBaseFrom } from '../../src/core/factbase/compile';
import { dataError, inPack, packLocations, quoteErrors, referenceErrors, schemaErrors, validatePack } from '../../src/core/factbase/validate';
import type { FactPack } from '../../src/core/types';

const both = (text: string) => ({ en: text, es: text });
const source = (id: string, fields: Record<string, unknown> = {}) => ({ id, outlet: 'Daily News', title: 'A story', date: '2024', author: 'A. Writer', language: 'en', kind: 'News report', evidence: 'Printed.', ...fields });
const entity = (id: string, name: string, fields: Record<string, unknown> = {}) => ({ id, type: 'person', name: both(name), aliases: [], description: both('An envoy.'), mentionedIn: ['doc-1'], topics: [], ...fields });
const claim = (id: string, fields: Record<string, unknown> = {}) => ({ id, kind: 'reported', speaker: null, source: 'doc-1', date: 'not stated', lang: 'en', entities: ['ana'], text: 'the plan was fair', ...fields });
const pack = (fields: Record<string, unknown> = {}) => ({ schemaVersion: 1, id: 'class-pack', title: 'A class pack', sources: [], entities: [], claims: [], topics: [], questions: [], ...fields });
const messages = (errors: { message: string }[]) => errors.map((error) => error.message);

const DOCUMENT = 'Ana Ruiz said the plan was fair.';
/** Five files that pass every check, the way the build reads data/: one document, bundled. */
const goodFiles = () => ({
  sources: [source('doc-1', { file: 'doc.txt' }), source('web-1', { url: 'https://example.org/a' })],
  entities: [entity('ana', 'Ana Ruiz')],
  claims: [claim('fair')],
  topics: [],
  questions: [],
});

describe('dataError', () => {
  it('gives file, place, what was expected and found, in English and as a phrase, and the item only when named', () => {
    // Strict: an error about no item has no id field at all, not one that is undefined.
    expect(dataError('pack.json', '', 'a list', '5')).toStrictEqual({
      file: 'pack.json',
      path: '/',
      expected: 'a list',
      found: '5',
      message: 'pack.json: at /: expected a list, found 5',
      phrase: { key: 'checkProblemAt', values: ['pack.json', '/', 'a list', '5'] },
    });
    expect(dataError('pack.json', '/claims/0', 'a list', '5', 'fair')).toEqual({
      file: 'pack.json',
      path: '/claims/0',
      expected: 'a list',
      found: '5',
      message: 'pack.json: at /claims/0 (fair): expected a list, found 5',
      phrase: { key: 'checkProblemAtItem', values: ['pack.json', '/claims/0', 'fair', 'a list', '5'] },
      id: 'fair',
    });
  });
});

describe('schemaErrors', () => {
  it('words each keyword of the schema, with the path and the value found there', () => {
    const sources = [
      { ...source('bad-one', { title: '', outlet: 'o'.repeat(201), extra: 1, language: 'fr', date: 'soon', kind: 5, stance: { kind: 'partisan', evidence: [] } }), author: undefined },
      null,
      // A file name whose JSON is exactly 80 characters long is shown whole; 81 and more are cut.
      source('two', { stance: { kind: 'partisan', evidence: Array(11).fill('ok words') }, file: 'x'.repeat(78) }),
    ];
    expect(messages(schemaErrors('sources', sources, 'sources.json'))).toEqual([
      'sources.json: at /0/author: expected a "author" field, found no such field',
      'sources.json: at /0/extra: expected no field named "extra", found an extra field',
      `sources.json: at /0/outlet: expected text of at most 200 characters, found "${'o'.repeat(76)}…`,
      'sources.json: at /0/title: expected text of at least 1 characters, found ""',
      'sources.json: at /0/date: expected text matching ^(\\d{4}(-\\d{2}(-\\d{2})?)?|not stated)$, found "soon"',
      'sources.json: at /0/language: expected one of "en", "es", found "fr"',
      'sources.json: at /0/kind: expected a value of type string, found 5',
      'sources.json: at /0/stance/evidence: expected a list of at least 1 items, found []',
      'sources.json: at /1: expected a value of type object, found null',
      `sources.json: at /2/file: expected text matching ^[A-Za-z0-9_.-]{1,120}\\.txt$, found "${'x'.repeat(78)}"`,
      'sources.json: at /2/stance/evidence: expected a list of at most 10 items, found ["ok words","ok words","ok words","ok words","ok words","ok words","ok words"…',
    ]);
  });

  it('words numbers out of range and a constant, and leaves out the anyOf and if that ajv repeats', () => {
    const statistic = { value: 1, unit: both('people'), measure: { id: 'deaths', name: both('deaths') }, counts: both('deaths'), year: 1800, since: 2200 };
    // c1's speaker fails both halves of an anyOf, c2 is a statistic without one (an if/then).
    const claims = [claim('c1', { speaker: 5 }), claim('c2', { kind: 'statistic' }), claim('c3', { kind: 'statistic', statistic })];
    expect(messages(schemaErrors('claims', claims, 'claims.json'))).toEqual([
      'claims.json: at /0/speaker: expected a value of type string, found 5',
      'claims.json: at /0/speaker: expected a value of type null, found 5',
      'claims.json: at /1/statistic: expected a "statistic" field, found no such field',
      'claims.json: at /2/statistic/year: expected a number of at least 1,900, found 1800',
      'claims.json: at /2/statistic/since: expected a number of at most 2,100, found 2200',
    ]);
    expect(messages(schemaErrors('pack', pack({ schemaVersion: 2 }), 'pack.json'))).toEqual(['pack.json: at /schemaVersion: expected 1, found 2']);
  });

  it("falls back on ajv's own words for a keyword it has none for, and says nothing was found for a missing file", () => {
    expect(messages(schemaErrors('sites', { sites: ['a.com', 'a.com'] }, 'sites.json'))).toEqual([
      'sites.json: at /sites: expected must NOT have duplicate items (items ## 1 and 0 are identical), found ["a.com","a.com"]',
    ]);
    expect(messages(schemaErrors('topics', undefined, 'topics.json'))).toEqual(['topics.json: at /: expected a value of type array, found nothing']);
    expect(schemaErrors('sites', { sites: ['a.com'] }, 'sites.json')).toEqual([]);
  });

  it('keeps the first 50 problems unless told otherwise', () => {
    const sixty = Array<null>(60).fill(null);
    expect(schemaErrors('sources', sixty, 'sources.json')).toHaveLength(50);
    expect(schemaErrors('sources', sixty, 'sources.json', 3).map((error) => error.path)).toEqual(['/0', '/1', '/2']);
    expect(schemaErrors('sources', sixty, 'sources.json', Infinity)).toHaveLength(60);
  });
});

describe('referenceErrors and validatePack', () => {
  it('finds a source with neither file nor url, pointing into the pack', () => {
    const noWhere = pack({ sources: [source('doc-1', { file: 'doc.txt' }), source('nowhere')] }) as unknown as FactPack;
    expect(messages(referenceErrors(noWhere, packLocations('pack.json')))).toEqual(['pack.json: at /sources/1: expected a "file" (bundled text) or a "url", found neither']);
    expect(inPack(packLocations('pack.json'), 'claims', 2)).toBe('/claims/2');
  });

  it('returns the pack when it holds, and the schema problems alone when it does not', () => {
    const good = pack({ sources: [source('web-1', { url: 'https://example.org/a' })] });
    expect(validatePack(good, { fileLabel: 'pack.json' })).toEqual({ ok: true, pack: good });
    // The unknown source and entity would be reference problems too, but references wait for the schema to hold.
    const bad = validatePack(pack({ title: '', claims: [claim('fair', { source: 'web-9' })] }), { fileLabel: 'pack.json' });
    expect(bad.ok ? bad : messages(bad.errors)).toEqual(['pack.json: at /title: expected text of at least 1 characters, found ""']);
  });

  it('reports references that do not resolve, pointing into the one file', () => {
    const result = validatePack(pack({ sources: [source('nowhere')], claims: [claim('fair', { source: 'web-9' })] }), { fileLabel: 'pack.json' });
    expect(result.ok ? result : messages(result.errors)).toEqual([
      'pack.json: at /claims/0/source: expected the id of an existing source, found "web-9"',
      'pack.json: at /claims/0/entities/0: expected the id of an existing entity, found "ana"',
      'pack.json: at /sources/0: expected a "file" (bundled text) or a "url", found neither',
    ]);
  });
});

describe('quoteErrors', () => {
  it('checks every verbatim kind whose document is bundled, and counts them', () => {
    const kinds = ['quote', 'reported', 'statistic', 'framing'];
    const claims = [...kinds.map((kind, at) => claim(`c${at}`, { kind })), claim('elsewhere', { source: 'web-1', text: 'not in any document' }), claim('missing', { text: 'the plan was unfair' })];
    const result = quoteErrors(pack({ claims }) as unknown as FactPack, { 'doc-1': DOCUMENT }, packLocations('pack.json'));
    expect({ checked: result.checked, messages: messages(result.errors) }).toEqual({ checked: 5, messages: ['pack.json: at /claims/5/text: expected words found as written in source doc-1, found "the plan was unfair"'] });
  });
});

describe('compileFactBaseFrom', () => {
  it('builds the built-in pack from files that pass every check', () => {
    const result = compileFactBaseFrom(goodFiles(), { 'doc.txt': DOCUMENT });
    expect(result.ok ? { id: result.value.pack.id, title: result.value.pack.title, checked: result.value.quotesChecked } : messages(result.errors)).toEqual({
      id: 'counterpoint',
      title: 'Counterpoint built-in fact base',
      checked: 1,
    });
  });

  it('checks the sites and reports missing files once, as the caller did', () => {
    const missing = dataError('data/topics.json', '', 'the file', 'nothing');
    const { topics: _topics, ...noTopics } = goodFiles();
    const result = compileFactBaseFrom({ ...noTopics, sites: { sites: [] } }, { 'doc.txt': DOCUMENT }, [missing]);
    expect(result.ok ? result : messages(result.errors)).toEqual(['data/topics.json: at /: expected the file, found nothing', 'data/sites.json: at /sites: expected a list of at least 1 items, found []']);
    expect(compileFactBaseFrom({ ...goodFiles(), sites: { sites: ['a.com'] } }, { 'doc.txt': DOCUMENT }).ok).toBe(true);
  });

  it('reports a document not bundled, and a claim not found in its document before the faithfulness rules', () => {
    expect(messages((compileFactBaseFrom(goodFiles(), {}) as { errors: { message: string }[] }).errors)).toEqual(['data/sources.json: at /0/file: expected a file in data/corpus/, found "doc.txt"']);
    const files = { ...goodFiles(), claims: [claim('fair', { speaker: 'ana', text: 'the plan was unfair' })] };
    expect(messages((compileFactBaseFrom(files, { 'doc.txt': DOCUMENT }) as { errors: { message: string }[] }).errors)).toEqual([
      // Ana has no side and the text no attribution, but the faithfulness rules wait for the quotes to hold.
      'data/claims.json: at /0/text: expected words found as written in source doc-1, found "the plan was unfair"',
    ]);
  });
});
