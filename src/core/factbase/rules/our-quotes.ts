// Quotation marks in the fact base's own texts (descriptions, headings, counts, questions) hold only
// words the documents contain as written, so no translation or paraphrase is dressed up as a quote. A
// position's heading is read as its side's words, so its quotes must be quoted in a document too.
import { phrase } from '../../phrase';
import type { LocalizedText } from '../../types';
import type { DataError } from '../validate';
import { foldPhrase, quotedStretchAround, type DocumentText } from '../document-text';
import { ruleError, type RuleContext } from './context';
import type { PackLocations } from '../validate';

const QUOTED = /“([^”]+)”|"([^"]+)"|«([^»]+)»/g;

export function quotedFragments(text: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the pattern is three alternatives, each with its group: one of them matched
  return [...text.matchAll(QUOTED)].map((match) => (match[1] ?? match[2] ?? match[3]!).trim().replace(/[.,;:]+$/, '')).filter((fragment) => fragment.length > 1);
}

function foundIn(documents: readonly DocumentText[], fragment: string, quotedThere: boolean): boolean {
  const pieces = fragment.split(/…|\.\.\./).map(foldPhrase).filter(Boolean);
  return documents.some((doc) =>
    pieces.every((piece) => {
      for (let at = doc.folded.indexOf(piece); at >= 0; at = doc.folded.indexOf(piece, at + 1)) {
        if (!quotedThere || quotedStretchAround(doc, { start: at, end: at + piece.length })) return true;
      }
      return false;
    }),
  );
}

export function ourQuoteErrors(context: RuleContext, documents: readonly DocumentText[]): DataError[] {
  const errors: DataError[] = [];
  const check = (kind: keyof PackLocations, index: number, rest: string, id: string, text: LocalizedText | undefined, quotedThere = false) => {
    if (!text) return;
    for (const lang of ['en', 'es'] as const) {
      for (const fragment of quotedFragments(text[lang])) {
        if (foundIn(documents, fragment, quotedThere)) continue;
        errors.push(
          ruleError(context, kind, index, `${rest}/${lang}`, id, phrase(quotedThere ? 'ruleExpectedMarksAroundSaid' : 'ruleExpectedMarksAroundWritten'), `“${fragment}”`),
        );
      }
    }
  };
  context.pack.entities.forEach((entity, index) => {
    check('entities', index, '/name', entity.id, entity.name);
    check('entities', index, '/description', entity.id, entity.description);
    entity.roles?.forEach((role, at) => check('entities', index, `/roles/${at}/title`, entity.id, role.title));
  });
  context.pack.claims.forEach((claim, index) => {
    if (!claim.statistic) return;
    check('claims', index, '/statistic/counts', claim.id, claim.statistic.counts);
    check('claims', index, '/statistic/measure/name', claim.id, claim.statistic.measure.name);
  });
  context.pack.topics.forEach((topic, index) => {
    check('topics', index, '/question', topic.id, topic.question);
    topic.positions.forEach((position, at) => check('topics', index, `/positions/${at}/summary`, `${topic.id}/${position.id}`, position.summary, true));
  });
  context.pack.questions.forEach((question, index) => {
    check('questions', index, '/prompt', question.id, question.prompt);
    question.options?.forEach((option, at) => check('questions', index, `/options/${at}`, question.id, option));
  });
  return errors;
}
