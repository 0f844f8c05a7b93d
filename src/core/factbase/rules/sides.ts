// Sides are data, never a default: every entity that speaks in a claim has one ("not-stated" is an
// answer), and a stated side rests on words of a document that name the entity.
import type { DataError } from '../validate';
import { nameOccurrences, occurrences } from '../document-text';
import { namesOf, quoteForMessage, ruleError, type RuleContext } from './context';

export function sideErrors(context: RuleContext): DataError[] {
  const errors: DataError[] = [];
  const speakers = new Map<string, string>();
  for (const claim of context.pack.claims) if (claim.speaker && !speakers.has(claim.speaker)) speakers.set(claim.speaker, claim.id);
  context.pack.entities.forEach((entity, index) => {
    const error = (rest: string, expected: string, found: string) => errors.push(ruleError(context, 'entities', index, rest, entity.id, expected, found));
    const speaksIn = speakers.get(entity.id);
    if (speaksIn && !entity.side) error('/side', `a side, since ${entity.name.en} speaks in claim ${speaksIn} ("not-stated" where the documents do not say)`, 'none');
    if (!entity.side) return;
    if (entity.side === 'not-stated') {
      if (entity.sideEvidence) error('/sideEvidence', 'no evidence for a side that is "not-stated"', quoteForMessage(entity.sideEvidence.text));
      return;
    }
    if (!entity.sideEvidence) {
      error('/sideEvidence', `the words of a document that show ${entity.name.en} is on the side "${entity.side}"`, 'none');
      return;
    }
    const doc = context.document(entity.sideEvidence.source);
    if (!doc) return;
    const found = occurrences(doc, entity.sideEvidence.text);
    if (!found.length) {
      error('/sideEvidence/text', `words found as written in ${entity.sideEvidence.source}`, quoteForMessage(entity.sideEvidence.text));
      return;
    }
    const named = found.some((span) => namesOf(entity).some((name) => nameOccurrences(doc.folded, name, span.start, span.end).length > 0));
    if (!named) error('/sideEvidence/text', `evidence that names ${entity.name.en}`, `${quoteForMessage(entity.sideEvidence.text)}, which does not`);
  });
  // A teacher pack's claims may give a voice to a built-in entity: it must have a side as well.
  if (!context.builtIn) {
    context.pack.claims.forEach((claim, index) => {
      const speaker = claim.speaker ? context.entity(claim.speaker) : undefined;
      if (speaker && !speaker.side && !context.pack.entities.includes(speaker)) {
        errors.push(ruleError(context, 'claims', index, '/speaker', claim.id, 'a speaker with a side', `${speaker.id}, which has none`));
      }
    });
  }
  return errors;
}
