// Five parts of the build's faithfulness rules on packs of a few items and documents of a few sentences,
// each finding checked whole: dates rest on words near the claim, names and roles are the documents'
// own, our quotation marks hold their words, what every rule reads, and the order of the findings.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ContextModule from '../../src/core/factbase/rules/context';
import type * as DatesModule from '../../src/core/factbase/rules/dates';
import type * as NamesModule from '../../src/core/factbase/rules/names';
import type * as OurQuotesModule from '../../src/core/factbase/rules/our-quotes';
import type * as RulesModule from '../../src/core/factbase/rules';
import type { DocumentText } from '../../src/core/factbase/document-text';
import type { PackLocations } from '../../src/core/factbase/validate';
import type { Claim, Entity, FactPack, LocalizedText, Question, Source, Topic } from '../../src/core/types';

// Fresh modules for each test: readDocument keeps every document it read, for as long as its module lives.
let context: typeof ContextModule;
let dates: typeof DatesModule;
let names: typeof NamesModule;
let ourQuotes: typeof OurQuotesModule;
let rules: typeof RulesModule;
beforeEach(async () => {
  vi.resetModules();
  context = await import('../../src/core/factbase/rules/context');
  dates = await import('../../src/core/factbase/rules/dates');
  names = await import('../../src/core/factbase/rules/names');
  ourQuotes = await import('../../src/core/factbase/rules/our-quotes');
  rules = await import('../../src/core/factbase/rules');
});

/** One file per kind, as the built-in fact base is laid out. */
const FILES: PackLocations = { sources: 'sources.json', entities: 'entities.json', claims: 'claims.json', topics: 'topics.json', questions: 'questions.json' };
/** One file for everything, as a teacher pack is. */
const PACK_FILE: PackLocations = { sources: 'pack.json', entities: 'pack.json', claims: 'pack.json', topics: 'pack.json', questions: 'pack.json' };

const text = (en: string, es = en): LocalizedText => ({ en, es });
const entity = (id: string, type: Entity['type'], name: string | LocalizedText, fields: Partial<Entity> = {}): Entity =>
  ({ id, type, name: typeof name === 'string' ? text(name) : name, aliases: [], mentionedIn: ['doc-1'], topics: [], ...fields }) as unknown as Entity;
const person = (id: string, name: string | LocalizedText, fields: Partial<Entity> = {}) => entity(id, 'person', name, fields);
const claim = (id: string, fields: Partial<Claim> = {}): Claim =>
  ({ id, kind: 'reported', speaker: null, source: 'doc-1', date: 'not stated', lang: 'en', entities: [], text: 'Ana Ruiz said the plan was fair', ...fields }) as unknown as Claim;
const source = (id: string, fields: Partial<Source> = {}): Source => ({ id, file: `${id}.txt`, outlet: 'not stated', title: id, date: 'not stated', author: 'not stated', language: 'en', kind: 'news', evidence: '', ...fields }) as unknown as Source;
const pack = (fields: Partial<FactPack>): FactPack => ({ sources: [], entities: [], claims: [], topics: [], questions: [], ...fields }) as unknown as FactPack;
const messages = (errors: { message: string }[]) => errors.map((error) => error.message);
/** A run of one character, for a distance or an excerpt measured in characters. */
const gap = (length: number) => '~'.repeat(length);

