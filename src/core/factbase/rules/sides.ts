// Sides are data, never a default: every entity that speaks in a claim has one ("not-stated" is an
// answer), and a stated side rests on words of a document that name the entity.
import type { DataError } from '../validate';
import { phrase, type PhraseValue } from '../../phrase';
import { nameOccurrences, occurrences } from '../document-text';
import { namesOf, quoteForMessage, ruleError, type RuleContext } from './context';

export function sideErrors(context: RuleContext): DataError[] {
  const errors: DataError[] = [];
  const speakers = new Map<string, string>();
  for (const claim of context.pack.claims) if (claim.speaker && !speakers.has(claim.speaker)) speakers.set(claim.speaker, claim.id);
  context.pack.entities.forEach((entity, index) => {
    const error = (rest: string, expected: PhraseValue, found: PhraseValue) => errors.push(ruleError(context, 'entities', index, rest, entity.id, expected, found));
    const speaksIn = speakers.get(entity.id);
    if (speaksIn && !entity.side) error('/side', phrase('ruleExpectedSide', entity.name.en, speaksIn), phrase('checkFoundNone'));
    if (!entity.side) return;
    if (entity.side === 'not-stated') {
      if (entity.sideEvidence) error('/sideEvidence', phrase('ruleExpectedNoSideEvidence'), quoteForMessage(entity.sideEvidence.text));
      return;
    }
    if (!entity.sideEvidence) {
      error('/sideEvidence', phrase('ruleExpectedSideEvidence', entity.name.en, entity.side), phrase('checkFoundNone'));
      return;
    }
    const doc = context.document(entity.sideEvidence.source);
    if (!doc) return;
    const found = occurrences(doc, entity.sideEvidence.text);
    if (!found.length) {
      error('/sideEvidence/text', phrase('checkExpectedWordsIn', entity.sideEvidence.source), quoteForMessage(entity.sideEvidence.text));
      return;
    }
    const named = found.some((span) => namesOf(entity).some((name) => nameOccurrences(doc.folded, name, span.start, span.end).length > 0));
    if (!named) error('/sideEvidence/text', phrase('ruleExpectedEvidenceNaming', entity.name.en), phrase('ruleFoundWhichDoesNot', quoteForMessage(entity.sideEvidence.text)));
  });
  // A teacher pack's claims may give a voice to a built-in entity: it must have a side as well. (The
  // pack's own entities are checked above; the built-in fact base has no others.)
  context.pack.claims.forEach((claim, index) => {
    const speaker = claim.speaker ? context.entity(claim.speaker) : undefined;
    if (speaker && !speaker.side && !context.pack.entities.includes(speaker)) {
      errors.push(ruleError(context, 'claims', index, '/speaker', claim.id, phrase('ruleExpectedSpeakerWithSide'), phrase('ruleFoundWhichHasNone', speaker.id)));
    }
  });
  return errors;
}
