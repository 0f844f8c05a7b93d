// The reading log as W3C Web Annotations, against fixed JSON. A TextQuoteSelector's `prefix` is the
// text right before `exact` and its `suffix` the text right after (W3C Web Annotation Data Model,
// §4.2.4), which is what Hypothesis and every other reader of the file take them to be.
import { describe, expect, it } from 'vitest';
import { claimView } from '../../src/core/card-view';
import { textQuoteFor, type LogEntry } from '../../src/core/reading-log';
import type { Claim, Entity, Source } from '../../src/core/types';
import { fromWebAnnotations, toAnnotationCollection, toWebAnnotation } from '../../src/core/web-annotation';

const page = 'Secretary of State Rex Tillerson said that we are the market.';
const at = page.indexOf('Rex Tillerson');
const entry: LogEntry = {
  id: 'e1',
  url: 'https://news.example/story',
  pageTitle: 'A story',
  entityId: 'rex-tillerson',
  quote: textQuoteFor(page, at, at + 'Rex Tillerson'.length),
  questionId: 'q-who-speaks',
  question: 'Who is speaking here?',
  answer: 'The US Secretary of State',
  revealedTopicId: 'who-is-responsible',
  revealedClaimIds: ['c1', 'not-in-the-fact-base'],
  openedAt: '2026-11-22T10:00:00.000Z',
  revealedAt: '2026-11-22T10:01:00.000Z',
};
const claim: Claim = { id: 'c1', kind: 'quote', speaker: 'rex-tillerson', date: '2017-05-18', source: 'doc-000', text: 'We Americans must own this problem.', lang: 'en', entities: ['rex-tillerson'] };
const tillerson: Entity = {
  id: 'rex-tillerson', type: 'person', name: { en: 'Rex Tillerson', es: 'Rex Tillerson' }, aliases: [], description: { en: 'x', es: 'x' }, mentionedIn: ['doc-000'], topics: [],
  roles: [{ title: { en: 'Secretary of State', es: 'Secretario de Estado' }, asOf: 'not stated', source: 'doc-000' }], side: 'us-government',
};
const source: Source = { id: 'doc-000', file: 'x.txt', outlet: 'AP', title: 'not stated', date: 'not stated', author: 'not stated', language: 'en', kind: 'x', evidence: 'x' };
const claims = { c1: { view: claimView({ speakers: { 'rex-tillerson': tillerson }, sources: { 'doc-000': source } }, claim, 'en') } };

/** The annotation for `entry`, written out by hand. */
const EXPECTED = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'urn:counterpoint:annotation:e1',
  type: 'Annotation',
  motivation: 'commenting',
  created: '2026-11-22T10:00:00.000Z',
  modified: '2026-11-22T10:01:00.000Z',
  generator: { id: 'urn:counterpoint:extension', type: 'Software', name: 'Counterpoint' },
  body: [
    { type: 'TextualBody', id: 'urn:counterpoint:entity:rex-tillerson', purpose: 'identifying', value: 'Rex Tillerson', format: 'text/plain' },
    { type: 'TextualBody', id: 'urn:counterpoint:question:q-who-speaks', purpose: 'questioning', value: 'Who is speaking here?', format: 'text/plain' },
    { type: 'TextualBody', purpose: 'commenting', value: 'The US Secretary of State', format: 'text/plain', creator: { type: 'Person', name: 'student' } },
    { type: 'TextualBody', id: 'urn:counterpoint:topic:who-is-responsible', purpose: 'classifying', value: 'who-is-responsible', format: 'text/plain' },
    {
      type: 'TextualBody',
      id: 'urn:counterpoint:claim:c1',
      purpose: 'describing',
      value: 'We Americans must own this problem.',
      format: 'text/plain',
      language: 'en',
      creator: { type: 'Person', name: 'Rex Tillerson', 'schema:affiliation': 'us-government', 'schema:jobTitle': 'Secretary of State' },
      'dcterms:type': 'quote',
      'dcterms:source': 'urn:counterpoint:source:doc-000',
      'dcterms:publisher': 'AP',
      'dcterms:date': '2017-05-18',
      'dcterms:provenance': 'checked word for word against the bundled document doc-000',
    },
  ],
  target: {
    source: 'https://news.example/story',
    'dcterms:title': 'A story',
    selector: { type: 'TextQuoteSelector', exact: 'Rex Tillerson', prefix: 'Secretary of State ', suffix: ' said that we are the market.' },
  },
};

