// Two of the build's faithfulness rules on a claim or a few and a short document, each finding checked
// whole: an attribution stands next to its claim, says someone said it and names the speaker (or a "she"
// for them); a figure is in the claim's words with the document's hedge, year and "since", one per measure.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as DocumentTextModule from '../../src/core/factbase/document-text';
import type * as AttributionModule from '../../src/core/factbase/rules/attribution';
import type * as ContextModule from '../../src/core/factbase/rules/context';
import type * as StatisticsModule from '../../src/core/factbase/rules/statistics';
import type { PackLocations } from '../../src/core/factbase/validate';
import type { Claim, Entity, FactPack, Qualifier, Statistic } from '../../src/core/types';

// Fresh modules for each test: readDocument keeps every document it read for as long as its module
// lives, and a document an earlier test read, without the mutant, would hide it.
let attribution: typeof AttributionModule;
let statistics: typeof StatisticsModule;
let rules: typeof ContextModule;
let documentText: typeof DocumentTextModule;
beforeEach(async () => {
  vi.resetModules();
  [attribution, statistics, rules, documentText] = await Promise.all([
    import('../../src/core/factbase/rules/attribution'),
    import('../../src/core/factbase/rules/statistics'),
    import('../../src/core/factbase/rules/context'),
    import('../../src/core/factbase/document-text'),
  ]);
});

/** One file per kind, as the built-in fact base is laid out. */
const FILES: PackLocations = { sources: 'sources.json', entities: 'entities.json', claims: 'claims.json', topics: 'topics.json', questions: 'questions.json' };
/** One file for everything, as a teacher pack is. */
const PACK_FILE: PackLocations = { sources: 'pack.json', entities: 'pack.json', claims: 'pack.json', topics: 'pack.json', questions: 'pack.json' };

const person = (id: string, name: string, fields: Partial<Entity> = {}): Entity => ({ id, type: 'person', name: { en: name, es: name }, aliases: [], ...fields }) as unknown as Entity;
const ana = () => person('ruiz', 'Ana Ruiz', { aliases: [{ text: 'Ruiz' }] } as Partial<Entity>);
const luis = () => person('soto', 'Luis Soto', { aliases: [{ text: 'Soto' }] } as Partial<Entity>);
const claim = (id: string, speaker: string | null, text: string, fields: Partial<Claim> = {}): Claim =>
  ({ id, kind: 'reported', speaker, source: 'doc-1', date: 'not stated', lang: 'en', entities: [], text, ...fields }) as unknown as Claim;
const pack = (fields: Partial<FactPack>): FactPack => ({ sources: [], entities: [], claims: [], topics: [], questions: [], ...fields }) as unknown as FactPack;
const messages = (errors: { message: string }[]) => errors.map((error) => error.message);
/** Exactly `length` characters, a space at each end, of words that name, say, hedge and count nothing. */
const gap = (length: number) => `${` ${'ok so '.repeat(length)}`.slice(0, length - 1)} `;

describe('a claim has a speaker only where someone says it, and then an attribution', () => {
  it('asks a speaker of a quote and none of framing, and an attribution of a claim the document holds', () => {
    const document = 'Ana Ruiz said the plan was fair. “We will act soon,” she added. The outlet wrote that the plan was late.';
    const claims = [
      claim('quote-no-speaker', null, 'We will act soon', { kind: 'quote' }),
      claim('reported-no-speaker', null, 'the plan was late'),
      claim('framing-no-speaker', null, 'the plan was late', { kind: 'framing' }),
      claim('framing-with-speaker', 'ruiz', 'the plan was late', { kind: 'framing' }),
      claim('speaker-not-known', 'nobody', 'the plan was fair'),
      claim('document-not-bundled', 'ruiz', 'the plan was fair', { source: 'doc-9' }),
      claim('words-not-in-document', 'ruiz', 'words nobody wrote'),
      claim('no-attribution', 'ruiz', 'the plan was fair'),
      claim('empty-attribution', 'ruiz', 'the plan was fair', { attribution: '' }),
      claim('attributed', 'ruiz', 'the plan was fair', { attribution: 'Ana Ruiz said' }),
      claim('quote-attributed', 'ruiz', 'We will act soon', { kind: 'quote', attribution: 'she added' }),
    ];
    expect(messages(attribution.attributionErrors(rules.ruleContext(pack({ entities: [ana(), luis()], claims }), { 'doc-1': document }, FILES)))).toEqual([
      'claims.json: at /0/speaker (quote-no-speaker): expected a speaker for a quote (a quote is somebody’s words), found null',
      'claims.json: at /3/speaker (framing-with-speaker): expected null: "framing" is the outlet’s own words (use "reported" for what it says someone said), found "ruiz"',
      'claims.json: at /7/attribution (no-attribution): expected the words next to the claim that attribute it to Ana Ruiz (such as “Kelly said” or “according to Blinken”), found none',
      'claims.json: at /8/attribution (empty-attribution): expected the words next to the claim that attribute it to Ana Ruiz (such as “Kelly said” or “according to Blinken”), found none',
    ]);
  });

  it('in a teacher pack, reads a built-in speaker and the built-in people a "she" may stand for', () => {
    const document = 'Ana Ruiz spoke. The plan was fair, she said. Luis Soto said it was late.';
    const claims = [claim('pack-pronoun', 'ruiz', 'The plan was fair', { attribution: 'she said' }), claim('pack-wrong-speaker', 'ruiz', 'it was late', { attribution: 'Luis Soto said' })];
    expect(messages(attribution.attributionErrors(rules.ruleContext(pack({ claims }), { 'doc-1': document }, PACK_FILE, pack({ entities: [ana(), luis()] }))))).toEqual([
      'pack.json: at /claims/1/attribution (pack-wrong-speaker): expected the attribution to name Ana Ruiz (“Ana Ruiz”, “Ruiz”) or a pronoun that stands for them, found “Luis Soto said”',
    ]);
  });
});

