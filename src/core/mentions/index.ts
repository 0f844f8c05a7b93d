// The mention engine: pure TypeScript, no DOM. Compile the fact base's names once, then find
// mentions in any text. Offsets index into the text given.
import type { Mention } from '../types';
import { compileLexicon, type CompiledLexicon, type MatchableEntity } from './compile';
import { findMentionsIn, newDocumentContext, type DocumentContext, type FindOptions } from './find';

export type { CompiledLexicon, MatchableEntity } from './compile';
export { newDocumentContext, type DocumentContext, type FindOptions } from './find';
export { foldString } from './fold';
export { hydrateLexicon, type SerializedLexicon } from './serialize';

export type Matcher = CompiledLexicon;

export function compileMatcher(entities: readonly MatchableEntity[]): Matcher {
  return compileLexicon(entities);
}

export function findMentions(text: string, matcher: Matcher, options?: FindOptions): Mention[] {
  try {
    return findMentionsIn(text, matcher, options);
  } catch {
    // The engine is meant to be total; should anything slip through, a page loses highlights, not its script.
    return [];
  }
}

/** One page's scanner: the same document context for every chunk of text on it. */
export function createPageScanner(matcher: Matcher, context: DocumentContext = newDocumentContext()): (text: string) => Mention[] {
  return (text) => findMentions(text, matcher, { context });
}
