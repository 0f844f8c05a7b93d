// The mention engine: pure TypeScript, no DOM. Compile a lexicon (the fact base's names) into a
// Matcher once, then find mentions in any text. Offsets index into the text given.
import type { Mention } from '../types';
import type { Matcher } from './compile';
import { findMentions, newDocumentContext, type DocumentContext, type ScanPhase } from './find';
import type { LanguageSpan } from './language';

export { compileMatcher, type Matcher, type MatchableEntity } from './compile';
export { findMentions, newDocumentContext, type DocumentContext, type FindOptions, type ScanPhase } from './find';
export { foldString } from './fold';
export { primaryLanguage, type LanguageSpan } from './language';
export { hydrateMatcher, type SerializedMatcher } from './serialize';
export { TEXT_CHUNK_SIZE } from './chunk-size';

/** Scans one chunk of a page's text; `languages` are the languages its elements declare. */
export type PageScanner = (text: string, languages?: readonly LanguageSpan[]) => Mention[];

export interface PageScannerOptions {
  context?: DocumentContext;
  /**
   * Told, once, when the engine fails on this page; the scanner then finds nothing more, so the
   * page keeps what it had. Without it, the error reaches the caller.
   */
  onError?: (error: unknown) => void;
  /** Test builds: how long each step of each scan took. */
  onPhase?: (phase: ScanPhase, ms: number) => void;
}

/** One page's scanner: the same document context for every chunk of text on it. */
export function createPageScanner(matcher: Matcher, options: PageScannerOptions = {}): PageScanner {
  const context = options.context ?? newDocumentContext();
  const { onError, onPhase } = options;
  let failed = false;
  return (text, languages) => {
    if (failed) return [];
    if (!onError) return findMentions(text, matcher, { context, languages, onPhase });
    try {
      return findMentions(text, matcher, { context, languages, onPhase });
    } catch (error) {
      failed = true;
      onError(error);
      return [];
    }
  };
}