interface AttributionCase {
  document: string;
  text: string;
  attribution: string;
  kind?: 'quote' | 'reported';
  /** Everyone the rule knows; Ana Ruiz ("Ruiz", id ruiz) speaks. */
  people?: () => Entity[];
  expected: string[];
}

const attributionError = (expected: string, found: string) => `claims.json: at /0/attribution (c): expected ${expected}, found ${found}`;
const notThere = (words: string, excerpt: string) => attributionError('the attribution words as written in doc-1', `“${words}”, which is not there; the document has “${excerpt}”`);
const elsewhere = (words: string, excerpt: string) => attributionError(`the attribution “${words}” within 160 characters of the claim`, `it stands elsewhere; next to the claim the document says “${excerpt}”`);
const partOfQuote = (words: string) => attributionError('an attribution outside the quoted words', `“${words}” is part of the quote itself`);
const noSaying = (words: string) => attributionError('a word of saying (said, told, according to, …) in the attribution', `“${words}”, which attributes no words to anyone`);
const qualifies = (words: string) => attributionError('an attribution to Ana Ruiz', `“${words}”: there the name qualifies someone else, not the speaker`);
const pronounFor = (pronoun: string, words: string, found: string) => attributionError(`“${pronoun}” in “${words}” to stand for Ana Ruiz`, found);
const notNamed = (words: string, names = '“Ana Ruiz”, “Ruiz”') => attributionError(`the attribution to name Ana Ruiz (${names}) or a pronoun that stands for them`, `“${words}”`);

const REPORTING_WORDS = ['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adding', 'adds', 'continued', 'argued', 'argues', 'argue', 'stated', 'states', 'reports', 'reported', 'declared', 'announced', 'blamed', 'commented', 'warned', 'detailed', 'emphasized', 'acknowledged', 'promised', 'called', 'spoke', 'reiterated', 'defended', 'testified', 'wrote', 'urged', 'insisted', 'noted', 'explained', 'claimed'];
/** What follows "Ruiz" where the name describes someone else. */
const QUALIFYING = ['’s office', ' s office', ' administration', ' government', ' official', ' officials', ' spokesman', ' spokeswoman', ' spokesmen', ' spokeswomen', ' spokesperson', ' administrator', ' secretary', ' agent', ' agents'];
const PRONOUNS = ['she said', 'he said', 'they said', 'his aide said', 'her office said'];
const LONG_BEFORE = 'On Monday the envoy came to the border town, met the mayor and walked the long road to the river. ';
const LONG_AFTER = ', she said, and then the envoy left the town for the capital, where the talks would go on for a week.';
const pedro = () => person('pedro', 'Pedro Ruiz', { aliases: [{ text: 'Ruiz' }] } as Partial<Entity>);