describe('a date rests on the words near the claim, and what they leave out is marked inferred', () => {
  it('finds each kind of problem, in the order of the claims, and nothing in dates that hold', () => {
    const inferred = text('The year is the one of the document.');
    const twoSpans = `Ana Ruiz said${gap(500)}the plan was fair, on May 4, 2017.`;
    const corpus = {
      'doc-1': 'On May 4, 2017, Ana Ruiz said the plan was fair. Luis Soto said it was not.',
      long: `${gap(100)} Ana Ruiz said the plan was fair ${gap(100)}`,
      'at-400': `May 4${gap(400)}Ana Ruiz said the plan was fair.`,
      'at-401': `May 4${gap(401)}Ana Ruiz said the plan was fair.`,
      'after-400': `Ana Ruiz said the plan was fair${gap(400)}May 4, 2017.`,
      'two-spans': twoSpans,
      'paragraph-before': 'May 4, 2017.\n\nAna Ruiz said the plan was fair.',
      'paragraph-after': 'Ana Ruiz said the plan was fair.\n\nMay 4, 2017.',
      'paragraph-start': 'Before.\n\nMay 4, 2017, Ana Ruiz said the plan was fair.',
      'paragraph-end': 'Ana Ruiz said the plan was fair on May 4, 2017\n\nAfter.',
    };
    const claims = [
      claim('not-stated-with-evidence', { dateEvidence: 'May 4, 2017' }),
      claim('not-stated-with-inferred', { dateInferred: inferred }),
      // Neither: a date not stated needs nothing more.
      claim('not-stated'),
      claim('no-evidence', { source: 'long', date: '2017-05-04' }),
      claim('not-bundled', { source: 'doc-9', date: '2017-05-04' }),
      claim('not-in-document', { text: 'words nobody said', date: '2017-05-04' }),
      claim('evidence-400-before', { source: 'at-400', date: '2017-05-04', dateEvidence: 'May 4', dateInferred: inferred }),
      // "May 4" leaves the year out, unmarked: evidence not near is reported alone.
      claim('evidence-401-before', { source: 'at-401', date: '2017-05-04', dateEvidence: 'May 4' }),
      claim('evidence-400-after', { source: 'after-400', date: '2017-05-04', dateEvidence: 'May 4, 2017' }),
      // Near the claim's last words, far from its first: the claim runs from its first span to its last.
      claim('evidence-after-last-span', { source: 'two-spans', text: 'Ana Ruiz said … the plan was fair', date: '2017-05-04', dateEvidence: 'May 4, 2017' }),
      claim('no-evidence-two-spans', { source: 'two-spans', text: 'Ana Ruiz said … the plan was fair', date: '2017-05-04' }),
      claim('evidence-in-paragraph-before', { source: 'paragraph-before', date: '2017-05-04', dateEvidence: 'May 4' }),
      claim('evidence-in-paragraph-after', { source: 'paragraph-after', date: '2017-05-04', dateEvidence: 'May 4' }),
      claim('evidence-opens-paragraph', { source: 'paragraph-start', date: '2017-05-04', dateEvidence: 'May 4, 2017' }),
      claim('evidence-closes-paragraph', { source: 'paragraph-end', date: '2017-05-04', dateEvidence: 'May 4, 2017' }),
      claim('evidence-not-in-document', { date: '2017-05-04', dateEvidence: 'June 5, 2018' }),
      claim('year-not-marked-inferred', { date: '2017-05-04', dateEvidence: 'May 4' }),
      claim('year-and-day-not-marked', { date: '2017-05-04', dateEvidence: 'On May' }),
      claim('year-marked-inferred', { date: '2017-05-04', dateEvidence: 'May 4', dateInferred: inferred }),
      claim('all-stated', { date: '2017-05-04', dateEvidence: 'May 4, 2017' }),
    ];
    expect(messages(dates.dateErrors(context.ruleContext(pack({ claims }), corpus, FILES)))).toEqual([
      'claims.json: at /0/date (not-stated-with-evidence): expected a date, since the claim gives words that date it, found "not stated"',
      'claims.json: at /1/date (not-stated-with-inferred): expected a date, since the claim gives words that date it, found "not stated"',
      `claims.json: at /3/dateEvidence (no-evidence): expected the words of long that give the date 2017-05-04 (or the date "not stated"), found none; next to the claim the document says “…${gap(79)} Ana Ruiz said the plan was fair ${gap(79)}…”`,
      `claims.json: at /7/dateEvidence (evidence-401-before): expected “May 4” as written in at-401, within 400 characters of the claim, found it is not there; next to the claim the document says “…${gap(80)}Ana Ruiz said the plan was fair.”`,
      `claims.json: at /10/dateEvidence (no-evidence-two-spans): expected the words of two-spans that give the date 2017-05-04 (or the date "not stated"), found none; next to the claim the document says “Ana Ruiz said${gap(119)} … ${gap(32)}the plan was fair, on May 4, 2017.”`,
      'claims.json: at /11/dateEvidence (evidence-in-paragraph-before): expected “May 4” as written in paragraph-before, within 400 characters of the claim, found it is not there; next to the claim the document says “Ana Ruiz said the plan was fair.”',
      'claims.json: at /12/dateEvidence (evidence-in-paragraph-after): expected “May 4” as written in paragraph-after, within 400 characters of the claim, found it is not there; next to the claim the document says “Ana Ruiz said the plan was fair.”',
      'claims.json: at /15/dateEvidence (evidence-not-in-document): expected “June 5, 2018” as written in doc-1, within 400 characters of the claim, found it is not there; next to the claim the document says “On May 4, 2017, Ana Ruiz said the plan was fair. Luis Soto said it was not.”',
      'claims.json: at /16/dateInferred (year-not-marked-inferred): expected a reason why the year 2017 of 2017-05-04 is inferred, or a date the document states, found the document says only “May 4”',
      'claims.json: at /17/dateInferred (year-and-day-not-marked): expected a reason why the year 2017 and the day 4 of 2017-05-04 is inferred, or a date the document states, found the document says only “On May”',
    ]);
  });

  it('points into a teacher pack’s one file', () => {
    const claims = [claim('not-stated-with-evidence', { dateEvidence: 'May 4, 2017' })];
    expect(messages(dates.dateErrors(context.ruleContext(pack({ claims }), { 'doc-1': 'Ana Ruiz said the plan was fair.' }, PACK_FILE, pack({}))))).toEqual([
      'pack.json: at /claims/0/date (not-stated-with-evidence): expected a date, since the claim gives words that date it, found "not stated"',
    ]);
    expect(dates.DATE_WINDOW).toBe(400);
  });
});

