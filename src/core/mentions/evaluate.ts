// Scores the engine against labelled passages: precision, recall and F1 overall, per entity type,
// per language and for exact versus fuzzy matches (also per language), with every error listed.
// Pure, so tests and scripts share it.
import type { EntityType, MentionReason } from '../types';
import type { Matcher } from './compile';
import { findMentions, newDocumentContext } from './find';
import { foldString } from './fold';

export interface LabelledPassage {
  id: string;
  /** The language it is written in: en, es, or another (de, fr, pt) where only exact names may count. */
  lang: string;
  kind: 'positive' | 'negative' | 'trap';
  /** How the passage was made. */
  origin: string;
  /** Which rules or confusions it probes (hard set only). */
  probes?: string[];
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
  reason?: MentionReason;
  fuzzy?: boolean;
}

export interface Evaluation {
  overall: Score;
  byType: Record<string, Score>;
  byMatch: { exact: Score; fuzzy: Score };
  byLang: Record<string, Score>;
  /** Per language, exact against fuzzy. */
  byLangMatch: Record<string, { exact: Score; fuzzy: Score }>;
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

export function evaluate(passages: readonly LabelledPassage[], matcher: Matcher): Evaluation {
  const overall = empty();
  const byType = new Map<string, Tally>();
  const byMatch = { exact: empty(), fuzzy: empty() };
  const byLang = new Map<string, Tally>();
  const byLangMatch = new Map<string, { exact: Tally; fuzzy: Tally }>();
  const matchTallyOf = (lang: string) => {
    let tally = byLangMatch.get(lang);
    if (!tally) byLangMatch.set(lang, (tally = { exact: empty(), fuzzy: empty() }));
    return tally;
  };
  const errors: EvaluationError[] = [];
  const knownAliases = new Set<string>();
  for (const records of matcher.automaton.records) records?.forEach((record) => knownAliases.add(record.folded));
  const typeOf = (entity: string): EntityType | 'unknown' => matcher.entityTypes.get(entity) ?? 'unknown';
  const bump = (tally: Map<string, Tally>, key: string, field: keyof Tally) => {
    const entry = tally.get(key) ?? empty();
    entry[field]++;
    tally.set(key, entry);
  };

  for (const passage of passages) {
    const found = findMentions(passage.text, matcher, { context: newDocumentContext() });
    const expected = passage.expected.map((item) => ({ ...item, matched: false }));
    for (const mention of found) {
      const match = expected.find((item) => !item.matched && item.entity === mention.entityId && item.text === mention.text);
      const group = mention.fuzzy ? byMatch.fuzzy : byMatch.exact;
      const langGroup = mention.fuzzy ? matchTallyOf(passage.lang).fuzzy : matchTallyOf(passage.lang).exact;
      if (match) {
        match.matched = true;
        overall.tp++;
        group.tp++;
        langGroup.tp++;
        bump(byType, typeOf(mention.entityId), 'tp');
        bump(byLang, passage.lang, 'tp');
      } else {
        overall.fp++;
        group.fp++;
        langGroup.fp++;
        bump(byType, typeOf(mention.entityId), 'fp');
        bump(byLang, passage.lang, 'fp');
        errors.push({ passage: passage.id, kind: 'false positive', entity: mention.entityId, text: mention.text, reason: mention.reason, fuzzy: mention.fuzzy });
      }
    }
    for (const item of expected.filter((candidate) => !candidate.matched)) {
      overall.fn++;
      const exact = knownAliases.has(foldString(item.text).replace(/'s$/, ''));
      (exact ? byMatch.exact : byMatch.fuzzy).fn++;
      (exact ? matchTallyOf(passage.lang).exact : matchTallyOf(passage.lang).fuzzy).fn++;
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
    byLangMatch: Object.fromEntries([...byLangMatch].sort(([a], [b]) => a.localeCompare(b)).map(([lang, tally]) => [lang, { exact: score(tally.exact), fuzzy: score(tally.fuzzy) }])),
    errors,
    passages: passages.length,
  };
}