const ATTRIBUTION_CASES: [string, AttributionCase][] = [
  // Where it stands.
  ['the name and a word of saying, at the start of the document', { document: 'Ana Ruiz said the plan was fair.', text: 'the plan was fair', attribution: 'Ana Ruiz said', expected: [] }],
  ['words the document does not have', { document: 'Ana Ruiz spoke. The plan was fair, she said.', text: 'The plan was fair', attribution: 'Ana Ruiz told reporters', expected: [notThere('Ana Ruiz told reporters', 'Ana Ruiz spoke. The plan was fair, she said.')] }],
  [
    'words not there, shown with 80 characters of the document either side of the claim',
    { document: `${LONG_BEFORE}The plan was fair${LONG_AFTER}`, text: 'The plan was fair', attribution: 'Ana Ruiz told reporters', expected: [notThere('Ana Ruiz told reporters', '…y came to the border town, met the mayor and walked the long road to the river. The plan was fair, she said, and then the envoy left the town for the capital, where the talks wo…')] },
  ],
  ['in the paragraph before the claim', { document: 'Ana Ruiz said so.\n\nThe plan was fair.', text: 'The plan was fair', attribution: 'Ana Ruiz said', expected: [elsewhere('Ana Ruiz said', 'The plan was fair.')] }],
  ['in the paragraph after the claim', { document: 'The plan was fair.\n\nAna Ruiz said so.', text: 'The plan was fair', attribution: 'Ana Ruiz said', expected: [elsewhere('Ana Ruiz said', 'The plan was fair.')] }],
  ['at the very start of a later paragraph', { document: 'Intro.\n\nAna Ruiz said the plan was fair.', text: 'the plan was fair', attribution: 'Ana Ruiz said', expected: [] }],
  ['at the very end of the paragraph', { document: 'The plan was fair, said Ana Ruiz\n\nThat was all.', text: 'The plan was fair', attribution: 'said Ana Ruiz', expected: [] }],
  ['160 characters before the claim', { document: `Ana Ruiz said${gap(160)}the plan was fair.`, text: 'the plan was fair', attribution: 'Ana Ruiz said', expected: [] }],
  ['161 characters before the claim', { document: `Ana Ruiz said${gap(161)}the plan was fair.`, text: 'the plan was fair', attribution: 'Ana Ruiz said', expected: [elsewhere('Ana Ruiz said', '…so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok the plan was fair.')] }],
  ['160 characters after the claim', { document: `The plan was fair${gap(160)}Ana Ruiz said.`, text: 'The plan was fair', attribution: 'Ana Ruiz said', expected: [] }],
  ['161 characters after the claim', { document: `The plan was fair${gap(161)}Ana Ruiz said.`, text: 'The plan was fair', attribution: 'Ana Ruiz said', expected: [elsewhere('Ana Ruiz said', 'The plan was fair ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so o…')] }],
  ['160 characters before the opening quotation mark', { document: `Ana Ruiz said${gap(160)}“We will act soon.”`, kind: 'quote', text: 'We will act soon.', attribution: 'Ana Ruiz said', expected: [] }],
  ['161 characters before the opening quotation mark', { document: `Ana Ruiz said${gap(161)}“We will act soon.”`, kind: 'quote', text: 'We will act soon.', attribution: 'Ana Ruiz said', expected: [elsewhere('Ana Ruiz said', '…so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok “We will act soon.”')] }],
  ['160 characters after the closing quotation mark', { document: `“We will act soon,”${gap(160)}Ana Ruiz said.`, kind: 'quote', text: 'We will act soon,', attribution: 'Ana Ruiz said', expected: [] }],
  ['161 characters after the closing quotation mark', { document: `“We will act soon,”${gap(161)}Ana Ruiz said.`, kind: 'quote', text: 'We will act soon,', attribution: 'Ana Ruiz said', expected: [elsewhere('Ana Ruiz said', '“We will act soon,” ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so o…')] }],
  [
    'a quote in two parts, 160 characters after the closing mark of the last',
    { document: `“We will act,” she went on, “and we will win.”${gap(160)}Ana Ruiz said so.`, kind: 'quote', text: 'We will act … we will win.', attribution: 'Ana Ruiz said', expected: [] },
  ],
  // Of two, the nearer one counts, even where it comes later: here only the nearer "she" is Ana Ruiz.
  ['the nearer of two, after the claim', { document: 'Luis Soto, she said, left early. Then Ana Ruiz came in. The plan was fair, she said.', text: 'The plan was fair', attribution: 'she said', expected: [] }],
  ['the nearer of two, before the claim', { document: 'Then Ana Ruiz came in, and she said the plan was fair. Luis Soto, she said, left early.', text: 'the plan was fair', attribution: 'she said', expected: [] }],

  // The quoted words are not their own attribution.
  ['inside the quoted words', { document: 'Ana Ruiz said: “We Americans must act.”', kind: 'quote', text: 'We Americans must act.', attribution: 'We Americans', expected: [partOfQuote('We Americans')] }],
  ['ending where the quoted words start', { document: 'Ana Ruiz said—we will act soon—on Monday.', kind: 'quote', text: 'we will act soon', attribution: 'Ana Ruiz said—', expected: [] }],
  ['starting where the quoted words end', { document: 'We will act soon—Ana Ruiz said so on Monday.', kind: 'quote', text: 'We will act soon', attribution: '—Ana Ruiz said', expected: [] }],
  ['inside the words of a reported claim', { document: 'Ana Ruiz said the plan was fair.', text: 'Ana Ruiz said the plan was fair', attribution: 'Ana Ruiz said', expected: [] }],
  [
    'inside the first of two quoted parts',
    { document: 'Ana Ruiz said: “We will act, as Ana Ruiz said, and we will win on Monday.”', kind: 'quote', text: 'We will act, as Ana Ruiz said … on Monday', attribution: 'as Ana Ruiz said', expected: [partOfQuote('as Ana Ruiz said')] },
  ],

  // A word of saying, outside quotation marks, as a word of its own.
  ['no word of saying', { document: 'Some pundits such as Ana Ruiz think the plan was fair.', text: 'the plan was fair', attribution: 'Some pundits such as Ana Ruiz', expected: [noSaying('Some pundits such as Ana Ruiz')] }],
  ['a word of saying only inside quotation marks', { document: 'Ana Ruiz, “who said nothing,” thinks the plan was fair.', text: 'the plan was fair', attribution: 'Ana Ruiz, “who said nothing,”', expected: [noSaying('Ana Ruiz, “who said nothing,”')] }],
  ['a word of saying at the end of a longer word', { document: 'Ana Ruiz retold it: the plan was fair.', text: 'the plan was fair', attribution: 'Ana Ruiz retold', expected: [noSaying('Ana Ruiz retold')] }],
  ['a word of saying at the start of a longer word', { document: 'Ana Ruiz and her sayings: the plan was fair.', text: 'the plan was fair', attribution: 'Ana Ruiz and her sayings', expected: [noSaying('Ana Ruiz and her sayings')] }],
  ['“According to”, capitalized', { document: 'According to Ana Ruiz, the plan was fair.', text: 'the plan was fair', attribution: 'According to Ana Ruiz', expected: [] }],
  ...REPORTING_WORDS.map((word): [string, AttributionCase] => [`“${word}”`, { document: `Ana Ruiz ${word} the plan was fair.`, text: 'the plan was fair', attribution: `Ana Ruiz ${word}`, expected: [] }]),

  // The speaker's name, not qualifying someone else.
  ...QUALIFYING.map((words): [string, AttributionCase] => [
    `“Ruiz${words}”`,
    { document: `The plan was fair, the Ruiz${words} said.`, text: 'The plan was fair', attribution: `the Ruiz${words} said`, expected: [qualifies(`Ruiz${words} said`)] },
  ]),
  ['“Ruiz officialdom” is no official', { document: 'The plan was fair, the Ruiz officialdom said.', text: 'The plan was fair', attribution: 'the Ruiz officialdom said', expected: [] }],
  ['a qualifying word later than right after the name', { document: 'The plan was fair, Ana Ruiz told the government.', text: 'The plan was fair', attribution: 'Ana Ruiz told the government', expected: [] }],
  ['“of” before the name', { document: 'The plan was fair, an aide of Ruiz said.', text: 'The plan was fair', attribution: 'an aide of Ruiz said', expected: [qualifies('Ruiz said')] }],
  ['“of the” before the name', { document: 'The plan was fair, an aide of the Ruiz team said.', text: 'The plan was fair', attribution: 'an aide of the Ruiz team said', expected: [qualifies('Ruiz team said')] }],
  ['“for” before the name', { document: 'The plan was fair, a spokesperson for Ruiz said.', text: 'The plan was fair', attribution: 'a spokesperson for Ruiz said', expected: [qualifies('Ruiz said')] }],
  ['“for the” before the name', { document: 'The plan was fair, a spokesperson for the Ruiz team said.', text: 'The plan was fair', attribution: 'a spokesperson for the Ruiz team said', expected: [qualifies('Ruiz team said')] }],
  ['“proof” before the name ends in no “of”', { document: 'Pressed for proof Ruiz said the plan was fair.', text: 'the plan was fair', attribution: 'Pressed for proof Ruiz said', expected: [] }],
  ['an “of” not right before the name', { document: 'Speaking in front of us, Ana Ruiz said the plan was fair.', text: 'the plan was fair', attribution: 'Speaking in front of us, Ana Ruiz said', expected: [] }],
  ['“of” before a name near the start of the document', { document: 'Aides of Ruiz said the plan was fair, and they said more about it later that day.', text: 'the plan was fair', attribution: 'Aides of Ruiz said', expected: [qualifies('Ruiz said')] }],
  // The name is read 24 characters on: a line break and indentation count.
  [
    'a qualifying word ending 24 characters after the name',
    { document: `The plan was fair, the Ruiz\n${' '.repeat(9)}administration said.`, text: 'The plan was fair', attribution: 'the Ruiz administration said', expected: [qualifies('Ruiz administration said')] },
  ],
  ['a qualifying word ending 25 characters after the name', { document: `The plan was fair, the Ruiz\n${' '.repeat(10)}administration said.`, text: 'The plan was fair', attribution: 'the Ruiz administration said', expected: [] }],
  ['the name only inside quotation marks', { document: 'The plan was fair. “Ana Ruiz is right,” Luis Soto said.', text: 'The plan was fair', attribution: '“Ana Ruiz is right,” Luis Soto said', expected: [notNamed('“Ana Ruiz is right,” Luis Soto said')] }],
  ['one name qualifies and one does not', { document: 'The plan was fair, the Ruiz administration said, and Ana Ruiz added as much.', text: 'The plan was fair', attribution: 'the Ruiz administration said, and Ana Ruiz added', expected: [] }],
  ['two names that qualify, shown from the first', { document: 'The plan was fair, the Ruiz administration and Ruiz officials said.', text: 'The plan was fair', attribution: 'the Ruiz administration and Ruiz officials said', expected: [qualifies('Ruiz administration and Ruiz officials said')] }],

  // A pronoun whose nearest name before it, outside quotation marks and qualifying no one, is the speaker's.
  ...PRONOUNS.map((words): [string, AttributionCase] => [`“${words}”`, { document: `Ana Ruiz spoke. The plan was fair, ${words}.`, text: 'The plan was fair', attribution: words, expected: [] }]),
  ['“She”, capitalized', { document: 'Ana Ruiz spoke. The plan was fair. She said so twice.', text: 'The plan was fair', attribution: 'She said', expected: [] }],
  ['a pronoun with no name before it', { document: 'The plan was fair, she said.', text: 'The plan was fair', attribution: 'she said', expected: [pronounFor('she', 'she said', 'no name before it')] }],
  [
    'a pronoun whose nearest name is someone else’s, shown with 60 characters around it',
    {
      // One character more or less either side of "Luis Soto" changes what the message shows.
      document: 'On Monday, after the long and quiet morning at the border, Ana Ruiz met Luis Soto at the old town hall by the river. The plan was fair, he said, and he left for the capital that night.',
      text: 'The plan was fair',
      attribution: 'he said',
      expected: [pronounFor('he', 'he said', 'the nearest name before it is Luis Soto: “…fter the long and quiet morning at the border, Ana Ruiz met Luis Soto at the old town hall by the river. The plan was fair, he sa…”')],
    },
  ],
  // The speaker named after the attribution is no part of it.
  ['a name after the attribution', { document: 'Luis Soto spoke. The plan was fair, she said, and Ana Ruiz left.', text: 'The plan was fair', attribution: 'she said', expected: [pronounFor('she', 'she said', 'the nearest name before it is Luis Soto: “Luis Soto spoke. The plan was fair, she said, and Ana Ruiz left.”')] }],
  [
    'of two pronouns, the first',
    { document: 'Ana Ruiz met Luis Soto. The plan was fair, he told her.', text: 'The plan was fair', attribution: 'he told her', expected: [pronounFor('he', 'he told her', 'the nearest name before it is Luis Soto: “Ana Ruiz met Luis Soto. The plan was fair, he told her.”')] },
  ],
  ['a name inside quotation marks is no antecedent', { document: 'Ana Ruiz spoke. “Luis Soto is wrong,” she said.', kind: 'quote', text: 'Luis Soto is wrong,', attribution: 'she said', expected: [] }],
  ['a name that qualifies the next words is no antecedent', { document: 'Ana Ruiz spoke to the Soto administration. The plan was fair, she said.', text: 'The plan was fair', attribution: 'she said', expected: [] }],
  ['a name the words before it qualify is no antecedent', { document: 'Ana Ruiz spoke to an aide of Soto. The plan was fair, she said.', text: 'The plan was fair', attribution: 'she said', expected: [] }],
  [
    'a pronoun inside quotation marks is not the one read',
    {
      document: 'Ana Ruiz met Luis Soto. The plan was fair, “as he knows,” she said.',
      text: 'The plan was fair',
      attribution: '“as he knows,” she said',
      expected: [pronounFor('she', '“as he knows,” she said', 'the nearest name before it is Luis Soto: “Ana Ruiz met Luis Soto. The plan was fair, “as he knows,” she said.”')],
    },
  ],
  ['“he” inside “the” is no pronoun', { document: 'Ana Ruiz spoke. The plan was fair, the envoy said.', text: 'The plan was fair', attribution: 'the envoy said', expected: [notNamed('the envoy said')] }],
  ['“he” starting “helper” is no pronoun', { document: 'Ana Ruiz spoke. The plan was fair, a helper said.', text: 'The plan was fair', attribution: 'a helper said', expected: [notNamed('a helper said')] }],
  [
    'the names listed are the first three',
    {
      document: 'Ana Ruiz spoke. The plan was fair, the envoy said.',
      text: 'The plan was fair',
      attribution: 'the envoy said',
      people: () => [person('ruiz', 'Ana Ruiz', { name: { en: 'Ana Ruiz', es: 'Ana Ruíz' }, aliases: [{ text: 'Ruiz' }, { text: 'Ruíz' }] } as Partial<Entity>)],
      expected: [notNamed('the envoy said', '“Ana Ruiz”, “Ana Ruíz”, “Ruiz”')],
    },
  ],
  // Of names ending at the same place, the longer one is the antecedent, whichever person is listed first.
  ['the longer of two names ending together, its person listed first', { document: 'Ana Ruiz spoke. The plan was fair, she said.', text: 'The plan was fair', attribution: 'she said', people: () => [ana(), pedro()], expected: [] }],
  ['the longer of two names ending together, its person listed last', { document: 'Ana Ruiz spoke. The plan was fair, she said.', text: 'The plan was fair', attribution: 'she said', people: () => [pedro(), ana()], expected: [] }],
  [
    'of two people with one name, the first listed',
    { document: 'Ana Ruiz spoke. The plan was fair, she said.', text: 'The plan was fair', attribution: 'she said', people: () => [person('ruiz-cousin', 'Ana Ruiz'), ana()], expected: [pronounFor('she', 'she said', 'the nearest name before it is Ana Ruiz: “Ana Ruiz spoke. The plan was fair, she said.”')] },
  ],
  // "Ana Ruiz spoke." is 15 characters and "The plan was fair, " 19: the name starts 2,000 characters before "she".
  ['a name 2,000 characters before the pronoun', { document: `Ana Ruiz spoke.${gap(1966)}The plan was fair, she said.`, text: 'The plan was fair', attribution: 'she said', people: () => [person('ruiz', 'Ana Ruiz')], expected: [] }],
  [
    'a name 2,001 characters before the pronoun',
    { document: `Ana Ruiz spoke.${gap(1967)}The plan was fair, she said.`, text: 'The plan was fair', attribution: 'she said', people: () => [person('ruiz', 'Ana Ruiz')], expected: [pronounFor('she', 'she said', 'no name before it')] },
  ],
];

