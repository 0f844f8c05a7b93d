// The engine against the labelled evaluation set: the targets are precision ≥ 0.98 and recall ≥ 0.95.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../scripts/lib/lexicon';
import { compileMatcher, findMentions, newDocumentContext } from '../../src/core/mentions';
import { hydrateLexicon, serializeLexicon, type SerializedLexicon } from '../../src/core/mentions/serialize';
import { evaluate, type LabelledPassage } from '../../src/core/mentions/evaluate';

const passages: LabelledPassage[] = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'mentions', 'passages.json'), 'utf8'));
const result = evaluate(passages, compileMatcher(loadLexicon()));

describe('the evaluation set', () => {
  it('is big enough to mean something', () => {
    expect(passages.length).toBeGreaterThanOrEqual(150);
    expect(passages.filter((passage) => passage.lang === 'es').length).toBeGreaterThanOrEqual(40);
    expect(passages.filter((passage) => passage.kind !== 'positive').length).toBeGreaterThanOrEqual(60);
  });

  it('meets the precision and recall targets', () => {
    const { precision, recall, f1 } = result.overall;
    console.log(`eval: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)} over ${passages.length} passages`);
    if (result.errors.length) console.log(result.errors.map((error) => `  ${error.passage} ${error.kind}: ${error.entity} "${error.text}"`).join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing in the negatives and traps', () => {
    const quiet = new Set(passages.filter((passage) => passage.kind !== 'positive').map((passage) => passage.id));
    expect(result.errors.filter((error) => quiet.has(error.passage))).toEqual([]);
  });
});

describe('the lexicon compiled at build time', () => {
  it('finds exactly what the lexicon compiled at start-up finds, after a trip through JSON', () => {
    const entities = loadLexicon();
    const atStartUp = compileMatcher(entities);
    const serialized = JSON.parse(JSON.stringify(serializeLexicon(atStartUp))) as SerializedLexicon;
    const fromBuild = hydrateLexicon(serialized);
    const scan = (matcher: typeof atStartUp, text: string) => findMentions(text, matcher, { context: newDocumentContext() });
    const texts = [...passages.map((passage) => passage.text), readFileSync(join(import.meta.dirname, '..', '..', 'data', 'corpus', readdirSync(join(import.meta.dirname, '..', '..', 'data', 'corpus')).sort()[2]!), 'utf8')];
    let compared = 0;
    for (const text of texts) {
      expect(scan(fromBuild, text)).toEqual(scan(atStartUp, text));
      compared += scan(atStartUp, text).length;
    }
    expect(compared).toBeGreaterThan(150);
    expect(fromBuild.records.length).toBe(atStartUp.records.length);
  });
});

describe('a large lexicon compiled at build time', () => {
  it('keeps its matches when the automaton outgrows its dense rows', () => {
    const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zi', 'pa', 'dre', 'gon'];
    const nameOf = (index: number) => {
      const word = (seed: number) => Array.from({ length: 3 }, (_, at) => syllables[(seed >> (at * 4)) % syllables.length]).join('');
      const cap = (text: string) => text[0]!.toUpperCase() + text.slice(1);
      return `${cap(word(index * 7 + 1))} ${cap(word(index * 13 + 5))}${index}`;
    };
    const entities = Array.from({ length: 3000 }, (_, index) => ({ id: `synthetic-${index}`, type: 'person' as const, name: { en: nameOf(index), es: nameOf(index) }, aliases: [{ text: nameOf(index) }] }));
    const atStartUp = compileMatcher(entities);
    const fromBuild = hydrateLexicon(JSON.parse(JSON.stringify(serializeLexicon(atStartUp))) as SerializedLexicon);
    expect(fromBuild.automaton.sparse.length).toBeGreaterThan(0);
    const text = [5, 77, 1500, 2999].map((index) => `Yesterday ${nameOf(index)} spoke.`).join(' ');
    const found = findMentions(text, fromBuild, { context: newDocumentContext() });
    expect(found.map((mention) => mention.entityId)).toEqual(['synthetic-5', 'synthetic-77', 'synthetic-1500', 'synthetic-2999']);
    expect(found).toEqual(findMentions(text, atStartUp, { context: newDocumentContext() }));
  });
});
