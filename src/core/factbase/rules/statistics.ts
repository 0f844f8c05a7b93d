// A figure says only what its document says: the number is in the claim's words, the document's own
// hedge ("almost", "more than", "an estimated") comes with it, a year only where the document states
// one next to the figure, and figures share a measure id only when they measure the same thing.
import type { Span } from '../../locate-quote';
import type { Claim, Qualifier, Statistic } from '../../types';
import type { DataError } from '../validate';
import { listed, phrase, type PhraseValue } from '../../phrase';
import { excerptAround, paragraphAt, type DocumentText } from '../document-text';
import { quoteForMessage, ruleError, type RuleContext } from './context';

/** How far from the figure a stated year may stand. */
export const YEAR_WINDOW = 150;

const FIGURE = /(\$\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion|thousand))?/g;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

export interface FigureInText {
  value: number;
  span: Span;
}

/** The numbers written in a stretch of text, with "million" and "billion" applied. */
export function figuresIn(text: string, offset = 0): FigureInText[] {
  return [...text.matchAll(FIGURE)].map((match) => ({
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- group 2 is required by the pattern, and SCALE has a key for every word group 3 matches
    value: Number(match[2]!.replace(/,/g, '')) * (match[3] ? SCALE[match[3]]! : 1),
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- matchAll always sets index
    span: { start: offset + match.index!, end: offset + match.index! + match[0].length },
  }));
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;

const QUALIFIER_WORDS: [Qualifier, RegExp][] = [
  ['almost', /\balmost\s+$/],
  ['nearly', /\bnearly\s+$/],
  ['more-than', /\b(?:more than|over)\s+(?:the\s+)?$/],
  ['at-least', /\bat least\s+$/],
  ['about', /\b(?:about|around|roughly|some)\s+$/],
  ['estimated', /\ban estimated\s+$/],
];

/** The hedge the document puts on a figure: the words just before it, or "it is estimated" earlier in its sentence. */
export function qualifierBefore(doc: DocumentText, figure: Span): Qualifier | null {
  const paragraph = paragraphAt(doc, figure.start);
  const before = doc.folded.slice(Math.max(paragraph.start, figure.start - 40), figure.start);
  for (const [qualifier, pattern] of QUALIFIER_WORDS) if (pattern.test(before)) return qualifier;
  // "U.S. generates" does not end a sentence: one ends where the next word starts with a capital.
  const sentence = doc.text.slice(Math.max(paragraph.start, figure.start - 160), figure.start).split(/[.!?]\s+(?=[A-Z“"])/).pop() ?? '';
  return /\b(?:it is estimated|estimated)\b/i.test(sentence) ? 'estimated' : null;
}

const describeQualifier = (qualifier: Qualifier | null | undefined): PhraseValue => (qualifier ? `“${qualifier.replace('-', ' ')}”` : phrase('ruleNoQualifier'));

function yearNear(doc: DocumentText, figure: Span, pattern: RegExp): boolean {
  const paragraph = paragraphAt(doc, figure.start);
  const window = doc.folded.slice(Math.max(paragraph.start, figure.start - YEAR_WINDOW), Math.min(paragraph.end, figure.end + YEAR_WINDOW));
  return pattern.test(window);
}

function checkStatistic(context: RuleContext, claim: Claim, statistic: Statistic, index: number, errors: DataError[]): void {
  const error = (rest: string, expected: PhraseValue, found: PhraseValue) => errors.push(ruleError(context, 'claims', index, rest, claim.id, expected, found));
  const doc = context.document(claim.source);
  const spans = context.spansOf(claim);
  if (!doc || !spans) return;
  const inClaim = spans.flatMap((span) => figuresIn(doc.text.slice(span.start, span.end), span.start));
  const figure = inClaim.find((candidate) => same(candidate.value, statistic.value));
  if (!figure) {
    error('/statistic/value', phrase('ruleExpectedFigure', statistic.value), phrase('ruleFoundOnlyFigures', inClaim.length ? listed(inClaim.map((candidate) => candidate.value)) : phrase('ruleNoNumber'), quoteForMessage(claim.text)));
    return;
  }
  const { valueMax } = statistic;
  if (valueMax !== undefined && !inClaim.some((candidate) => same(candidate.value, valueMax))) {
    error('/statistic/valueMax', phrase('ruleExpectedRangeTop', valueMax), quoteForMessage(claim.text));
  }
  const stated = qualifierBefore(doc, figure.span);
  if ((statistic.qualifier ?? null) !== stated) {
    error('/statistic/qualifier', phrase('ruleExpectedQualifier', claim.source, describeQualifier(stated)), phrase('ruleFoundDocumentSays', describeQualifier(statistic.qualifier), quoteForMessage(excerptAround(doc, figure.span, 50))));
  }
  if (statistic.year !== undefined && !yearNear(doc, figure.span, new RegExp(`\\b${statistic.year}\\b`))) {
    error('/statistic/year', phrase('ruleExpectedYearNear', String(statistic.year), YEAR_WINDOW, claim.source), phrase('ruleFoundNoSuchYear', quoteForMessage(excerptAround(doc, figure.span, 90))));
  }
  if (statistic.since !== undefined && !yearNear(doc, figure.span, new RegExp(`\\bsince ${statistic.since}\\b`))) {
    error('/statistic/since', phrase('ruleExpectedSinceNear', `“since ${statistic.since}”`, claim.source), phrase('ruleFoundNoSuchWords', quoteForMessage(excerptAround(doc, figure.span, 90))));
  }
}

export function statisticErrors(context: RuleContext, knownClaims: readonly Claim[] = []): DataError[] {
  const errors: DataError[] = [];
  const measures = new Map<string, Statistic>();
  for (const claim of knownClaims) if (claim.statistic) measures.set(claim.statistic.measure.id, claim.statistic);
  context.pack.claims.forEach((claim, index) => {
    const { statistic } = claim;
    if (!statistic) return;
    const first = measures.get(statistic.measure.id);
    if (first && (first.unit.en !== statistic.unit.en || first.measure.name.en !== statistic.measure.name.en || first.currency !== statistic.currency)) {
      errors.push(
        ruleError(context, 'claims', index, '/statistic/measure', claim.id, phrase('ruleExpectedSameMeasure', `“${statistic.measure.id}”`, `“${first.measure.name.en}”`, first.unit.en), phrase('ruleFoundOtherMeasure', `“${statistic.measure.name.en}”`, statistic.unit.en)),
      );
    } else if (!first) measures.set(statistic.measure.id, statistic);
    checkStatistic(context, claim, statistic, index, errors);
  });
  return errors;
}