describe('an attribution stands next to the claim, says someone said it, and names the speaker', () => {
  const attributed = (test: AttributionCase) => {
    const claims = [claim('c', 'ruiz', test.text, { kind: test.kind ?? 'reported', attribution: test.attribution })];
    return messages(attribution.attributionErrors(rules.ruleContext(pack({ entities: (test.people ?? (() => [ana(), luis()]))(), claims }), { 'doc-1': test.document }, FILES)));
  };

  it.each(ATTRIBUTION_CASES)('%s', (_label, test) => {
    expect(attributed(test)).toEqual(test.expected);
  });

  // Every case again in one test: a mutation tool credits a test only with the branches its own run
  // reaches, so a mutant one case reaches and another kills survives unless both run in one test.
  it('gives every case above, together', () => {
    for (const [label, test] of ATTRIBUTION_CASES) expect(attributed(test), label).toEqual(test.expected);
  });

  it('says how far it may stand from the claim', () => {
    expect(attribution.ATTRIBUTION_WINDOW).toBe(160);
  });
});

describe('the figures written in a stretch of text', () => {
  const FIGURES: [string, [number, string][]][] = [
    ['106,000 people', [[106_000, '106,000']]],
    ['1,234,567 in all', [[1_234_567, '1,234,567']]],
    ['1234,567', [[1234, '1234'], [567, '567']]],
    ['1,23', [[1, '1'], [23, '23']]],
    ['3.5 percent', [[3.5, '3.5']]],
    ['1.25 million', [[1.25e6, '1.25 million']]],
    ['in 2021 and 2022', [[2021, '2021'], [2022, '2022']]],
    ['$3 billion', [[3e9, '$3 billion']]],
    ['$ 19.5 million', [[19.5e6, '$ 19.5 million']]],
    ['$  5', [[5, '5']]],
    ['7 thousand', [[7000, '7 thousand']]],
    ['2  million', [[2e6, '2  million']]],
    ['5 millions', [[5e6, '5 million']]],
    ['no figure at all', []],
  ];
  const found = (text: string) => statistics.figuresIn(text).map((figure): [number, string] => [figure.value, text.slice(figure.span.start, figure.span.end)]);

  it.each(FIGURES)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives every case above, together', () => {
    for (const [text, expected] of FIGURES) expect(found(text), text).toEqual(expected);
  });

  it('gives offsets in the text, or in a document when told where the text starts', () => {
    expect(statistics.figuresIn('x 12')).toEqual([{ value: 12, span: { start: 2, end: 4 } }]);
    expect(statistics.figuresIn('x 12', 10)).toEqual([{ value: 12, span: { start: 12, end: 14 } }]);
  });
});

