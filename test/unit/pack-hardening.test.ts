// The December 2026 audit's pack and stored-data scenarios (security-2026-12.md, D and E2), each one
// a case: packs that would swamp every page, clashes that name the wrong pack, reserved ids, uncapped
// error lists, bidi spoofing, and a damaged store that must not take the other packs down with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInPack } from '../../scripts/lib/lexicon';
import { aliasProblem } from '../../src/core/alias-policy';
import { checkStoredPacks, importPack, MAX_PACK_ERRORS, mergeEnabledPacks, packsInUse, type StoredPack } from '../../src/core/fact-packs';
import { createFactBase } from '../../src/core/factbase';
import { compileMatcher, findMentions } from '../../src/core/mentions';
import { phrase } from '../../src/core/phrase';
import { MAX_ENABLED_PACK_ALIASES, MAX_PACK_ALIASES } from '../../src/core/pack-limits';
import { packLexiconFor, readPackLexicon } from '../../src/core/stored-lexicon';
import { unsafeCharacterProblem } from '../../src/core/text-safety';
import type { Entity, FactPack } from '../../src/core/types';
import { loadCorpus } from '../../src/node/factbase-files';

const builtIn = loadBuiltInPack();
const corpus = loadCorpus(join(import.meta.dirname, '..', '..', 'data'), builtIn);
const exampleText = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'packs', 'example-pack.json'), 'utf8');
const example = (): FactPack => JSON.parse(exampleText);

/** The example pack with its entity's aliases replaced (and cues, if given). */
function withAliases(aliases: Entity['aliases'], extra: Partial<Entity> = {}, id = 'alias-pack'): FactPack {
  const pack = example();
  return { ...pack, id, title: `Pack ${id}`, entities: [{ ...pack.entities[0]!, aliases, ...extra }] };
}
const importOf = (pack: FactPack, existing: StoredPack[] = [], file = 'pack.json') => importPack(JSON.stringify(pack), file, builtIn, existing, corpus);
const errorsOf = (result: ReturnType<typeof importPack>) => (result.ok ? [] : result.errors).join('\n');
const stored = (pack: FactPack, enabled = true): StoredPack => ({ pack, enabled, importedAt: '2026-12-01T00:00:00.000Z', fileName: `${pack.id}.json` });

/** A pack with `count` entities of one made-up two-word alias each. */
function packWithAliases(count: number, id: string): FactPack {
  const pack = example();
  const letters = 'bcdfghjklmnpqrstvwz';
  const word = (n: number) => Array.from({ length: 3 }, (_, i) => letters[Math.floor(n / letters.length ** i) % letters.length]).join('') + 'ovar';
  const source = { ...pack.sources[0]!, id: `${id}-handout` };
  const entities = Array.from({ length: count }, (_, index) => ({
    ...pack.entities[0]!,
    id: `${id}-${index}`,
    name: { en: `Zor ${word(index)}`, es: `Zor ${word(index)}` },
    aliases: [{ text: `Zor ${word(index)}` }],
    mentionedIn: [source.id],
    topics: [],
  }));
  return { ...pack, id, title: `Pack ${id}`, sources: [source], entities, claims: [], topics: [], questions: [] };
}

describe('aliases that would swamp every page (D05, D28, failure 10)', () => {
  it.each(['the', 'The', 'and', 'of', 'to', 'in', 'de', 'la', 'el', 'que', 'is', 'on', 'at', 'it', 'by', 'or', 'as', 'an', 'be', 'we'])('refuses the stop word %j', (text) => {
    const result = importOf(withAliases([{ text: 'xylazine' }, { text }]));
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toMatch(/aliases\/1\/text \(xylazine\): ".*" (is a stop word|has \d letters)/);
  });

  it('refuses an alias of stop words, even marked ambiguous or case-sensitive', () => {
    expect(aliasProblem({ text: 'of the' })).toContain('made of stop words');
    expect(aliasProblem({ text: 'THE', caseSensitive: true })).toContain('stop word');
    expect(aliasProblem({ text: 'que', ambiguous: true })).toContain('stop word');
  });

  it('refuses one- and two-letter aliases, however they are written', () => {
    expect(aliasProblem({ text: 'EU', caseSensitive: true })).toContain('has 2 letters');
    expect(aliasProblem({ text: 'x.y' })).toContain('has 2 letters');
    expect(aliasProblem({ text: ' a ' })).toContain('one letter');
    expect(aliasProblem({ text: 'CBP', caseSensitive: true })).toBeNull();
  });

  it('refuses a common word on its own unless it is marked ambiguous or is a capital acronym', () => {
    expect(aliasProblem({ text: 'government' })).toContain('is a common English or Spanish word');
    expect(aliasProblem({ text: 'Gobierno' })).toContain('is a common English or Spanish word');
    expect(aliasProblem({ text: 'government', ambiguous: true })).toBeNull();
    expect(aliasProblem({ text: 'ICE', caseSensitive: true })).toBeNull();
    expect(aliasProblem({ text: 'Ice', caseSensitive: true })).toContain('common');
    expect(aliasProblem({ text: 'Border Patrol' })).toBeNull();
    expect(aliasProblem({ text: 'xylazine' })).toBeNull();
  });

  it('refuses a stop word as a cue, which would stand near every ambiguous alias', () => {
    const result = importOf(withAliases([{ text: 'xylazine' }, { text: 'government', ambiguous: true }], { cues: ['the'] }));
    expect(errorsOf(result)).toContain('/entities/0/cues/0 (xylazine): "the" is a stop word');
  });

  it('lets every alias of the built-in fact base through the same rules', () => {
    const refused = builtIn.entities.flatMap((entity) => entity.aliases.flatMap((alias) => (aliasProblem(alias) ? [`${entity.id}: ${alias.text}: ${aliasProblem(alias)}`] : [])));
    expect(refused).toEqual([]);
  });
});

