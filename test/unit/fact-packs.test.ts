// Teacher packs are untrusted files. Each hostile or broken one is rejected with a clear message,
// or, where it only carries markup in text, accepted as inert text. Nothing is stored on failure
// (importPack is pure; the options page stores only an accepted pack).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInPack } from '../../scripts/lib/lexicon';
import { checkStoredPacks, enableProblem, importPack, MAX_PACK_CHARACTERS, MAX_PACK_ERRORS, mergeEnabledPacks } from '../../src/core/fact-packs';
import { inEnglish } from '../../src/core/phrase';
import type { Claim, FactPack } from '../../src/core/types';
import { loadCorpus } from '../../src/node/factbase-files';

const builtIn = loadBuiltInPack();
const corpus = loadCorpus(join(import.meta.dirname, '..', '..', 'data'), builtIn);
const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'packs', 'hostile');
const example = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'packs', 'example-pack.json'), 'utf8');

/** What each file must produce: a phrase of the message, or "inert" for markup kept as plain text. */
const EXPECTED: Record<string, string> = {
  '01-invalid-json.json': 'not valid JSON',
  '02-wrong-schema-version.json': 'schemaVersion 2 is not supported',
  '03-no-schema-version.json': 'schemaVersion null is not supported',
  '04-array-not-object.json': 'a pack is one JSON object',
  '05-circular-ref.json': '"$ref" is not allowed',
  '06-proto-pollution.json': '"__proto__" is not allowed',
  '07-javascript-url.json': 'only http and https links are allowed',
  '08-data-url.json': 'only http and https links are allowed',
  '09-script-in-name.json': 'inert',
  '10-html-in-description.json': 'inert',
  '11-deep-nesting.json': 'nested more than 16 levels deep',
  '12-clashes-with-built-in.json': 'entities id "fentanyl" is already used by the built-in fact base',
  '13-unknown-reference.json': 'expected the id of an existing entity, found "no-such-entity"',
  '14-duplicate-ids.json': 'expected an id not used by another item in claims',
  '15-wrong-type.json': '/entities/0/type: expected one of',
  '16-overlong-text.json': '/entities/0/description/en',
  '17-unknown-field.json': 'expected no field named "onclick"',
  '18-bad-id.json': '/entities/0/id: expected text matching',
  '19-too-many-aliases.json': '/entities/0/aliases',
  '20-topic-with-one-position.json': '/topics/0/positions',
};