describe('names, roles and notes about sources come from the documents', () => {
  const CORPUS = {
    'doc-1': 'Ana Ruiz, the envoy of the State Department, met the Drug Enforcement Administration (DEA) and the Sinaloa Cartel. A senior official said the plan was fair.',
    'doc-2': 'Luis Soto, a Mexican official, spoke to Ana.',
  };

  it('finds a name the documents do not write, and reads only people, organizations and cartels in bundled documents', () => {
    const entities = [
      person('written', 'Ana Ruiz'),
      person('not-written', 'Ana María Ruiz'),
      entity('name-and-acronym', 'organization', 'Drug Enforcement Administration (DEA)'),
      entity('acronym-not-written', 'organization', 'State Department (DOS)'),
      entity('in-neither', 'cartel', 'Gulf Cartel', { mentionedIn: ['doc-1', 'doc-2'] }),
      entity('in-the-second', 'cartel', 'Sinaloa Cartel', { mentionedIn: ['doc-2', 'doc-1'] }),
      person('in-one-of-two', 'Luis Soto', { mentionedIn: ['doc-1', 'doc-2'] }),
      // Not every document bundled, or none named: nothing to read the name in.
      person('one-not-bundled', 'Luis Soto Díaz', { mentionedIn: ['doc-2', 'doc-9'] }),
      person('mentioned-nowhere', 'Nadie Nada', { mentionedIn: [] }),
      // Names of things are not asked to be the documents' words.
      entity('substance', 'substance', 'Fentanyl'),
      entity('program', 'program', 'Mérida Initiative'),
      entity('policy', 'policy', 'Tariffs'),
      entity('event', 'event', 'The Summit'),
      person('unnamed-without-words', 'Senior Official', { unnamed: true }),
      person('unnamed-with-no-words', 'Senior Official', { unnamed: true, namedAs: [] }),
      person('unnamed-some-words-not-written', 'Senior Official', { unnamed: true, namedAs: ['A senior official', 'the spokesman', 'a Mexican official'], mentionedIn: ['doc-1', 'doc-2'] }),
      person('unnamed-not-bundled', 'Senior Official', { unnamed: true, namedAs: ['the spokesman'], mentionedIn: ['doc-9'] }),
    ];
    expect(messages(names.nameErrors(context.ruleContext(pack({ entities }), CORPUS, FILES)))).toEqual([
      'entities.json: at /1/name/en (not-written): expected the name as doc-1 writes it (general knowledge goes in "background"), found “Ana María Ruiz”, which it does not contain',
      'entities.json: at /3/name/en (acronym-not-written): expected the name as doc-1 writes it (general knowledge goes in "background"), found “DOS”, which it does not contain',
      'entities.json: at /4/name/en (in-neither): expected the name as doc-1, doc-2 write it (general knowledge goes in "background"), found “Gulf Cartel”, which they do not contain',
      'entities.json: at /13/namedAs (unnamed-without-words): expected the words the documents use for an unnamed speaker, found none',
      'entities.json: at /14/namedAs (unnamed-with-no-words): expected the words the documents use for an unnamed speaker, found none',
      'entities.json: at /15/namedAs/1 (unnamed-some-words-not-written): expected words found as written in doc-1, doc-2, found “the spokesman”',
    ]);
  });

  // A name "X (Y)" is two names to find; the parts are read off the findings in a document with neither.
  const PART_CASES: [string, string, string[]][] = [
    ['a name and what is in brackets', 'Drug Enforcement Administration (DEA)', ['Drug Enforcement Administration', 'DEA']],
    ['no space before the bracket', 'Luis Soto(Lucho)', ['Luis Soto', 'Lucho']],
    ['spaces after the bracket', 'Luis Soto (Lucho)  ', ['Luis Soto', 'Lucho']],
    ['spaces inside the bracket', 'Luis Soto ( Lucho )', ['Luis Soto', 'Lucho']],
    ['a bracket not at the end', 'Luis (Lucho) Soto', ['Luis (Lucho) Soto']],
    ['a letter right after the bracket', 'Luis Soto (Lucho)s', ['Luis Soto (Lucho)s']],
    ['two brackets: only the last is apart', 'Luis (Lucho) Soto (LS)', ['Luis (Lucho) Soto', 'LS']],
    ['an empty bracket', 'Luis Soto ()', ['Luis Soto']],
    ['curly quotes around the name', '“El Chapo”', ['El Chapo']],
    ['straight quotes around the name', '"El Chapo"', ['El Chapo']],
    ['quotes around what is in brackets', 'Cártel (“CJNG”)', ['Cártel', 'CJNG']],
    ['quotes inside the name kept', 'Joaquín “El Chapo” Guzmán', ['Joaquín “El Chapo” Guzmán']],
    ['spaces around the name', '  Luis Soto ', ['Luis Soto']],
  ];
  const partsNotFound = (name: string) =>
    names.nameErrors(context.ruleContext(pack({ entities: [entity('x', 'organization', name)] }), { 'doc-1': 'Nothing here at all.' }, FILES)).map((error) => error.found);
  const notContained = (parts: string[]) => parts.map((part) => `“${part}”, which it does not contain`);

  it.each(PART_CASES)('name parts: %s', (_label, name, parts) => {
    expect(partsNotFound(name)).toEqual(notContained(parts));
  });

  it('gives every name-part case above, together', () => {
    for (const [label, name, parts] of PART_CASES) expect(partsNotFound(name), label).toEqual(notContained(parts));
  });

  it('finds a role without words, with words not in the document, or with words that do not name the person', () => {
    const role = (evidence: string | undefined, roleSource = 'doc-1') => ({ title: text('Envoy', 'Enviada'), asOf: 'not stated', source: roleSource, ...(evidence === undefined ? {} : { evidence }) });
    const entities = [
      person('ana', 'Ana Ruiz', {
        aliases: [{ text: 'Ana' }],
        roles: [
          role('Ana Ruiz, the envoy of the State Department'),
          role(undefined),
          role('the envoy of the Foreign Office'),
          // The name stands in the document, but not in these words.
          role('the envoy of the State Department'),
          role(undefined, 'doc-9'),
          // Named by an alias alone.
          role('spoke to Ana', 'doc-2'),
        ],
      }),
      // Roles are read whatever the entity's name and documents.
      entity('soto', 'program', 'Luis Soto', { mentionedIn: [], roles: [role(undefined, 'doc-2')] }),
    ];
    expect(messages(names.nameErrors(context.ruleContext(pack({ entities }), CORPUS, FILES)))).toEqual([
      'entities.json: at /0/roles/1/evidence (ana): expected the words of doc-1 that give Ana Ruiz the role “Envoy”, found none',
      'entities.json: at /0/roles/2/evidence (ana): expected words found as written in doc-1, found “the envoy of the Foreign Office”',
      'entities.json: at /0/roles/3/evidence (ana): expected evidence that names Ana Ruiz, found “the envoy of the State Department”, which does not',
      'entities.json: at /1/roles/0/evidence (soto): expected the words of doc-2 that give Luis Soto the role “Envoy”, found none',
    ]);
  });

  it('finds an era or a stance whose words are not in the document, and an era its words do not name', () => {
    const corpus = {
      'doc-1': 'Under the Biden administration, officials met. The site is paid for by the campaign. Vote for us.',
      'doc-2': 'In the Trump years, the site said vote for us.',
      'doc-3': 'In the Trump years, the site said vote for us.',
      'doc-4': 'Nothing of note.',
    };
    const sources = [
      source('doc-1', { era: { name: text('Biden Administration'), evidence: 'Under the Biden administration' }, stance: { kind: 'partisan', evidence: ['paid for by the campaign', 'Vote for us'] } }),
      source('doc-2', { era: { name: text('Trump administration'), evidence: 'In the Trump administration' } }),
      source('doc-3', { era: { name: text('Trump administration'), evidence: 'In the Trump years' }, stance: { kind: 'partisan', evidence: ['the site said', 'Vote for them'] } }),
      source('doc-9', { era: { name: text('Trump administration'), evidence: 'anything' }, stance: { kind: 'partisan', evidence: ['anything'] } }),
      source('doc-4'),
    ];
    expect(messages(names.nameErrors(context.ruleContext(pack({ sources }), corpus, FILES)))).toEqual([
      'sources.json: at /1/era/evidence (doc-2): expected words found as written in doc-2, found “In the Trump administration”',
      'sources.json: at /2/era/evidence (doc-3): expected evidence that names the era “Trump administration”, found “In the Trump years”',
      'sources.json: at /2/stance/evidence/1 (doc-3): expected words found as written in doc-3, found “Vote for them”',
    ]);
  });
});