describe('what packs may cost every page (D04b, D27, failure 8)', () => {
  it(`refuses a pack with more than ${MAX_PACK_ALIASES} aliases, saying the limit`, () => {
    const result = importOf(packWithAliases(MAX_PACK_ALIASES + 1, 'too-many'));
    expect(errorsOf(result)).toContain(`${MAX_PACK_ALIASES + 1} aliases is more than the ${MAX_PACK_ALIASES} a pack may add`);
    expect(importOf(packWithAliases(MAX_PACK_ALIASES, 'just-enough')).ok).toBe(true);
  });

  it(`refuses a pack that would take the enabled packs past ${MAX_ENABLED_PACK_ALIASES} aliases, and not one that is switched off`, () => {
    const first = stored(packWithAliases(50, 'first'));
    const result = importOf(packWithAliases(50, 'second'), [first]);
    expect(errorsOf(result)).toContain(`its 50 aliases and the 50 of the packs already switched on make 100, more than the ${MAX_ENABLED_PACK_ALIASES}`);
    expect(importOf(packWithAliases(50, 'second'), [{ ...first, enabled: false }]).ok).toBe(true);
  });

  it('keeps enabled packs over the budget out of use when they are read back, and says so', () => {
    const check = checkStoredPacks([stored(packWithAliases(50, 'first')), stored(packWithAliases(50, 'second'))], builtIn, corpus);
    expect(check.setAside).toEqual([]);
    expect(check.overBudget).toEqual([{ id: 'second', reason: expect.stringContaining(`more than the ${MAX_ENABLED_PACK_ALIASES} all enabled packs together may add`), phrase: expect.objectContaining({ key: 'packEnabledAliasBudget' }) }]);
    expect(packsInUse(check).map((entry) => entry.pack.id)).toEqual(['first']);
  });
});

describe('ids and the messages about them (D13b, D21, weaknesses 27 and 28)', () => {
  it('names the installed teacher pack a clash is with, not the built-in fact base', () => {
    const first = stored(example());
    const again = { ...example(), id: 'another-pack', title: 'Another pack' };
    const message = errorsOf(importOf(again, [first]));
    expect(message).toContain('entities id "xylazine" is already used by the pack "Example pack: xylazine, for a lesson on new drug threats" (example-classroom-pack)');
    expect(message).not.toContain('built-in fact base');
    expect(errorsOf(importOf({ ...example(), entities: [{ ...example().entities[0]!, id: 'fentanyl' }] }))).toContain('entities id "fentanyl" is already used by the built-in fact base');
  });

  it('reserves the id "counterpoint" and every built-in id for the built-in fact base', () => {
    expect(errorsOf(importOf({ ...example(), id: 'counterpoint' }))).toContain('the pack id "counterpoint" is reserved');
    expect(errorsOf(importOf({ ...example(), id: 'fentanyl' }))).toContain('the pack id "fentanyl" is reserved');
    expect(errorsOf(importOf({ ...example(), id: 'doc-000' }))).toContain('the pack id "doc-000" is reserved');
  });

  it(`caps a list of 5,000 reference errors at ${MAX_PACK_ERRORS} lines and a count`, () => {
    const pack = example();
    const claims = Array.from({ length: 5000 }, (_, index) => ({ ...pack.claims[0]!, id: `missing-${index}`, speaker: `nobody-${index}`, entities: [] }));
    const result = importOf({ ...pack, claims });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_PACK_ERRORS + 1);
    expect(result.errors.at(-1)).toBe(`…and ${(5000 - MAX_PACK_ERRORS).toLocaleString('en')} more problems of the same kinds.`);
  });

  it('caps schema and structural problems with a count of them all', () => {
    const pack = example();
    const schema = importOf({ ...pack, entities: Array.from({ length: 300 }, (_, index) => ({ ...pack.entities[0]!, id: `e-${index}`, type: 'wizard' as Entity['type'] })) });
    expect(schema.ok ? [] : schema.errors).toHaveLength(MAX_PACK_ERRORS + 1);
    expect(errorsOf(schema)).toMatch(/…and \d+ more problems/);
    const structural = importOf({ ...pack, description: undefined, sources: Array.from({ length: 100 }, (_, index) => ({ ...pack.sources[0]!, id: `s-${index}`, url: 'javascript:alert(1)' })) } as unknown as FactPack);
    expect(structural.ok ? [] : structural.errors).toHaveLength(MAX_PACK_ERRORS + 1);
    expect(errorsOf(structural)).toContain('…and 75 more problems of the same kinds.');
  });
});