describe('teacher packs', () => {
  it('accepts the example pack, and merges it with the built-in fact base', () => {
    const result = importPack(example, 'example-pack.json', builtIn, [], corpus);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = mergeEnabledPacks(builtIn, [result.stored]);
    expect(merged.entities.find((entity) => entity.id === 'xylazine')?.name.es).toBe('Xilacina');
    expect(mergeEnabledPacks(builtIn, [{ ...result.stored, enabled: false }]).entities.some((entity) => entity.id === 'xylazine')).toBe(false);
    // Installing the same pack twice is a clash, not a silent overwrite, and the message says why.
    const again = importPack(example, 'example-pack.json', builtIn, [result.stored]);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors).toContain(`example-pack.json: a pack with the id "${result.stored.pack.id}" is already installed ("${result.stored.pack.title}"); remove it first to replace it`);
    // The same id with none of the same items is still the same pack.
    const renamed = { ...JSON.parse(example), sources: [], entities: [], claims: [], topics: [], questions: [] };
    const sameId = importPack(JSON.stringify(renamed), 'renamed.json', builtIn, [result.stored]);
    expect(sameId.ok ? [] : sameId.errors).toContain(`renamed.json: a pack with the id "${result.stored.pack.id}" is already installed ("${result.stored.pack.title}"); remove it first to replace it`);
  });

  const files = readdirSync(HOSTILE).sort();
  it('has at least 15 hostile or broken packs, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.filter((file) => !EXPECTED[file])).toEqual([]);
  });

  it.each(files)('%s is rejected with a clear message, or neutralized', (file) => {
    const result = importPack(readFileSync(join(HOSTILE, file), 'utf8'), file, builtIn, [], corpus);
    if (EXPECTED[file] === 'inert') {
      expect(result.ok).toBe(true);
      if (result.ok) expect(JSON.stringify(result.stored.pack)).toContain('<');
      return;
    }
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).toContain(EXPECTED[file]);
      expect(result.errors.every((error) => error.startsWith(file))).toBe(true);
    }
  });

  it('refuses a 50 MB file before parsing it', () => {
    const huge = `{"schemaVersion":1,"id":"huge","title":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const result = importPack(huge, 'huge.json', builtIn, []);
    expect(result).toMatchObject({ ok: false, errors: [expect.stringContaining('more than the 1,000,000 a pack may have')] });
  });

  // JSON.parse makes "__proto__" an own key, harmless until something copies it into an object
  // (a spread or Object.assign then sets that object's prototype): so no such key gets past the import.
  it.each([
    ['__proto__', '/__proto__'],
    ['__proto__', '/entities/0/__proto__'],
    ['constructor', '/entities/0/name/constructor'],
    ['prototype', '/topics/0/positions/1/prototype'],
  ])('refuses a "%s" key wherever it is (%s), before anything copies the pack', (key, path) => {
    // Written into the text: assigning "__proto__" on an object would set its prototype instead.
    const pack = JSON.parse(example);
    const holder = path.split('/').slice(1, -1).reduce((node, part) => node[part], pack);
    holder.KEY_PLACEHOLDER = { polluted: true };
    const result = importPack(JSON.stringify(pack).replace('"KEY_PLACEHOLDER"', JSON.stringify(key)), 'x.json', builtIn, []);
    expect(result.ok ? [] : result.errors).toContain(`x.json: ${path}: "${key}" is not allowed in a pack`);
  });
});

/** A small pack with one claim, for the rules a pack shares with the built-in fact base. */
function packWith(claim: Partial<Claim>, extra: Partial<FactPack> = {}): string {
  const base: FactPack = JSON.parse(example);
  return JSON.stringify({
    ...base,
    ...extra,
    claims: [...base.claims, { id: 'pack-claim', kind: 'quote', speaker: 'rex-tillerson', date: 'not stated', source: 'doc-000', lang: 'en', entities: ['rex-tillerson'], text: '', ...claim }],
  });
}

describe('a teacher pack’s claims that cite a built-in document are checked like ours', () => {
  it('refuses a fabricated quote put in a real official’s mouth', () => {
    const result = importPack(packWith({ text: 'Mexico is entirely to blame for our overdose crisis.', attribution: 'Tillerson said at the start of the conference' }), 'fake.json', builtIn, [], corpus);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain('fake.json: at /claims/3/text: expected words found as written in source doc-000, found "Mexico is entirely to blame');
  });

  it('refuses real words credited to the wrong speaker', () => {
    const result = importPack(
      packWith({ source: 'doc-002', text: 'We are not contemplating military action against Mexico', attribution: 'Watson, a spokesperson for the NSC, said in a statement' }),
      'wrong-speaker.json', builtIn, [], corpus,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/wrong-speaker\.json: at \/claims\/3\/attribution \(pack-claim\): expected the attribution to name Rex Tillerson/);
  });

  it('refuses a reporter’s sentence labelled a quote, and a year the document does not give', () => {
    const result = importPack(
      packWith({ kind: 'quote', text: 'Kelly reiterated Tillerson’s remarks during his own opening comments.', speaker: 'john-kelly', attribution: 'Kelly reiterated', date: '2017', dateEvidence: 'Kelly reiterated' }),
      'mislabelled.json', builtIn, [], corpus,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).toContain('(pack-claim): expected a quote that doc-000 puts inside quotation marks');
      expect(result.errors.join('\n')).toContain('(pack-claim): expected a reason why the year 2017 of 2017 is inferred');
    }
  });

  it('accepts words of a built-in document credited as the document does', () => {
    const result = importPack(
      packWith({ source: 'doc-002', speaker: 'watson', entities: ['watson'], text: 'We are not contemplating military action against Mexico', attribution: 'Watson, a spokesperson for the NSC, said in a statement' }),
      'right.json', builtIn, [], corpus,
    );
    expect(result).toMatchObject({ ok: true });
  });

  it('refuses a pack that bundles a document of its own', () => {
    const base = JSON.parse(example) as FactPack;
    const result = importPack(JSON.stringify({ ...base, sources: [{ ...base.sources[0]!, url: undefined, file: '000_ae4827f7833c9395.txt' }] }), 'bundled.json', builtIn, [], corpus);
    expect(result).toMatchObject({ ok: false, errors: [expect.stringContaining('bundled.json: at /sources/0/file: expected a "url" for the teacher’s own source')] });
  });

  it('gives every speaker a side, and declares a position with one voice', () => {
    const base = JSON.parse(example) as FactPack;
    const speaker = { id: 'pack-nurse', type: 'person', name: { en: 'A nurse', es: 'Una enfermera' }, aliases: [], description: { en: 'x', es: 'x' }, mentionedIn: ['class-handout-1'], topics: [] };
    const noSide = JSON.stringify({ ...base, entities: [...base.entities, speaker], claims: [...base.claims, { ...base.claims[0]!, id: 'nurse-said', speaker: 'pack-nurse' }] });
    const result = importPack(noSide, 'no-side.json', builtIn, [], corpus);
    expect(result).toMatchObject({ ok: false, errors: [expect.stringContaining('no-side.json: at /entities/1/side (pack-nurse): expected a side, since A nurse speaks in claim nurse-said')] });
    const undeclared = JSON.stringify({ ...base, topics: base.topics.map((topic) => ({ ...topic, positions: topic.positions.map(({ singleVoice: _single, ...position }) => position) })) });
    const second = importPack(undeclared, 'undeclared.json', builtIn, [], corpus);
    expect(second).toMatchObject({ ok: false, errors: [expect.stringContaining('(xylazine-response/new-response): expected claims from at least two speakers or two sources, or "singleVoice": true')] });
  });

  it('caps the list of problems', () => {
    const base = JSON.parse(example) as FactPack;
    const claims = Array.from({ length: 60 }, (_, index) => ({ ...base.claims[0]!, id: `bad-${index}`, source: 'doc-000', text: `Words that doc-000 does not hold, number ${index}.` }));
    const result = importPack(JSON.stringify({ ...base, claims: [...base.claims, ...claims] }), 'many.json', builtIn, [], corpus);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(MAX_PACK_ERRORS + 1);
      expect(result.errors.at(-1)).toBe('…and 35 more problems of the same kinds.');
    }
  });
});

describe('the structural check, at its edges', () => {
  const base = () => JSON.parse(example) as Record<string, unknown>;
  const errorsOf = (pack: unknown) => {
    const result = importPack(JSON.stringify(pack), 'edge.json', builtIn, [], corpus);
    return result.ok ? [] : result.errors;
  };
  /** `value` inside `levels` arrays. */
  const nested = (levels: number, value: unknown = 1): unknown => (levels === 0 ? value : [nested(levels - 1, value)]);

  it('lets a pack nest 16 levels deep and refuses 17, at the path where it goes too deep', () => {
    // The pack is level 0 and its field level 1: 15 arrays put the number at level 16.
    expect(errorsOf({ ...base(), extra: nested(15) }).join('\n')).not.toContain('nested more than');
    expect(errorsOf({ ...base(), extra: nested(16) })).toEqual([`edge.json: /extra${'/0'.repeat(16)}: nested more than 16 levels deep`]);
  });

  it(`lists exactly ${MAX_PACK_ERRORS} problems without a count, and one more with one`, () => {
    const sources = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `s-${index}`, url: 'javascript:alert(1)' }));
    const exact = errorsOf({ ...base(), sources: sources(MAX_PACK_ERRORS) });
    expect(exact).toHaveLength(MAX_PACK_ERRORS);
    expect(exact.at(-1)).toBe(`edge.json: /sources/${MAX_PACK_ERRORS - 1}/url: only http and https links are allowed, found "javascript:alert(1)"`);
    const over = errorsOf({ ...base(), sources: sources(MAX_PACK_ERRORS + 1) });
    expect(over).toHaveLength(MAX_PACK_ERRORS + 1);
    expect(over.at(-2)).toBe(exact.at(-1));
    expect(over.at(-1)).toBe('…and 1 more problem of the same kind.');
  });

  it('checks a link wherever its field name ends in "url", and quotes only its first 60 characters', () => {
    const long = `javascript:${'x'.repeat(100)}`;
    expect(errorsOf({ ...base(), homepageURL: long })).toEqual([`edge.json: /homepageURL: only http and https links are allowed, found ${JSON.stringify(long.slice(0, 60))}`]);
    // A field that only contains "url" is not a link: the schema refuses it as unknown instead.
    expect(errorsOf({ ...base(), urlNote: 'see the handout' }).join('\n')).not.toContain('only http and https links');
    expect(errorsOf({ ...base(), homepageUrl: 'https://example.org/a' }).join('\n')).not.toContain('only http and https links');
  });

  it('names "$ref" apart from the other forbidden keys', () => {
    expect(errorsOf({ ...base(), $ref: '#/entities' })).toEqual([expect.stringContaining('edge.json: /$ref: "$ref" is not allowed in a pack (references between parts')]);
    expect(errorsOf({ ...base(), $id: 'x' })).toEqual(['edge.json: /$id: "$id" is not allowed in a pack']);
  });
});

describe('the checks of a pack, one by one', () => {
  const base = () => JSON.parse(example) as FactPack;
  const stored = (pack: FactPack, enabled = true) => ({ pack, enabled, importedAt: '2026-12-01T00:00:00.000Z', fileName: `${pack.id}.json` });
  const errorsOf = (text: string, existing: ReturnType<typeof stored>[] = []) => {
    const result = importPack(text, 'p.json', builtIn, existing, corpus);
    return result.ok ? [] : result.errors;
  };

  it.each(['null', '5', '"a pack"', 'true'])('refuses %s as no JSON object', (text) => {
    expect(errorsOf(text)).toEqual(['p.json: a pack is one JSON object, with schemaVersion, id, title, sources, entities, claims, topics and questions.']);
  });

  it('reads a link field that is not text as the schema’s problem, not a link’s', () => {
    const pack = base();
    const errors = errorsOf(JSON.stringify({ ...pack, sources: [{ ...pack.sources[0]!, url: 5 }] }));
    expect(errors.join('\n')).toContain('/sources/0/url');
    expect(errors.join('\n')).not.toContain('only http and https links');
  });

  it('accepts a pack whose text is exactly the size limit', () => {
    const text = example.trimEnd();
    const padded = text + ' '.repeat(MAX_PACK_CHARACTERS - text.length);
    expect(padded).toHaveLength(MAX_PACK_CHARACTERS);
    expect(importPack(padded, 'p.json', builtIn, [], corpus).ok).toBe(true);
    expect(errorsOf(`${padded} `)).toEqual([`p.json: ${(MAX_PACK_CHARACTERS + 1).toLocaleString('en')} characters is more than the ${MAX_PACK_CHARACTERS.toLocaleString('en')} a pack may have.`]);
  });

  it('checks the cues of an accepted pack and lets good ones through', () => {
    const pack = base();
    const withCues = { ...pack, entities: [{ ...pack.entities[0]!, cues: ['sedative', 'veterinary'] }] };
    expect(importPack(JSON.stringify(withCues), 'p.json', builtIn, [], corpus).ok).toBe(true);
    expect(errorsOf(JSON.stringify({ ...pack, entities: [{ ...pack.entities[0]!, cues: ['sedative', 'the'] }] })).join('\n')).toContain('at /entities/0/cues/1');
  });

  it('does not count a pack against itself when it is switched on again', () => {
    const pack = base();
    const aliases = Array.from({ length: 40 }, (_, index) => ({ text: `Zorvex ${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}lor` }));
    const big = { ...pack, entities: [{ ...pack.entities[0]!, aliases }] };
    expect(enableProblem(big, [stored(big)])).toBeNull();
    expect(enableProblem(big, [stored({ ...big, id: 'other-pack' })])).not.toBeNull();
  });
});

describe('stored packs read back', () => {
  const pack = JSON.parse(example) as FactPack;
  const entry = (extra: Record<string, unknown> = {}) => ({ pack, enabled: true, importedAt: '2026-12-01T00:00:00.000Z', fileName: 'example.json', ...extra });
  const reasons = (raw: unknown) => checkStoredPacks(raw, builtIn, corpus).setAside.map((aside) => aside.reasons.map(inEnglish).join(' | '));
  const labels = (raw: unknown) => checkStoredPacks(raw, builtIn, corpus).setAside.map((aside) => inEnglish(aside.label));

  it('reads nothing stored, or null, as no packs', () => {
    expect(checkStoredPacks(null, builtIn, corpus)).toEqual({ packs: [], setAside: [], overBudget: [] });
    expect(checkStoredPacks([], builtIn, corpus)).toEqual({ packs: [], setAside: [], overBudget: [] });
  });

  it('says what a damaged entry is missing, each part by name', () => {
    expect(reasons([{ pack, enabled: true }])).toEqual([`"${pack.title}": the stored entry is damaged; it is missing when it was imported ("importedAt") and its file name ("fileName")`]);
    expect(reasons([[pack]])).toEqual(['stored pack 1: expected a stored pack (an object with the pack and whether it is on), found a list']);
    expect(reasons([entry({ importedAt: 'x'.repeat(41) })])[0]).toContain('when it was imported ("importedAt")');
    expect(reasons([entry({ fileName: '' })])[0]).toContain('its file name ("fileName")');
    expect(reasons([entry({ fileName: 'x'.repeat(301) })])[0]).toContain('its file name ("fileName")');
    expect(checkStoredPacks([entry({ fileName: 'x'.repeat(300), importedAt: 'x'.repeat(40) })], builtIn, corpus).packs).toHaveLength(1);
  });

  it('names a set-aside entry by its title, else its id, else its place, with its file name', () => {
    const broken = { ...pack, entities: 'broken' };
    expect(labels([entry({ pack: broken })])).toEqual([`"${pack.title}" (example.json)`]);
    expect(labels([entry({ pack: { ...broken, title: 'x'.repeat(201) } })])).toEqual([`"${pack.id}" (example.json)`]);
    expect(labels([entry({ pack: { ...broken, title: 'x'.repeat(200) } })])).toEqual([`"${'x'.repeat(200)}" (example.json)`]);
    expect(labels([entry({ pack: { ...broken, title: '', id: 'x'.repeat(81) }, fileName: 7 })])).toEqual(['stored pack 1']);
    expect(labels([entry({ pack: { ...broken, title: 5, id: 'x'.repeat(80) } })])).toEqual([`"${'x'.repeat(80)}" (example.json)`]);
    expect(labels(['junk', entry({ pack: broken, fileName: '' })])).toEqual(['stored pack 1', `"${pack.title}"`]);
  });

  it('reads a stored pack of exactly the size limit as any other, and one character more as too large', () => {
    const padded = (extra: number) => {
      const bare = { ...pack, padding: '' };
      return { ...pack, padding: 'x'.repeat(MAX_PACK_CHARACTERS - JSON.stringify(bare).length + extra) };
    };
    expect(JSON.stringify(padded(0))).toHaveLength(MAX_PACK_CHARACTERS);
    // Refused for its unknown field, not for its size.
    expect(reasons([entry({ pack: padded(0) })])[0]).toContain('"padding"');
    expect(reasons([entry({ pack: padded(0) })])[0]).not.toContain('more than the');
    expect(reasons([entry({ pack: padded(1) })])[0]).toContain('1,000,001 characters is more than the 1,000,000 a pack may have.');
  });

  it('sets aside a stored pack over the size limit, saying so', () => {
    const huge = { ...pack, description: 'x'.repeat(MAX_PACK_CHARACTERS) };
    expect(reasons([entry({ pack: huge })])[0]).toMatch(/: [\d,]+ characters is more than the 1,000,000 a pack may have\.$/);
  });

  it('counts only the packs switched on against the alias budget, and names the one left out', () => {
    const aliases = Array.from({ length: 40 }, (_, index) => ({ text: `Zorvex ${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}lor` }));
    const big = (id: string) => ({ ...pack, id, title: `Pack ${id}`, sources: pack.sources.map((source) => ({ ...source, id: `${id}-${source.id}` })), entities: [{ ...pack.entities[0]!, id: `${id}-entity`, mentionedIn: pack.sources.map((source) => `${id}-${source.id}`), aliases, topics: [] }], claims: [], topics: [], questions: [] });
    const off = checkStoredPacks([entry({ pack: big('first'), enabled: false }), entry({ pack: big('second') })], builtIn, corpus);
    expect(off.setAside).toEqual([]);
    expect(off.overBudget).toEqual([]);
    const on = checkStoredPacks([entry({ pack: big('first') }), entry({ pack: big('second') })], builtIn, corpus);
    expect(on.overBudget.map((over) => [over.id, inEnglish(over.reason)])).toEqual([['second', expect.stringMatching(/^"Pack second": its 40 aliases and the 40 of the packs already switched on make 80/)]]);
  });
});
