// A claim's speaker is the one the document attributes the words to. Each speaker's claim carries the
// attribution the document puts next to it ("Kelly continued", "she said", "according to Blinken");
// the build finds those words there, outside the quoted words, with a word of saying, naming the
// speaker, or with a "he"/"she" whose nearest name before it is the speaker's. A name that only
// qualifies something else ("the Trump administration", "Tillerson’s remarks") is not the speaker.
import type { Span } from '../../locate-quote';
import { phrase, type PhraseValue } from '../../phrase';
import type { Claim, Entity } from '../../types';
import type { DataError } from '../validate';
import { distanceBetween, excerptAround, nameOccurrences, occurrences, paragraphAt, quotedStretchAround, touchesQuotes, type DocumentText } from '../document-text';
import { namesOf, quoteForMessage, ruleError, type RuleContext } from './context';

/** How far from the claim's words (or its quotation marks) an attribution may stand. */
export const ATTRIBUTION_WINDOW = 160;

const REPORTING = /\b(said|says|say|saying|told|tells|tell|added|adding|adds|continued|argued|argues|argue|stated|states|reports|reported|according to|declared|announced|blamed|commented|warned|detailed|emphasized|acknowledged|promised|called|spoke|reiterated|defended|testified|wrote|urged|insisted|noted|explained|claimed)\b/gi;
const PRONOUNS = /\b(he|she|they|his|her)\b/gi;
/** Words after a name that make it describe someone else: "Trump administration", "DEA Administrator", "Tillerson’s". */
const QUALIFIES_NEXT = /^(?:'s\b|s\b|administration\b|government\b|officials?\b|spokes(?:wo)?m[ae]n\b|spokesperson\b|administrator\b|secretary\b|agents?\b)/;
/** Words before a name that make it where someone else works: "Rudman of the Wilson Center", "a spokesperson for the NSC". */
const QUALIFIES_PREVIOUS = /\b(?:of|for)(?: the)? $/;
/** How far back a "he" or "she" may look for the name it stands for. */
const PRONOUN_LOOKBACK = 2_000;

interface Finding {
  expected: PhraseValue;
  found: PhraseValue;
}

/** Matches of a pattern inside `span`, outside quotation marks, as document offsets. */
function matchesOutsideQuotes(doc: DocumentText, span: Span, pattern: RegExp): Span[] {
  const text = doc.text.slice(span.start, span.end);
  return [...text.matchAll(pattern)]
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- matchAll always sets index
    .map((match) => ({ start: span.start + match.index!, end: span.start + match.index! + match[0].length }))
    .filter((found) => !touchesQuotes(doc, found));
}

function qualifiesSomethingElse(doc: DocumentText, name: Span): boolean {
  const after = doc.folded.slice(name.end, name.end + 24).trimStart();
  const before = doc.folded.slice(Math.max(0, name.start - 12), name.start);
  return QUALIFIES_NEXT.test(after) || QUALIFIES_PREVIOUS.test(before);
}

/** The stretch a claim occupies: its quotation marks when its words are quoted, else its words. */
function claimAnchor(doc: DocumentText, spans: Span[]): Span {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a located claim has at least one span
  const first = spans[0]!;
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a located claim has at least one span
  const last = spans[spans.length - 1]!;
  const openingStretch = quotedStretchAround(doc, first);
  const closingStretch = quotedStretchAround(doc, last);
  return { start: openingStretch ? openingStretch.start - 1 : first.start, end: closingStretch ? closingStretch.end + 1 : last.end };
}

/** The person named nearest before `offset`, outside quotation marks. */
function nearestPersonBefore(context: RuleContext, doc: DocumentText, offset: number): { entity: Entity; span: Span } | null {
  let best: { entity: Entity; span: Span } | null = null;
  const from = Math.max(0, offset - PRONOUN_LOOKBACK);
  for (const person of context.people) {
    for (const name of namesOf(person)) {
      for (const span of nameOccurrences(doc.folded, name, from, offset)) {
        if (touchesQuotes(doc, span) || qualifiesSomethingElse(doc, span)) continue;
        if (!best || span.end > best.span.end || (span.end === best.span.end && span.start < best.span.start)) best = { entity: person, span };
      }
    }
  }
  return best;
}

function checkAttribution(context: RuleContext, claim: Claim, speaker: Entity, doc: DocumentText, spans: Span[]): Finding | null {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- called only for claims with an attribution
  const attribution = claim.attribution!;
  const anchor = claimAnchor(doc, spans);
  const found = occurrences(doc, attribution);
  if (!found.length) return { expected: phrase('ruleExpectedAttributionWords', claim.source), found: phrase('ruleFoundAttributionNotThere', quoteForMessage(attribution), quoteForMessage(excerptAround(doc, anchor, 80))) };
  const paragraph = paragraphAt(doc, anchor.start);
  const near = found
    .filter((span) => span.start >= paragraph.start && span.end <= paragraph.end && distanceBetween(span, anchor) <= ATTRIBUTION_WINDOW)
    .sort((a, b) => distanceBetween(a, anchor) - distanceBetween(b, anchor));
  const occurrence = near[0];
  if (!occurrence) return { expected: phrase('ruleExpectedAttributionNear', quoteForMessage(attribution), ATTRIBUTION_WINDOW), found: phrase('ruleFoundElsewhere', quoteForMessage(excerptAround(doc, anchor, 80))) };
  const quotedInside = claim.kind === 'quote' && spans.some((span) => span.start < occurrence.end && occurrence.start < span.end);
  if (quotedInside) return { expected: phrase('ruleExpectedAttributionOutside'), found: phrase('ruleFoundPartOfQuote', quoteForMessage(attribution)) };
  if (!matchesOutsideQuotes(doc, occurrence, REPORTING).length) {
    return { expected: phrase('ruleExpectedWordOfSaying'), found: phrase('ruleFoundAttributesNothing', quoteForMessage(attribution)) };
  }
  const names = namesOf(speaker);
  const named = names.flatMap((name) => nameOccurrences(doc.folded, name, occurrence.start, occurrence.end)).filter((span) => !touchesQuotes(doc, span));
  if (named.some((span) => !qualifiesSomethingElse(doc, span))) return null;
  if (named.length) {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- named.length was checked just above
    const qualifier = named[0]!;
    return { expected: phrase('ruleExpectedAttributionTo', speaker.name.en), found: phrase('ruleFoundNameQualifies', quoteForMessage(doc.text.slice(qualifier.start, occurrence.end))) };
  }
  const pronoun = matchesOutsideQuotes(doc, occurrence, PRONOUNS)[0];
  if (pronoun) {
    const antecedent = nearestPersonBefore(context, doc, pronoun.start);
    if (antecedent?.entity.id === speaker.id) return null;
    const pronounText = doc.text.slice(pronoun.start, pronoun.end);
    return {
      expected: phrase('ruleExpectedPronounFor', pronounText, quoteForMessage(attribution), speaker.name.en),
      found: antecedent ? phrase('ruleFoundNearestName', antecedent.entity.name.en, quoteForMessage(excerptAround(doc, antecedent.span, 60))) : phrase('ruleFoundNoNameBefore'),
    };
  }
  return { expected: phrase('ruleExpectedAttributionNames', speaker.name.en, names.slice(0, 3).map((name) => `“${name}”`).join(', ')), found: quoteForMessage(attribution) };
}

export function attributionErrors(context: RuleContext): DataError[] {
  const errors: DataError[] = [];
  context.pack.claims.forEach((claim, index) => {
    const error = (rest: string, expected: PhraseValue, found: PhraseValue) => errors.push(ruleError(context, 'claims', index, rest, claim.id, expected, found));
    if (claim.speaker === null) {
      if (claim.kind === 'quote') error('/speaker', phrase('ruleExpectedQuoteSpeaker'), 'null');
      return;
    }
    if (claim.kind === 'framing') {
      error('/speaker', phrase('ruleExpectedFramingNoSpeaker'), JSON.stringify(claim.speaker));
      return;
    }
    const speaker = context.entity(claim.speaker);
    const doc = context.document(claim.source);
    const spans = context.spansOf(claim);
    if (!speaker || !doc || !spans) return;
    if (!claim.attribution) {
      error('/attribution', phrase('ruleExpectedAttribution', speaker.name.en), phrase('checkFoundNone'));
      return;
    }
    const finding = checkAttribution(context, claim, speaker, doc, spans);
    if (finding) error('/attribution', finding.expected, finding.found);
  });
  return errors;
}