/** Long enough that a window reaching past its start would find other words. */
const PARAGRAPH = 'The count was kept by the towns on the river and by the cities on the coast, and every week the towns sent it on to the capital, where the clerks put it in the books for the year ahead';

describe('the hedge a document puts on a figure', () => {
  const HEDGES: [string, Qualifier | null][] = [
    ['almost [5,000] people', 'almost'],
    ['nearly [5,000] people', 'nearly'],
    ['more than [5,000] people', 'more-than'],
    ['over [5,000] people', 'more-than'],
    ['over the [5,000] mark', 'more-than'],
    ['at least [5,000] people', 'at-least'],
    ['about [5,000] people', 'about'],
    ['around [5,000] people', 'about'],
    ['roughly [5,000] people', 'about'],
    ['some [5,000] people', 'about'],
    ['an estimated [5,000] people', 'estimated'],
    // A hedge counts only right before the figure, not earlier in the words before it.
    ['nearly all of the [5,000] people', null],
    ['more than half of the [5,000] people', null],
    ['at least half of the [5,000] people', null],
    ['It was an estimated loss. Then [5,000] people', null],
    ['ALMOST [5,000] people', 'almost'],
    // A line break and indentation between the hedge and the figure.
    ['almost\n   [5,000] people', 'almost'],
    ['nearly\n   [5,000] people', 'nearly'],
    ['more than\n   [5,000] people', 'more-than'],
    ['over\n   the [5,000] mark', 'more-than'],
    ['over the\n   [5,000] mark', 'more-than'],
    ['at least\n   [5,000] people', 'at-least'],
    ['about\n   [5,000] people', 'about'],
    ['[5,000] people', null],
    // No English word ends in these hedges; made-up words pin that each starts a word.
    ['xalmost [5,000] people', null],
    ['xnearly [5,000] people', null],
    ['xat least [5,000] people', null],
    ['almost all of the [5,000] people', null],
    ['moreover [5,000] people', null],
    ['a fearsome [5,000] people', null],
    // The words just before it are read 40 characters back.
    [`almost${' '.repeat(34)}[5,000] people`, 'almost'],
    [`almost${' '.repeat(35)}[5,000] people`, null],
    ['Almost [5,000] people died, and far more were hurt in the weeks after that.', 'almost'],
    [`${PARAGRAPH} almost\n\n[5,000] people died.`, null],
    // "Estimated" earlier in its sentence, up to 160 characters back.
    ['It is estimated that [5,000] people died', 'estimated'],
    ['Analysts estimated that [5,000] people died', 'estimated'],
    ['Estimated losses reached [5,000] people', 'estimated'],
    ['Some overestimated it at [5,000] people', null],
    [`estimated${gap(151)}[5,000] people`, 'estimated'],
    [`estimated${gap(152)}[5,000] people`, null],
    [`Estimated [5,000] people died. ${PARAGRAPH}.`, 'estimated'],
    [`${PARAGRAPH} as estimated\n\nthe count was [5,000] people.`, null],
    ['It was estimated last year. The count was [5,000] people.', null],
    ['It was estimated last year! The count was [5,000] people.', null],
    ['Was it estimated last year? The count was [5,000] people.', null],
    ['It was estimated last year.  The count was [5,000] people.', null],
    ['It was estimated last year. “The count was [5,000] people.”', null],
    ['It was estimated last year. "The count was [5,000] people."', null],
    ['It was estimated.The count was [5,000] people.', 'estimated'],
    ['Analysts estimated, in Washington D.C. and elsewhere, that [5,000] people died.', 'estimated'],
    // A capital after an abbreviation reads as a new sentence.
    ['It was estimated by the U.S. Army that [5,000] people died.', null],
  ];
  /** The hedge on the figure in [brackets]. */
  const hedge = (marked: string) => {
    const start = marked.indexOf('[');
    const end = marked.indexOf(']') - 1;
    return statistics.qualifierBefore(documentText.readDocument(marked.replace('[', '').replace(']', '')), { start, end });
  };

  it.each(HEDGES)('%j', (marked, expected) => {
    expect(hedge(marked)).toBe(expected);
  });

  it('gives every case above, together', () => {
    for (const [marked, expected] of HEDGES) expect(hedge(marked), marked).toBe(expected);
  });
});

