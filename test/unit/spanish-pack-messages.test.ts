// Spanish everywhere, for the messages a teacher reads when a pack is refused or set aside: the
// schema's and the references' problems, the structural checks, the alias policy, every
// faithfulness rule, and a damaged stored entry. Each is broken on purpose, worded with the Spanish
// catalog as the options page words it, and read for English left. The documents' own words
// (quoted) and the pack's ids, fields and values are the teacher's data, not ours to translate.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import es from '../../_locales/es/messages.json';
import { loadBuiltInPack } from '../../scripts/lib/lexicon';
import { checkStoredPacks, enableProblem, importPack } from '../../src/core/fact-packs';
import { faithfulnessErrors } from '../../src/core/factbase/rules';
import { packLocations, quoteErrors } from '../../src/core/factbase/validate';
import type { Phrase } from '../../src/core/phrase';
import type { FactPack } from '../../src/core/types';
import { loadCorpus } from '../../src/node/factbase-files';
import { sayPhrase, translator } from '../../src/ui/i18n';
import { ENGLISH, englishIn } from '../support/english-left';

const builtIn = loadBuiltInPack();
const corpus = loadCorpus(join(import.meta.dirname, '..', '..', 'data'), builtIn);
const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'packs', 'hostile');
const spanish = translator('es');

/** The pack format's own words: field names, kinds and sides are JSON, the same in any language. */
const FORMAT_WORDS = [
  'schemaVersion', 'sources', 'entities', 'claims', 'topics', 'questions', 'aliases', 'cues', 'ambiguous', 'caseSensitive',
  'singleVoice', 'not-stated', 'not stated', 'background', 'framing', 'reported', 'quote', 'statistic', 'enabled', 'importedAt',
  'fileName', 'pack', 'file', 'url', 'null', 'string', 'number', 'object', 'array', 'boolean', 'integer', 'true', 'false',
  'us-government', 'us-congress', 'us-state-government', 'mexican-government', 'expert', 'outlet', '__proto__', '$ref', 'onclick',
];

/**
 * What the reader sees for these phrases, and the English left in it. JSON paths (/claims/3/text)
 * and the values found in the teacher's file (JSON, cut short) are the teacher's data.
 */