describe('bidi and invisible characters in pack text (D23, weakness 29)', () => {
  it('refuses a right-to-left override in a name, naming the character', () => {
    const pack = example();
    const result = importOf({ ...pack, entities: [{ ...pack.entities[0]!, name: { en: 'Xylazine \u202eODIXEM DIAS\u202c', es: 'Xilacina' } }] });
    expect(errorsOf(result)).toContain('pack.json: /entities/0/name/en: contains U+202E (a right-to-left override) at character 10');
  });

  it.each([
    ['\u2066isolate\u2069', 'U+2066'],
    ['zero\u200bwidth', 'U+200B'],
    ['soft\u00adhyphen', 'U+00AD'],
    ['bell\u0007', 'U+0007'],
    ['\ufeffbom', 'U+FEFF'],
  ])('refuses %j', (text, code) => {
    expect(unsafeCharacterProblem(text)).toContain(code);
    expect(errorsOf(importOf(withAliases([{ text: 'xylazine' }, { text }])))).toContain(code);
  });

  it('keeps ordinary text, accents, tabs and line breaks', () => {
    expect(unsafeCharacterProblem('López Obrador — «fentanilo»\tline\nbreak ñ ü')).toBeNull();
  });
});

describe('a damaged store is set aside, and every other pack keeps working (E2, failure 6)', () => {
  const good = stored(example());
  const packOf = (change: (pack: Record<string, unknown>) => void) => {
    const pack = example() as unknown as Record<string, unknown>;
    change(pack);
    return { ...good, pack };
  };
  const cases: [string, unknown, string][] = [
    ['null', null, 'found null'],
    ['a number', 1, 'found number'],
    ['text', 'x', 'found string'],
    ['an empty object', {}, 'it is missing whether it is switched on ("enabled")'],
    ['only enabled', { enabled: true }, 'the pack itself ("pack")'],
    ['pack: null', { ...good, pack: null }, 'the pack itself ("pack")'],
    ['entities: [null]', packOf((pack) => (pack.entities = [null])), '/entities/0'],
    ['no claims array', packOf((pack) => delete pack.claims), 'a "claims" field'],
    ['no sources array', packOf((pack) => delete pack.sources), 'a "sources" field'],
    ['aliases not an array', packOf((pack) => ((pack.entities as Record<string, unknown>[])[0]!.aliases = 'tranq')), '/entities/0/aliases'],
    ['an unknown entity type', packOf((pack) => ((pack.entities as Record<string, unknown>[])[0]!.type = 'wizard')), '/entities/0/type'],
    ['a stop-word alias stored before the rule', packOf((pack) => ((pack.entities as { aliases: unknown[] }[])[0]!.aliases = [{ text: 'the' }])), 'is a stop word'],
  ];

  it.each(cases)('sets aside %s with a reason, and keeps the good pack', (_name, entry, reason) => {
    const other = stored({ ...example(), id: 'other-pack', title: 'Other pack', entities: [], claims: [], topics: [], questions: [] });
    const check = checkStoredPacks([entry, other], builtIn, corpus);
    expect(check.packs.map((kept) => kept.pack.id)).toEqual(['other-pack']);
    expect(check.setAside).toHaveLength(1);
    expect(check.setAside[0]!.index).toBe(0);
    expect(check.setAside[0]!.reasons.join('\n')).toContain(reason);
    expect(check.setAside[0]!.raw).toBe(entry);
    // Nothing downstream throws: the fact base builds, and so does the matcher from the stored names.
    const merged = mergeEnabledPacks(builtIn, packsInUse(check));
    expect(createFactBase(merged).lookup('fentanyl')).toBeTruthy();
    expect(() => compileMatcher(readPackLexicon(JSON.parse(JSON.stringify(packLexiconFor(packsInUse(check))))).entities)).not.toThrow();
  });

  it('reads a stored value that is not a list as a list of one, to set aside and keep', () => {
    const check = checkStoredPacks('factPacks', builtIn, corpus);
    expect(check.setAside).toEqual([{ index: 0, label: 'stored pack 1', labelPhrase: phrase('packStoredEntry', 1), reasons: [expect.stringContaining('found string')], phrases: [expect.objectContaining({ key: 'packStoredNotAnEntry' })], raw: 'factPacks' }]);
    expect(checkStoredPacks(undefined, builtIn, corpus)).toEqual({ packs: [], setAside: [], overBudget: [] });
  });

  it('sets aside an entry that loops (Firefox storage keeps what structured clone keeps), without throwing', () => {
    const looped = stored(example()) as unknown as { pack: Record<string, unknown> };
    looped.pack.self = looped.pack;
    const check = checkStoredPacks([looped, good], builtIn, corpus);
    expect(check.packs).toHaveLength(1);
    expect(check.setAside[0]!.reasons[0]).toContain('the stored entry cannot be read');
  });

  it('sets aside the second copy of a pack stored twice, naming the first', () => {
    const check = checkStoredPacks([good, good], builtIn, corpus);
    expect(check.packs).toHaveLength(1);
    expect(check.setAside[0]!.reasons.join('\n')).toContain('a pack with the id "example-classroom-pack" is already installed');
  });

  it('checks stored claims that cite a built-in document word for word, as on import', () => {
    const forged = packOf((pack) => {
      (pack.claims as Record<string, unknown>[]).push({ id: 'forged', kind: 'quote', speaker: 'rex-tillerson', attribution: 'Tillerson said', date: 'not stated', source: 'doc-000', lang: 'en', entities: ['rex-tillerson'], text: 'FABRICATED: Mexico alone is to blame.' });
    });
    const check = checkStoredPacks([forged], builtIn, corpus);
    expect(check.packs).toEqual([]);
    expect(check.setAside[0]!.reasons.join('\n')).toContain('expected words found as written in source doc-000');
  });
});