interface StatisticCase {
  document: string;
  text: string;
  statistic: Statistic;
  expected: string[];
}

const figure = (value: number, fields: Partial<Statistic> = {}): Statistic => ({
  value,
  unit: { en: 'deaths', es: 'muertes' },
  measure: { id: 'overdoses', name: { en: 'Overdose deaths', es: 'Muertes por sobredosis' } },
  counts: { en: 'deaths', es: 'muertes' },
  ...fields,
});
const statisticError = (field: string, expected: string, found: string) => `claims.json: at /0/statistic/${field} (c): expected ${expected}, found ${found}`;
const notFigure = (value: string, found: string) => statisticError('value', `the figure ${value} written in the claim's words`, found);
const otherQualifier = (stated: string, given: string, excerpt: string) => statisticError('qualifier', `the qualifier doc-1 gives the figure, ${stated}`, `${given}; the document says “${excerpt}”`);
const noYear = (year: number, excerpt: string) => statisticError('year', `the year ${year} stated within 150 characters of the figure in doc-1`, `no such year there; the document says “${excerpt}”`);
const noSince = (year: number, excerpt: string) => statisticError('since', `“since ${year}” stated near the figure in doc-1`, `no such words there; the document says “${excerpt}”`);
// Its words are such that one character more or less either side of the figure changes what a message shows.
const LONG_STATISTIC = `${PARAGRAPH}, and it said so that almost 5,000 people died of it in 2020, as once more the clerks wrote it down then in the books kept by the towns on the river and by the cities on the coast.`;

