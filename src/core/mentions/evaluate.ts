// Scores the engine against labelled passages: precision, recall and F1 overall, per entity type,
// and for exact versus fuzzy matches, with every error listed. Pure, so tests and scripts share it.
import type { EntityType } from '../types';
import type { CompiledLexicon } from './compile';
import { findMentionsIn, newDocumentContext } from './find';
import { foldString } from './fold';

export interface LabelledPassage {
  id: string;
  lang: 'en' | 'es';
  kind: 'positive' | 'negative' | 'trap';
  origin: string;
  text: string;
  expected: { entity: string; text: string }[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationError {
  passage: string;
  kind: 'false positive' | 'missed';
  entity: string;
  text: string;
  reason?: string;
}

export interface Evaluation {
  overall: Score;
  byType: Record<string, Score>;
  byMatch: { exact: Score; fuzzy: Score };
  byLang: Record<string, Score>;
  errors: EvaluationError[];
  passages: number;
}

type Tally = { tp: number; fp: number; fn: number };
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
export function score({ tp, fp, fn }: Tally): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function evaluate(passages: readonly LabelledPassage[], lexicon: CompiledLexicon): Evaluation {
  const overall = empty();
  const byType = new Map<string, Tally>();
  const byMatch = { exact: empty(), fuzzy: empty() };
  const byLang = new Map<string, Tally>();
  const errors: EvaluationError[] = [];
  const knownAliases = new Set<string>();
  for (const records of lexicon.automaton.records) records?.forEach((record) => knownAliases.add(record.folded));
  const typeOf = (entity: string): EntityType | 'unknown' => lexicon.entityTypes.get(entity) ?? 'unknown';
  const bump = (tally: Map<string, Tally>, key: string, field: keyof Tally) => {
    const entry = tally.get(key) ?? empty();
    entry[field]++;
    tally.set(key, entry);
  };

  for (const passage of passages) {
    const found = findMentionsIn(passage.text, lexicon, { context: newDocumentContext() });
    const expected = passage.expected.map((item) => ({ ...item, matched: false }));
    for (const mention of found) {
      const match = expected.find((item) => !item.matched && item.entity === mention.entityId && item.text === mention.text);
      const group = mention.fuzzy ? byMatch.fuzzy : byMatch.exact;
      if (match) {
        match.matched = true;
        overall.tp++;
        group.tp++;
        bump(byType, typeOf(mention.entityId), 'tp');
        bump(byLang, passage.lang, 'tp');
      } else {
        overall.fp++;
        group.fp++;
        bump(byType, typeOf(mention.entityId), 'fp');
        bump(byLang, passage.lang, 'fp');
        errors.push({ passage: passage.id, kind: 'false positive', entity: mention.entityId, text: mention.text, reason: mention.reason });
      }
    }
    for (const item of expected.filter((candidate) => !candidate.matched)) {
      overall.fn++;
      (knownAliases.has(foldString(item.text).replace(/'s$/, '')) ? byMatch.exact : byMatch.fuzzy).fn++;
      bump(byType, typeOf(item.entity), 'fn');
      bump(byLang, passage.lang, 'fn');
      errors.push({ passage: passage.id, kind: 'missed', entity: item.entity, text: item.text });
    }
  }
  const scores = (tally: Map<string, Tally>) => Object.fromEntries([...tally].sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => [key, score(value)]));
  return {
    overall: score(overall),
    byType: scores(byType),
    byMatch: { exact: score(byMatch.exact), fuzzy: score(byMatch.fuzzy) },
    byLang: scores(byLang),
    errors,
    passages: passages.length,
  };
}