function englishLeft(phrases: readonly Phrase[], allowed: readonly string[] = []): string[] {
  const data = (text: string) => text.replace(/(?<=\s|^)\/[\w/.-]*/g, ' ').replace(/(se encontró )[[{"].*?(?=; |$)/g, '$1 ');
  return phrases.flatMap((said) => englishIn(h('p', null, data(sayPhrase(spanish, said))), [...FORMAT_WORDS, ...allowed]));
}

/** The built-in fact base with one change made, checked by the rules a pack is checked by. */
function brokenRules(change: (pack: FactPack, claim: (id: string) => FactPack['claims'][number], entity: (id: string) => FactPack['entities'][number]) => void): Phrase[] {
  const pack = structuredClone(builtIn);
  const find = <T extends { id: string }>(items: T[], id: string): T => {
    const found = items.find((item) => item.id === id);
    if (!found) throw new Error(`no ${id} in the built-in fact base`);
    return found;
  };
  change(pack, (id) => find(pack.claims, id), (id) => find(pack.entities, id));
  const locations = packLocations('paquete.json');
  return [...quoteErrors(pack, corpus, locations).errors, ...faithfulnessErrors(pack, corpus, locations)].map((error) => error.phrase);
}

const refusedPhrases = (text: string, fileName = 'paquete.json'): Phrase[] => {
  const result = importPack(text, fileName, builtIn, [], corpus);
  if (result.ok) throw new Error(`${fileName} was accepted`);
  return result.phrases;
};

/** Keys of the catalog that core words for a teacher: checks, rules, packs, stored entries and their parts. */
const PACK_MESSAGE_KEY = /^(check|rule|pack|stored|alias|cue|char|unsafe|list|month)[A-Z]/;

describe('pack messages in Spanish', () => {
  it('finds English when the messages are worded with the English catalog (the check itself can fail)', () => {
    const english = translator('en');
    const phrases = refusedPhrases(readFileSync(join(HOSTILE, '13-unknown-reference.json'), 'utf8'));
    const text = phrases.map((said) => sayPhrase(english, said)).join('\n');
    expect(englishIn(h('p', null, text), FORMAT_WORDS).join('\n')).toMatch(/expected|existing|found/);
  });

  it('every message core has for a pack is Spanish in the Spanish catalog', () => {
    const catalog = es as Record<string, { message: string }>;
    const keys = Object.keys(en).filter((key) => PACK_MESSAGE_KEY.test(key));
    expect(keys.length).toBeGreaterThan(100);
    const left = keys.flatMap((key) => {
      // Placeholders, quoted examples ("the", «Kelly said») and field names are not words of ours.
      const ours = catalog[key]!.message.replace(/\$\d/g, ' ').replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, ' ');
      const formatWord = new Set(FORMAT_WORDS.map((word) => word.toLowerCase()));
      const words = (ours.toLowerCase().match(/[\p{L}’']+/gu) ?? []).filter((word) => ENGLISH.has(word) && !formatWord.has(word));
      return words.length ? [`${key}: ${words.join(', ')} in “${catalog[key]!.message}”`] : [];
    });
    expect(left).toEqual([]);
  });

  it.each(readdirSync(HOSTILE).sort())('the refusal of %s is worded in Spanish', (file) => {
    const result = importPack(readFileSync(join(HOSTILE, file), 'utf8'), file, builtIn, [], corpus);
    if (result.ok) return; // markup kept as inert text: accepted, nothing to say
    // JSON.parse's own words are the engine's, quoted as they are.
    const phrases = result.phrases.filter((said) => said.key !== 'packNotJson');
    expect(englishLeft(phrases, [file])).toEqual([]);
    expect(result.phrases.length).toBeGreaterThan(0);
  });

  it('the alias policy says why in Spanish: too short, stop words, a common word, a cue', () => {
    const pack = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'packs', 'example-pack.json'), 'utf8')) as FactPack;
    const [entity] = pack.entities;
    entity!.aliases = [{ text: 'EU', caseSensitive: true }, { text: 'of the' }, { text: 'que' }, { text: 'government' }];
    entity!.cues = ['the'];
    const phrases = refusedPhrases(JSON.stringify(pack));
    expect(phrases.map((said) => sayPhrase(spanish, said)).join('\n')).toMatch(/tiene 2 letras[\s\S]*palabra vacía[\s\S]*palabra común/);
    expect(englishLeft(phrases, [pack.id, entity!.id, 'EU', 'of the', 'que', 'government', 'the'])).toEqual([]);
  });

  const ruleCases: [string, Parameters<typeof brokenRules>[0]][] = [
    ['a year the document does not state', (_, claim) => (claim('nida-fentanyl-deaths').statistic!.year = 2023)],
    ['a hedge the document does not give', (_, claim) => (claim('nida-fentanyl-deaths').statistic!.qualifier = 'about')],
    ['a figure not in the claim’s words', (_, claim) => (claim('overdoses-2021').statistic!.value = 160000)],
    ['“since” a year the document does not give', (_, claim) => (claim('merida-assistance-figure').statistic!.since = 2008)],
    ['one measure for different counts', (_, claim) => (claim('nida-fentanyl-deaths').statistic!.measure = { ...claim('overdoses-2021').statistic!.measure, name: { en: 'Overdose deaths', es: 'Muertes' } })],
    ['a reporter’s sentence labelled a quote', (_, claim) => Object.assign(claim('relationship-eroded'), { kind: 'quote', speaker: 'feeley', attribution: 'Feeley and other experts said' })],
    ['words credited to someone the attribution does not name', (_, claim) => (claim('trump-fresh-strategies').speaker = 'donald-trump')],
    ['no attribution', (_, claim) => delete claim('kelly-magnet').attribution],
    ['framing with a speaker, a quote without one', (_, claim) => {
      claim('cooperation-lowest-point').speaker = 'feeley';
      claim('kelly-magnet').speaker = null;
    }],
    ['a date with no words behind it', (_, claim) => (claim('amlo-ended-cooperation').date = '2020-10')],
    ['an inferred year not marked', (_, claim) => delete claim('blinken-most-important-relationship').dateInferred],
    ['dating words not near the claim', (_, claim) => (claim('amlo-hugs-not-bullets').dateEvidence = 'in October 2020')],
    ['a speaker with no side', (_, __, entity) => delete entity('state-department').side],
    ['a side whose evidence does not name the entity', (_, __, entity) => Object.assign(entity('rudman'), { side: 'expert', sideEvidence: { source: 'doc-002', text: 'Feeley and other experts said' } })],
    ['a side with no evidence', (_, __, entity) => delete entity('lindsey-graham').sideEvidence],
    ['one voice, not declared, and a declaration that is not true', (pack) => {
      for (const topic of pack.topics) for (const position of topic.positions) position.singleVoice = !position.singleVoice;
    }],
    ['a full name from general knowledge', (_, __, entity) => (entity('andres-manuel-lopez-obrador').name.en = 'Andrés Manuel López Obrador')],
    ['a quote the document does not hold', (_, claim) => (claim('kelly-magnet').text = 'Words no document holds.')],
  ];

  it.each(ruleCases)('the faithfulness rules say in Spanish what is wrong: %s', (_, change) => {
    const phrases = brokenRules(change);
    expect(phrases.length).toBeGreaterThan(0);
    const ids = [...builtIn.claims, ...builtIn.entities, ...builtIn.topics, ...builtIn.sources].map((item) => item.id);
    const positions = builtIn.topics.flatMap((topic) => topic.positions.map((position) => `${topic.id}/${position.id}`));
    const units = builtIn.claims.flatMap((claim) => (claim.statistic ? [claim.statistic.unit.en, claim.statistic.measure.id] : []));
    expect(englishLeft(phrases, [...positions, ...ids, ...units])).toEqual([]);
  });

  it('a damaged stored entry is set aside with Spanish reasons and a Spanish label', () => {
    const looped: Record<string, unknown> = { enabled: true };
    looped.self = looped;
    const good = importPack(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'packs', 'example-pack.json'), 'utf8'), 'example-pack.json', builtIn, [], corpus);
    if (!good.ok) throw new Error('the example pack was refused');
    const check = checkStoredPacks([null, { enabled: true }, 'texto', good.stored, good.stored], builtIn, corpus);
    expect(check.setAside).toHaveLength(4);
    const words = check.setAside.flatMap((entry) => [typeof entry.label === 'object' ? entry.label : null, ...entry.reasons]).filter((said): said is Phrase => said !== null);
    expect(words.map((said) => sayPhrase(spanish, said)).join('\n')).toMatch(/paquete guardado 1[\s\S]*le falta/);
    expect(englishLeft(words, [good.stored.pack.id, good.stored.pack.title, 'example-pack.json'])).toEqual([]);
  });

  it('the enabled-alias budget says why in Spanish', () => {
    const big = structuredClone(builtIn);
    big.id = 'grande';
    const problem = enableProblem(big, Array.from({ length: 40 }, () => ({ pack: big, enabled: true, importedAt: '2026-01-01T00:00:00.000Z', fileName: 'grande.json' })).map((stored, index) => ({ ...stored, pack: { ...big, id: `grande-${index}` } })));
    expect(problem).not.toBeNull();
    expect(englishLeft([problem!], [big.title])).toEqual([]);
  });
});