const STATISTIC_CASES: [string, StatisticCase][] = [
  ['a figure with its year and its “since”', { document: 'Overdoses killed 106,000 people in 2021, the most since 2015.', text: 'Overdoses killed 106,000 people in 2021', statistic: figure(106_000, { year: 2021, since: 2015 }), expected: [] }],
  [
    'a figure not in the claim’s words',
    { document: 'Overdoses killed 106,000 people in 2021.', text: 'Overdoses killed 106,000 people in 2021', statistic: figure(160_000, { year: 2021 }), expected: [notFigure('160,000', 'only 106,000 and 2,021 in “Overdoses killed 106,000 people in 2021”')] },
  ],
  [
    'a figure not among three',
    { document: 'Of 106,000 deaths in 2021, 70,000 involved fentanyl.', text: 'Of 106,000 deaths in 2021, 70,000 involved fentanyl', statistic: figure(160_000), expected: [notFigure('160,000', 'only 106,000, 2,021 and 70,000 in “Of 106,000 deaths in 2021, 70,000 involved fentanyl”')] },
  ],
  ['a claim with no number', { document: 'Overdoses killed many people.', text: 'Overdoses killed many people', statistic: figure(5), expected: [notFigure('5', 'only no number in “Overdoses killed many people”')] }],
  ['a figure of zero', { document: 'The raid made 0 arrests.', text: 'The raid made 0 arrests', statistic: figure(0), expected: [] }],
  ['a figure computed in floating point', { document: 'The rate rose 0.3 points.', text: 'The rate rose 0.3 points', statistic: figure(0.1 + 0.2), expected: [] }],
  ['money, in billions, since a year', { document: 'Congress has given $3 billion since 2008, in all.', text: 'Congress has given $3 billion since 2008', statistic: figure(3e9, { currency: 'USD', since: 2008 }), expected: [] }],
  ['a range', { document: 'Profits run between $19 billion and $29 billion a year.', text: 'Profits run between $19 billion and $29 billion a year', statistic: figure(19e9, { valueMax: 29e9 }), expected: [] }],
  [
    'a range whose top is not in the claim’s words',
    {
      document: 'Profits run between $19 billion and $29 billion a year.',
      text: 'Profits run between $19 billion and $29 billion a year',
      statistic: figure(19e9, { valueMax: 30e9 }),
      expected: [statisticError('valueMax', 'the top of the range, 30,000,000,000, written in the claim\'s words', '“Profits run between $19 billion and $29 billion a year”')],
    },
  ],
  ['a hedge the statistic leaves out', { document: 'Almost 5,000 people died.', text: 'Almost 5,000 people died', statistic: figure(5000), expected: [otherQualifier('“almost”', 'no qualifier', 'Almost 5,000 people died.')] }],
  ['a hedge the document does not give', { document: '5,000 people died.', text: '5,000 people died', statistic: figure(5000, { qualifier: 'more-than' }), expected: [otherQualifier('no qualifier', '“more than”', '5,000 people died.')] }],
  ['another hedge than the document’s', { document: 'At least 5,000 people died.', text: 'At least 5,000 people died', statistic: figure(5000, { qualifier: 'about' }), expected: [otherQualifier('“at least”', '“about”', 'At least 5,000 people died.')] }],
  ['the document’s hedge', { document: 'An estimated 5,000 people died.', text: 'An estimated 5,000 people died', statistic: figure(5000, { qualifier: 'estimated' }), expected: [] }],
  ['the hedge on the first of two equal figures', { document: 'Almost 5 died and 5 were hurt.', text: 'Almost 5 died and 5 were hurt', statistic: figure(5, { qualifier: 'almost' }), expected: [] }],
  ['a figure in the second part of the claim’s words', { document: 'Officials said that almost 5,000 people died.', text: 'Officials said … 5,000 people died', statistic: figure(5000, { qualifier: 'almost' }), expected: [] }],
  ['a year the document does not state', { document: 'In 2020 the count was 5,000.', text: 'the count was 5,000', statistic: figure(5000, { year: 2021 }), expected: [noYear(2021, 'In 2020 the count was 5,000.')] }],
  // "2021" is 4 characters and "the count was " 14: the year starts 150 characters before the figure.
  ['a year 150 characters before the figure', { document: `2021${gap(132)}the count was 5,000.`, text: 'the count was 5,000', statistic: figure(5000, { year: 2021 }), expected: [] }],
  [
    'a year 151 characters before the figure',
    { document: `2021${gap(133)}the count was 5,000.`, text: 'the count was 5,000', statistic: figure(5000, { year: 2021 }), expected: [noYear(2021, '…so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so the count was 5,000.')] },
  ],
  // "The count was 5,000" is 19 characters: the year ends 150 characters after the figure.
  ['a year ending 150 characters after the figure', { document: `The count was 5,000${gap(146)}2021.`, text: 'The count was 5,000', statistic: figure(5000, { year: 2021 }), expected: [] }],
  [
    'a year ending 151 characters after the figure',
    { document: `The count was 5,000${gap(147)}2021.`, text: 'The count was 5,000', statistic: figure(5000, { year: 2021 }), expected: [noYear(2021, 'The count was 5,000 ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so ok so…')] },
  ],
  ['a year in the paragraph before', { document: '2021 was hard.\n\nThe count was 5,000.', text: 'The count was 5,000', statistic: figure(5000, { year: 2021 }), expected: [noYear(2021, 'The count was 5,000.')] }],
  ['a year in the paragraph after', { document: 'The count was 5,000.\n\nThat was 2021.', text: 'The count was 5,000', statistic: figure(5000, { year: 2021 }), expected: [noYear(2021, 'The count was 5,000.')] }],
  ['a year inside a longer number', { document: 'The count was 5,000 under code 20219.', text: 'The count was 5,000', statistic: figure(5000, { year: 2021 }), expected: [noYear(2021, 'The count was 5,000 under code 20219.')] }],
  ['a year near the start of a long document', { document: `In 2021 the count was 5,000. ${PARAGRAPH}.`, text: 'the count was 5,000', statistic: figure(5000, { year: 2021 }), expected: [] }],
  ['“Since”, capitalized', { document: 'Since 2008 the U.S. has given $3 billion.', text: 'the U.S. has given $3 billion', statistic: figure(3e9, { currency: 'USD', since: 2008 }), expected: [] }],
  ['a year without “since”', { document: 'In 2008 the U.S. gave $3 billion.', text: 'the U.S. gave $3 billion', statistic: figure(3e9, { currency: 'USD', since: 2008 }), expected: [noSince(2008, 'In 2008 the U.S. gave $3 billion.')] }],
  [
    'everything amiss, in the order of the fields',
    {
      document: 'Between 2019 and 2020, almost $19 billion to $29 billion went south.',
      text: 'Between 2019 and 2020, almost $19 billion to $29 billion went south',
      statistic: figure(19e9, { valueMax: 30e9, year: 2021, since: 2019 }),
      expected: [
        statisticError('valueMax', 'the top of the range, 30,000,000,000, written in the claim\'s words', '“Between 2019 and 2020, almost $19 billion to $29 billion went south”'),
        otherQualifier('“almost”', 'no qualifier', 'Between 2019 and 2020, almost $19 billion to $29 billion went south.'),
        noYear(2021, 'Between 2019 and 2020, almost $19 billion to $29 billion went south.'),
        noSince(2019, 'Between 2019 and 2020, almost $19 billion to $29 billion went south.'),
      ],
    },
  ],
  [
    'a long document, shown 50 characters around the figure for a hedge and 90 for a year or a “since”',
    {
      document: LONG_STATISTIC,
      text: 'almost 5,000 people died',
      statistic: figure(5000, { year: 2021, since: 2019 }),
      expected: [
        otherQualifier('“almost”', 'no qualifier', '…ks for the year ahead, and it said so that almost 5,000 people died of it in 2020, as once more the clerk…'),
        noYear(2021, '…ital, where the clerks put it in the books for the year ahead, and it said so that almost 5,000 people died of it in 2020, as once more the clerks wrote it down then in the books kept b…'),
        noSince(2019, '…ital, where the clerks put it in the books for the year ahead, and it said so that almost 5,000 people died of it in 2020, as once more the clerks wrote it down then in the books kept b…'),
      ],
    },
  ],
];

