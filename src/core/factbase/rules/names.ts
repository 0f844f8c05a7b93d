// Names, roles and notes about sources come from the documents, not from general knowledge: a
// person's, organization's or cartel's name is written in a document that mentions it, a role is
// quoted with the person's name in it, and an era or a stance rests on the document's own words.
import type { Entity } from '../../types';
import type { DataError } from '../validate';
import { phrase, type PhraseValue } from '../../phrase';
import { foldPhrase, nameOccurrences, occurrences } from '../document-text';
import { namesOf, quoteForMessage, ruleError, type RuleContext } from './context';

const NAMED_AS_IN_DOCUMENTS = new Set<Entity['type']>(['person', 'organization', 'cartel']);

/** "Drug Enforcement Administration (DEA)" → the name and what is in brackets, both to be found. */
function nameParts(name: string): string[] {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- both groups of the pattern are required
  return (match ? [match[1]!, match[2]!] : [name]).map((part) => part.replace(/^["“]|["”]$/g, '').trim()).filter(Boolean);
}

export function nameErrors(context: RuleContext): DataError[] {
  const errors: DataError[] = [];
  context.pack.entities.forEach((entity, index) => {
    const error = (rest: string, expected: PhraseValue, found: PhraseValue) => errors.push(ruleError(context, 'entities', index, rest, entity.id, expected, found));
    const documents = entity.mentionedIn.flatMap((id) => context.document(id) ?? []);
    if (documents.length && documents.length === entity.mentionedIn.length && NAMED_AS_IN_DOCUMENTS.has(entity.type)) {
      if (entity.unnamed) {
        if (!entity.namedAs?.length) error('/namedAs', phrase('ruleExpectedNamedAs'), phrase('checkFoundNone'));
        for (const [at, words] of (entity.namedAs ?? []).entries()) {
          if (!documents.some((doc) => occurrences(doc, words).length)) error(`/namedAs/${at}`, phrase('checkExpectedWordsIn', entity.mentionedIn.join(', ')), quoteForMessage(words));
        }
      } else {
        for (const part of nameParts(entity.name.en)) {
          if (!documents.some((doc) => nameOccurrences(doc.folded, part).length)) {
            const many = entity.mentionedIn.length > 1;
            error('/name/en', phrase(many ? 'ruleExpectedNameAsTheyWrite' : 'ruleExpectedNameAsItWrites', entity.mentionedIn.join(', ')), phrase(many ? 'ruleFoundNotInThem' : 'ruleFoundNotInIt', `“${part}”`));
          }
        }
      }
    }
    entity.roles?.forEach((role, at) => {
      const doc = context.document(role.source);
      if (!doc) return;
      if (!role.evidence) {
        error(`/roles/${at}/evidence`, phrase('ruleExpectedRoleEvidence', role.source, entity.name.en, `“${role.title.en}”`), phrase('checkFoundNone'));
        return;
      }
      const found = occurrences(doc, role.evidence);
      if (!found.length) error(`/roles/${at}/evidence`, phrase('checkExpectedWordsIn', role.source), quoteForMessage(role.evidence));
      else if (!found.some((span) => namesOf(entity).some((name) => nameOccurrences(doc.folded, name, span.start, span.end).length))) {
        error(`/roles/${at}/evidence`, phrase('ruleExpectedEvidenceNaming', entity.name.en), phrase('ruleFoundWhichDoesNot', quoteForMessage(role.evidence)));
      }
    });
  });
  context.pack.sources.forEach((source, index) => {
    const doc = context.document(source.id);
    if (!doc) return;
    const error = (rest: string, expected: PhraseValue, found: PhraseValue) => errors.push(ruleError(context, 'sources', index, rest, source.id, expected, found));
    if (source.era) {
      if (!occurrences(doc, source.era.evidence).length) error('/era/evidence', phrase('checkExpectedWordsIn', source.id), quoteForMessage(source.era.evidence));
      else if (!foldPhrase(source.era.evidence).includes(foldPhrase(source.era.name.en))) error('/era/evidence', phrase('ruleExpectedEraEvidence', `“${source.era.name.en}”`), quoteForMessage(source.era.evidence));
    }
    source.stance?.evidence.forEach((words, at) => {
      if (!occurrences(doc, words).length) error(`/stance/evidence/${at}`, phrase('checkExpectedWordsIn', source.id), quoteForMessage(words));
    });
  });
  return errors;
}