describe('quotation marks in our own texts hold the documents’ words', () => {
  const FRAGMENT_CASES: [string, string, string[]][] = [
    ['curly quotes', 'He said “we act” and “we go”.', ['we act', 'we go']],
    ['straight quotes', 'He said "we act" and "we go".', ['we act', 'we go']],
    ['guillemets', 'Dijo «actuamos» hoy.', ['actuamos']],
    ['the three kinds, in the order they stand', '«a b» "c d" “e f”', ['a b', 'c d', 'e f']],
    ['a straight quote inside curly ones', '“a "b" c”', ['a "b" c']],
    ['punctuation at the end left out', '“we act.;:,”', ['we act']],
    ['punctuation inside kept', '“U.S. aid, now.”', ['U.S. aid, now']],
    ['spaces trimmed before the punctuation', '“ we act. ”', ['we act']],
    ['a single character dropped, two kept', '"a" and “bc”', ['bc']],
    ['nothing but punctuation dropped', '“...”', []],
    ['no quotation marks', 'no quotes at all', []],
  ];

  it.each(FRAGMENT_CASES)('fragments: %s', (_label, words, fragments) => {
    expect(ourQuotes.quotedFragments(words)).toEqual(fragments);
  });

  it('gives every fragment case above, together', () => {
    for (const [label, words, fragments] of FRAGMENT_CASES) expect(ourQuotes.quotedFragments(words), label).toEqual(fragments);
  });

  it('finds quoted words no document holds, in every text it reads, and asks a heading’s quotes to be quoted there', () => {
    const corpus = {
      'doc-1': 'Ana Ruiz said we will act soon. Luis Soto said the plan was fair, and later: "the plan was fair" and «actuamos hoy». U.S. officials agreed.',
      'doc-2': 'The report counted overdose deaths.',
    };
    const entities = [
      person('ana', 'Ana Ruiz', {
        description: text('Said “we will act soon”.', 'Dijo «actuaremos pronto».'),
        roles: [{ title: text('Envoy', 'Enviada "del Estado"'), asOf: 'not stated', source: 'doc-1' }],
      }),
      entity('office', 'organization', text('The “Foreign Office”', 'La «Foreign Office»')),
      // No description: nothing to read.
      person('soto', 'Luis Soto'),
      person('pieces', 'Ana Ruiz', {
        // The document's first words; pieces around "…" or "..." found each on its own, in any order.
        description: text('“Ana Ruiz” said “we will … soon”, “soon … we will”, “we will...act”, “U.S. officials agreed.” and “we will … never”.', 'Sin comillas.'),
      }),
    ];
    const statistic = { value: 1, unit: text('deaths'), measure: { id: 'deaths', name: text('"deaths counted"', 'muertes') }, counts: text('“overdose deaths”', '“muertes por sobredosis”') };
    const claims = [claim('no-statistic'), claim('counted', { kind: 'statistic', statistic } as Partial<Claim>)];
    const topics = [
      {
        id: 'policy',
        question: text('Will they “act soon”?', '¿Actuarán?'),
        positions: [
          // Written in the document, but nobody is quoted saying it.
          { id: 'act', summary: text('“We will act soon”', 'Actuarán pronto'), claims: [] },
          // Written outside quotation marks first, inside them later.
          { id: 'fair', summary: text('It is “the plan was fair”', '«actuamos hoy»'), claims: [] },
          // An opening "…" leaves an empty piece, which is no words to find (else a document with no quotes at all would be searched for it for ever).
          { id: 'opening-ellipsis', summary: text('“…we will act soon”', 'Actuarán pronto'), claims: [] },
          // Words that start inside the document's quotation marks and run on past them.
          { id: 'past-the-marks', summary: text('They said “fair" and”', 'Dijeron eso'), claims: [] },
        ],
      },
      { id: 'never', question: text('Did they say “never”?', '¿Nunca?'), positions: [] },
    ] as unknown as Topic[];
    const questions = [
      { id: 'who', prompt: text('Who said "we will act"?', '¿Quién?'), appliesTo: {}, options: [text('Ana'), text('the “envoy”', 'la enviada')] },
      { id: 'no-options', prompt: text('Who?', '¿Quién dijo "nunca"?'), appliesTo: {} },
    ] as unknown as Question[];
    const ruleContext = context.ruleContext(pack({ entities, claims, topics, questions }), corpus, FILES);
    const documents = Object.keys(corpus).map((id) => ruleContext.document(id)) as DocumentText[];
    const written = 'expected quotation marks only around words a document contains as written (a translation or paraphrase goes without them)';
    expect(messages(ourQuotes.ourQuoteErrors(ruleContext, documents))).toEqual([
      `entities.json: at /0/description/es (ana): ${written}, found “actuaremos pronto”`,
      `entities.json: at /0/roles/0/title/es (ana): ${written}, found “del Estado”`,
      `entities.json: at /1/name/en (office): ${written}, found “Foreign Office”`,
      `entities.json: at /1/name/es (office): ${written}, found “Foreign Office”`,
      `entities.json: at /3/description/en (pieces): ${written}, found “we will … never”`,
      `claims.json: at /1/statistic/counts/es (counted): ${written}, found “muertes por sobredosis”`,
      `claims.json: at /1/statistic/measure/name/en (counted): ${written}, found “deaths counted”`,
      'topics.json: at /0/positions/0/summary/en (policy/act): expected quotation marks only around words a document quotes someone as saying, found “We will act soon”',
      'topics.json: at /0/positions/2/summary/en (policy/opening-ellipsis): expected quotation marks only around words a document quotes someone as saying, found “…we will act soon”',
      'topics.json: at /0/positions/3/summary/en (policy/past-the-marks): expected quotation marks only around words a document quotes someone as saying, found “fair" and”',
      `topics.json: at /1/question/en (never): ${written}, found “never”`,
      `questions.json: at /0/options/1/en (who): ${written}, found “envoy”`,
      `questions.json: at /1/prompt/es (no-options): ${written}, found “nunca”`,
    ]);
  });
});