describe('a figure says only what its document says', () => {
  const stated = (test: StatisticCase) => {
    const claims = [claim('c', null, test.text, { kind: 'statistic', statistic: test.statistic })];
    return messages(statistics.statisticErrors(rules.ruleContext(pack({ claims }), { 'doc-1': test.document }, FILES)));
  };

  it.each(STATISTIC_CASES)('%s', (_label, test) => {
    expect(stated(test)).toEqual(test.expected);
  });

  it('gives every case above, together', () => {
    for (const [label, test] of STATISTIC_CASES) expect(stated(test), label).toEqual(test.expected);
  });

  it('says how far from the figure a year may stand', () => {
    expect(statistics.YEAR_WINDOW).toBe(150);
  });

  it('reads no claim without a statistic, and no document not bundled', () => {
    const document = 'Overdoses killed 106,000 people in 2021.';
    const claims = [claim('no-statistic', null, 'Overdoses killed 106,000 people'), claim('not-bundled', null, 'Overdoses killed 106,000 people', { source: 'doc-9', statistic: figure(5) }), claim('not-in-document', null, 'words nobody wrote', { statistic: figure(5) })];
    expect(statistics.statisticErrors(rules.ruleContext(pack({ claims }), { 'doc-1': document }, FILES))).toEqual([]);
  });
});

describe('figures share a measure id only when they measure the same thing', () => {
  const DOCUMENT = 'Overdoses killed 106,000 people in 2021. Aid came to $3 billion.';
  const deaths = 'Overdoses killed 106,000 people';
  const aid = (fields: Partial<Statistic> = {}) => figure(3e9, { unit: { en: 'dollars', es: 'dólares' }, currency: 'USD', measure: { id: 'aid', name: { en: 'Aid', es: 'Ayuda' } }, ...fields });
  const claims = () => [
    claim('same', null, deaths, { statistic: figure(106_000) }),
    claim('other-unit', null, deaths, { statistic: figure(106_000, { unit: { en: 'people', es: 'personas' } }) }),
    claim('other-name-and-year', null, deaths, { statistic: figure(106_000, { measure: { id: 'overdoses', name: { en: 'Overdoses', es: 'Sobredosis' } }, year: 2020 }) }),
    claim('other-currency', null, deaths, { statistic: figure(106_000, { currency: 'USD' }) }),
    claim('no-statistic', null, deaths),
    claim('aid', null, 'Aid came to $3 billion', { statistic: aid() }),
    claim('aid-again', null, 'Aid came to $3 billion', { statistic: aid() }),
    claim('aid-in-euros', null, 'Aid came to $3 billion', { statistic: aid({ unit: { en: 'euros', es: 'euros' } }) }),
  ];
  const OVERDOSES = 'expected the same unit and measure name as every other figure of the measure “overdoses” (“Overdose deaths”, in deaths)';
  const AID = 'expected the same unit and measure name as every other figure of the measure “aid” (“Aid”, in dollars)';

  it('compares each figure with the first of its measure in the pack, and checks it all the same', () => {
    expect(messages(statistics.statisticErrors(rules.ruleContext(pack({ claims: claims() }), { 'doc-1': DOCUMENT }, FILES)))).toEqual([
      `claims.json: at /1/statistic/measure (other-unit): ${OVERDOSES}, found “Overdose deaths”, in people: give a figure that counts something else a measure of its own`,
      `claims.json: at /2/statistic/measure (other-name-and-year): ${OVERDOSES}, found “Overdoses”, in deaths: give a figure that counts something else a measure of its own`,
      'claims.json: at /2/statistic/year (other-name-and-year): expected the year 2020 stated within 150 characters of the figure in doc-1, found no such year there; the document says “Overdoses killed 106,000 people in 2021. Aid came to $3 billion.”',
      `claims.json: at /3/statistic/measure (other-currency): ${OVERDOSES}, found “Overdose deaths”, in deaths: give a figure that counts something else a measure of its own`,
      `claims.json: at /7/statistic/measure (aid-in-euros): ${AID}, found “Aid”, in euros: give a figure that counts something else a measure of its own`,
    ]);
  });

  it('in a teacher pack, compares with the figures of the built-in fact base first', () => {
    const known = [claim('built-in-no-statistic', null, deaths), claim('built-in-overdoses', null, deaths, { statistic: figure(106_000, { unit: { en: 'people', es: 'personas' } }) })];
    const teacher = [claim('pack-same', null, deaths, { statistic: figure(106_000) }), claim('pack-other-unit', null, deaths, { statistic: figure(106_000, { unit: { en: 'people', es: 'personas' } }) })];
    expect(messages(statistics.statisticErrors(rules.ruleContext(pack({ claims: teacher }), { 'doc-1': DOCUMENT }, PACK_FILE, pack({ claims: known })), known))).toEqual([
      'pack.json: at /claims/0/statistic/measure (pack-same): expected the same unit and measure name as every other figure of the measure “overdoses” (“Overdose deaths”, in people), found “Overdose deaths”, in deaths: give a figure that counts something else a measure of its own',
    ]);
  });
});