describe('exporting the reading log', () => {
  it('writes the annotation exactly, with the words before the mention as its prefix and those after as its suffix', () => {
    expect(JSON.parse(JSON.stringify(toWebAnnotation(entry, claims, 'Rex Tillerson')))).toEqual(EXPECTED);
  });

  it('leaves out the question id and the topic when the entry has none', () => {
    const annotation = toWebAnnotation({ ...entry, questionId: null, revealedTopicId: null, revealedClaimIds: [] }, claims, 'Rex Tillerson');
    expect(annotation.body).toEqual([EXPECTED.body[0], { type: 'TextualBody', purpose: 'questioning', value: 'Who is speaking here?', format: 'text/plain' }, EXPECTED.body[2]]);
  });

  it('credits the outlet’s own words to the outlet, as an organization', () => {
    const framing = claimView({ speakers: {}, sources: { 'doc-000': source } }, { ...claim, id: 'c2', kind: 'framing', speaker: null }, 'en');
    const [, , , , body] = toWebAnnotation({ ...entry, revealedClaimIds: ['c2'] }, { c2: { view: framing } }, 'Rex Tillerson').body;
    expect(body).toMatchObject({ id: 'urn:counterpoint:claim:c2', creator: { type: 'Organization', name: 'AP', 'schema:affiliation': 'outlet' }, 'dcterms:type': 'framing' });
  });

  it('names the administration in office where the document gives it', () => {
    const withEra = { ...source, era: { name: { en: 'the Trump administration', es: 'el gobierno de Trump' }, evidence: 'x' } };
    const view = claimView({ speakers: { 'rex-tillerson': tillerson }, sources: { 'doc-000': withEra } }, claim, 'en');
    expect(toWebAnnotation(entry, { c1: { view } }, 'Rex Tillerson').body[4]).toMatchObject({ 'dcterms:temporal': 'the Trump administration' });
  });

  it('gathers annotations into one collection page', () => {
    const collection = toAnnotationCollection([entry, { ...entry, id: 'e2', entityId: 'nobody-known' }], claims, { 'rex-tillerson': 'Rex Tillerson' }, 'Reading log');
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: expect.stringMatching(/^urn:counterpoint:collection:\d+$/),
      type: 'AnnotationCollection',
      label: 'Reading log',
      total: 2,
      first: { id: 'urn:counterpoint:page:0', type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.items[0]).toEqual(toWebAnnotation(entry, claims, 'Rex Tillerson'));
    // An entity the names do not know is named by its id.
    expect(collection.first.items[1]!.body[0]).toMatchObject({ id: 'urn:counterpoint:entity:nobody-known', value: 'nobody-known' });
  });
});

describe('importing annotations', () => {
  const back: LogEntry = { ...entry, revealedClaimIds: ['c1'] };

  it('reads the prefix as the words before the mention and the suffix as those after', () => {
    const { entries } = fromWebAnnotations(EXPECTED);
    expect(entries).toEqual([back]);
    expect(entries[0]!.quote).toEqual({ exact: 'Rex Tillerson', prefix: 'Secretary of State ', suffix: ' said that we are the market.' });
  });

  it('takes a collection, a page, an array or one annotation', () => {
    const collection = { type: 'AnnotationCollection', first: { items: [EXPECTED] } };
    for (const json of [collection, { type: 'AnnotationPage', items: [EXPECTED] }, [EXPECTED], EXPECTED]) expect(fromWebAnnotations(json)).toEqual({ entries: [back], skipped: 0 });
    expect(fromWebAnnotations({ type: 'AnnotationCollection' })).toEqual({ entries: [], skipped: 0 });
    expect(fromWebAnnotations({ type: 'AnnotationPage' })).toEqual({ entries: [], skipped: 0 });
  });

  it('fills what an annotation leaves out the way the log expects', () => {
    const bare = { ...EXPECTED, modified: undefined, target: { source: 'https://news.example/story', selector: { type: 'TextQuoteSelector', exact: 'Rex Tillerson' } }, body: EXPECTED.body.slice(0, 3) };
    expect(fromWebAnnotations(bare).entries).toEqual([
      { ...back, pageTitle: 'https://news.example/story', quote: { exact: 'Rex Tillerson', prefix: '', suffix: '' }, revealedTopicId: null, revealedClaimIds: [], revealedAt: entry.openedAt },
    ]);
    // With no page, no selector, no question, no answer and no times: empty text, never made-up words.
    const empty = { '@context': EXPECTED['@context'], id: EXPECTED.id, type: 'Annotation', body: [EXPECTED.body[0], { purpose: 'questioning' }, { purpose: 'commenting' }, null, { purpose: 'describing', id: 'https://elsewhere.example/claim' }] };
    expect(fromWebAnnotations(empty).entries).toEqual([
      { id: 'e1', url: '', pageTitle: '', entityId: 'rex-tillerson', quote: { exact: '', prefix: '', suffix: '' }, questionId: null, question: '', answer: '', revealedTopicId: null, revealedClaimIds: [], openedAt: '', revealedAt: '' },
    ]);
    const unnumbered = { ...EXPECTED, body: [EXPECTED.body[0], { ...EXPECTED.body[1], id: undefined }, EXPECTED.body[2]] };
    expect(fromWebAnnotations(unnumbered).entries[0]).toMatchObject({ questionId: null, question: 'Who is speaking here?' });
  });

  it.each([
    ['not an annotation', { ...EXPECTED, type: 'Note' }],
    ['an id that is not ours', { ...EXPECTED, id: 'https://hypothes.is/a/1' }],
    ['no entity body', { ...EXPECTED, body: EXPECTED.body.slice(1) }],
    ['an entity body of another scheme', { ...EXPECTED, body: [{ ...EXPECTED.body[0], id: 'urn:counterpoint:topic:rex-tillerson' }, ...EXPECTED.body.slice(1)] }],
    ['a body that is not a list', { ...EXPECTED, body: EXPECTED.body[0] }],
    ['an answer that is not text', { ...EXPECTED, body: [...EXPECTED.body.slice(0, 2), { ...EXPECTED.body[2], value: 42 }] }],
  ])('skips an item with %s', (_, item) => {
    expect(fromWebAnnotations([item, EXPECTED])).toEqual({ entries: [back], skipped: 1 });
  });

  it('reads nothing from what is not JSON of annotations', () => {
    expect(fromWebAnnotations(null)).toEqual({ entries: [], skipped: 0 });
    expect(fromWebAnnotations('text')).toEqual({ entries: [], skipped: 0 });
    expect(fromWebAnnotations(42)).toEqual({ entries: [], skipped: 0 });
  });
});