describe('the names the content script reads (packLexicon)', () => {
  const lexicon = () => JSON.parse(JSON.stringify(packLexiconFor([stored(example())])));

  it('round-trips the in-use packs’ highlighted entities, without alias notes', () => {
    const { entities, problems } = readPackLexicon(lexicon());
    expect(problems).toEqual([]);
    expect(entities.map((entity) => entity.id)).toEqual(['xylazine']);
    const matcher = compileMatcher(entities);
    expect(findMentions('Officials found xylazine, or tranq, in the supply.', matcher).map((mention) => mention.entityId)).toEqual(['xylazine', 'xylazine']);
  });

  it.each([
    ['not an object', 'packLexicon'],
    ['a future version', { version: 9, packs: [] }],
    ['packs not a list', { version: 1, packs: {} }],
  ])('treats %s as damaged, with nothing matched', (_name, raw) => {
    expect(readPackLexicon(raw)).toEqual({ entities: [], problems: [expect.stringContaining('damaged')] });
  });

  it.each([
    ['an entity that is null', (raw: { packs: { entities: unknown[] }[] }) => (raw.packs[0]!.entities = [null])],
    ['aliases that are text', (raw: { packs: { entities: Record<string, unknown>[] }[] }) => (raw.packs[0]!.entities[0]!.aliases = 'tranq')],
    ['an empty alias', (raw: { packs: { entities: { aliases: unknown[] }[] }[] }) => (raw.packs[0]!.entities[0]!.aliases = [{ text: '' }])],
    ['an unknown type', (raw: { packs: { entities: Record<string, unknown>[] }[] }) => (raw.packs[0]!.entities[0]!.type = 'wizard')],
    ['cues that are not text', (raw: { packs: { entities: Record<string, unknown>[] }[] }) => (raw.packs[0]!.entities[0]!.cues = [1])],
  ])('skips a pack with %s, and the next pack still counts', (_name, damage) => {
    const raw = lexicon();
    damage(raw);
    raw.packs.push({ id: 'second', entities: [{ id: 'second-entity', type: 'person', name: { en: 'Zor Bovar', es: 'Zor Bovar' }, aliases: [{ text: 'Zor Bovar' }] }] });
    const { entities, problems } = readPackLexicon(raw);
    expect(entities.map((entity) => entity.id)).toEqual(['second-entity']);
    expect(problems).toEqual([expect.stringContaining('skipped the teacher pack example-classroom-pack')]);
    expect(() => compileMatcher(entities)).not.toThrow();
  });

  it('holds the alias budget even when storage says otherwise', () => {
    const raw = JSON.parse(JSON.stringify(packLexiconFor([stored(packWithAliases(50, 'first')), stored(packWithAliases(50, 'second'))])));
    const { entities, problems } = readPackLexicon(raw);
    expect(entities.reduce((total, entity) => total + entity.aliases.length, 0)).toBe(50);
    expect(problems).toEqual([expect.stringContaining('skipped the teacher pack second')]);
  });
});