describe('what every rule reads', () => {
  it('takes the pack’s entities and sources over the known ones, and lists the people among them', () => {
    const known = pack({
      entities: [person('ana', 'Ana Ruiz'), entity('dea', 'organization', 'DEA'), person('soto', 'Luis Soto')],
      sources: [source('doc-1', { outlet: 'Known' }), source('doc-2', { outlet: 'Known' })],
    });
    const teacher = pack({ entities: [person('ana', 'Ana María Ruiz'), entity('soto', 'organization', 'Soto Inc.'), person('lupe', 'Lupe')], sources: [source('doc-1', { outlet: 'Ours' })] });
    const read = context.ruleContext(teacher, {}, PACK_FILE, known);
    expect([read.entity('ana')?.name.en, read.entity('dea')?.name.en, read.entity('soto')?.name.en, read.entity('nobody')]).toEqual(['Ana María Ruiz', 'DEA', 'Soto Inc.', undefined]);
    expect([read.source('doc-1')?.outlet, read.source('doc-2')?.outlet, read.source('doc-9')]).toEqual(['Ours', 'Known', undefined]);
    expect(read.people.map((entry) => entry.name.en)).toEqual(['Ana María Ruiz', 'Lupe']);
    expect([read.pack, read.locations, read.builtIn]).toEqual([teacher, PACK_FILE, false]);
    expect(read.pack).toBe(teacher);

    // The built-in fact base is read alone.
    const builtIn = context.ruleContext(teacher, {}, FILES);
    expect([builtIn.builtIn, builtIn.entity('dea'), builtIn.source('doc-2'), builtIn.people.map((entry) => entry.id)]).toEqual([true, undefined, undefined, ['ana', 'lupe']]);
    expect(builtIn.locations).toBe(FILES);
  });

  it('reads a bundled document, an empty one too, and finds a claim’s words once, null where they are not', () => {
    const corpus: Record<string, string> = { 'doc-1': 'Ana Ruiz said the plan was fair.', empty: '' };
    const read = context.ruleContext(pack({}), corpus, FILES);
    expect([read.document('doc-1')?.text, read.document('empty')?.text, read.document('doc-9')]).toEqual(['Ana Ruiz said the plan was fair.', '', undefined]);
    const located = claim('located', { text: 'said the plan' });
    const spans = read.spansOf(located);
    expect(spans).toEqual([{ start: 9, end: 22 }]);
    // Found once: the same answer later, even where the corpus has changed since.
    corpus['doc-1'] = 'Something else entirely.';
    expect(read.spansOf(located)).toBe(spans);
    expect([read.spansOf(claim('not-there', { text: 'words nobody said' })), read.spansOf(claim('not-bundled', { source: 'doc-9' }))]).toEqual([null, null]);
    const notThere = claim('not-there-twice', { text: 'words nobody said' });
    expect([read.spansOf(notThere), read.spansOf(notThere)]).toEqual([null, null]);
  });

  const MESSAGE_CASES: [string, string, number | undefined, string][] = [
    ['runs of white space made one space, the ends trimmed', '  a  b\n\t c  ', undefined, '“a b c”'],
    ['220 characters kept whole', `${'a'.repeat(110)}${'b'.repeat(110)}`, undefined, `“${'a'.repeat(110)}${'b'.repeat(110)}”`],
    ['220 once white space is made one', `${'a'.repeat(110)}\n\n  ${'b'.repeat(109)}`, undefined, `“${'a'.repeat(110)} ${'b'.repeat(109)}”`],
    ['221 shortened: 132 from the start, 66 from the end', `${'a'.repeat(132)}${'b'.repeat(23)}${'c'.repeat(66)}`, undefined, `“${'a'.repeat(132)} … ${'c'.repeat(66)}”`],
    ['a smaller limit', 'abcdefghijk', 10, '“abcdef … ijk”'],
    ['at a smaller limit', 'abcdefghij', 10, '“abcdefghij”'],
  ];

  it.each(MESSAGE_CASES)('quoted for a message: %s', (_label, words, max, quoted) => {
    expect(context.quoteForMessage(words, max)).toBe(quoted);
  });

  it('gives every message case above, together', () => {
    for (const [label, words, max, quoted] of MESSAGE_CASES) expect(context.quoteForMessage(words, max), label).toBe(quoted);
  });

  const NAME_CASES: [string, Partial<Entity> & { name: LocalizedText }, string[]][] = [
    ['the display name without its bracket, in both languages', { name: text('Drug Enforcement Administration (DEA)', 'Administración de Control de Drogas (DEA)') }, ['Drug Enforcement Administration', 'Administración de Control de Drogas']],
    ['a bracket with no space before it', { name: text('Soto(Lucho)') }, ['Soto']],
    ['spaces after the bracket', { name: text('Soto (Lucho)  ') }, ['Soto']],
    ['a bracket not at the end kept', { name: text('Luis (Lucho) Soto') }, ['Luis (Lucho) Soto']],
    ['quote marks around the name, of either kind', { name: text('“El Chapo”', '"El Chapo"') }, ['El Chapo']],
    ['quote marks inside the name kept', { name: text('Joaquín “El Chapo” Guzmán') }, ['Joaquín “El Chapo” Guzmán']],
    ['aliases and namedAs after the name, each name once', { name: text('DEA'), aliases: [{ text: 'Drug Enforcement Administration' }, { text: 'DEA' }], namedAs: ['the agency', 'DEA'] }, ['DEA', 'Drug Enforcement Administration', 'the agency']],
    ['a name of fewer than two characters dropped, spaces not counted, two kept', { name: text('EU', 'E'), aliases: [{ text: ' x ' }, { text: ' ab ' }], namedAs: ['a'] }, ['EU', ' ab ']],
  ];
  const namesOf = (fields: Partial<Entity> & { name: LocalizedText }) => context.namesOf(person('x', fields.name, fields));

  it.each(NAME_CASES)('names of an entity: %s', (_label, fields, found) => {
    expect(namesOf(fields)).toEqual(found);
  });

  it('gives every name case above, together', () => {
    for (const [label, fields, found] of NAME_CASES) expect(namesOf(fields), label).toEqual(found);
  });
});

