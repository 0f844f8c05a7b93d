// The engine against the labelled evaluation set: the targets are precision ≥ 0.98 and recall ≥ 0.95.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../scripts/lib/lexicon';
import { compileMatcher } from '../../src/core/mentions';
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