describe('every rule’s findings, in order', () => {
  const CORPUS = { 'doc-1': 'Ana Ruiz said "we will act soon" on Monday. Luis Soto, a Mexican official, said the plan was fair. In 2017, 70,000 people died.' };
  // One finding for each rule, from items listed against the rules' order.
  const faultyPack = () =>
    pack({
      entities: [
        person('ana', 'Ana Ruiz', { side: 'us-government', sideEvidence: { source: 'doc-1', text: 'Ana Ruiz said' } } as Partial<Entity>),
        person('soto', 'Luis Soto'),
        entity('dea', 'organization', 'Drug Enforcement Administration', { description: text('It said “nothing at all”.', 'Nada.') }),
      ],
      claims: [
        claim('dated', { kind: 'framing', text: 'In 2017, 70,000 people died', date: '2017-05', dateEvidence: 'In 2017' }),
        claim('counted', { kind: 'statistic', text: '70,000 people died', statistic: { value: 80000, unit: text('people'), measure: { id: 'deaths', name: text('Deaths') }, counts: text('deaths') } } as Partial<Claim>),
        claim('unattributed', { speaker: 'ana', text: 'we will act soon' }),
        claim('outside', { kind: 'quote', speaker: 'soto', text: 'the plan was fair', attribution: 'Luis Soto, a Mexican official, said' }),
      ],
      topics: [{ id: 'policy', question: text('What now?'), positions: [{ id: 'act', summary: text('Act'), claims: ['unattributed', 'known-soto'] }] }] as unknown as Topic[],
    });

  it('gives each rule’s findings after the last one’s, our quotes last, for the built-in fact base', () => {
    expect(messages(rules.faithfulnessErrors(faultyPack(), CORPUS, FILES))).toEqual([
      'claims.json: at /3/kind (outside): expected a quote that doc-1 puts inside quotation marks (else the kind is "reported" or "framing"), found words outside quotation marks: “…ll act soon" on Monday. Luis Soto, a Mexican official, said the plan was fair. In 2017, 70,000 people died.”',
      'claims.json: at /2/attribution (unattributed): expected the words next to the claim that attribute it to Ana Ruiz (such as “Kelly said” or “according to Blinken”), found none',
      'claims.json: at /1/statistic/value (counted): expected the figure 80,000 written in the claim\'s words, found only 70,000 in “70,000 people died”',
      'claims.json: at /0/dateInferred (dated): expected a reason why the month May of 2017-05 is inferred, or a date the document states, found the document says only “In 2017”',
      'entities.json: at /1/side (soto): expected a side, since Luis Soto speaks in claim outside ("not-stated" where the documents do not say), found none',
      'topics.json: at /0/positions/0 (policy/act): expected claims from at least two speakers or two sources, or "singleVoice": true so that the card flags it, found every claim from ana in doc-1',
      'entities.json: at /2/name/en (dea): expected the name as doc-1 writes it (general knowledge goes in "background"), found “Drug Enforcement Administration”, which it does not contain',
      'entities.json: at /2/description/en (dea): expected quotation marks only around words a document contains as written (a translation or paraphrase goes without them), found “nothing at all”',
    ]);
  });

  it('for a teacher pack, weighs the known claims and leaves our quotes to the built-in fact base', () => {
    const known = pack({ claims: [claim('known-soto', { speaker: 'soto', source: 'doc-2' })] });
    expect(messages(rules.faithfulnessErrors(faultyPack(), CORPUS, PACK_FILE, known))).toEqual([
      'pack.json: at /claims/3/kind (outside): expected a quote that doc-1 puts inside quotation marks (else the kind is "reported" or "framing"), found words outside quotation marks: “…ll act soon" on Monday. Luis Soto, a Mexican official, said the plan was fair. In 2017, 70,000 people died.”',
      'pack.json: at /claims/2/attribution (unattributed): expected the words next to the claim that attribute it to Ana Ruiz (such as “Kelly said” or “according to Blinken”), found none',
      'pack.json: at /claims/1/statistic/value (counted): expected the figure 80,000 written in the claim\'s words, found only 70,000 in “70,000 people died”',
      'pack.json: at /claims/0/dateInferred (dated): expected a reason why the month May of 2017-05 is inferred, or a date the document states, found the document says only “In 2017”',
      'pack.json: at /entities/1/side (soto): expected a side, since Luis Soto speaks in claim outside ("not-stated" where the documents do not say), found none',
      'pack.json: at /entities/2/name/en (dea): expected the name as doc-1 writes it (general knowledge goes in "background"), found “Drug Enforcement Administration”, which it does not contain',
    ]);
  });

  it('reads our quotes in every bundled document', () => {
    const corpus = { 'doc-1': 'Nothing here.', 'doc-2': 'It said nothing at all.' };
    const quoted = pack({ entities: [entity('dea', 'organization', 'DEA', { mentionedIn: [], description: text('It said “nothing at all”.', '“Nada”.') })] });
    expect(messages(rules.faithfulnessErrors(quoted, corpus, FILES))).toEqual([
      'entities.json: at /0/description/es (dea): expected quotation marks only around words a document contains as written (a translation or paraphrase goes without them), found “Nada”',
    ]);
  });
});
