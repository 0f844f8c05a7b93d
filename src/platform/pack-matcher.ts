// The content script's matcher when teacher packs add names: compiled in the page, after the
// first paint. Its own module, so the pages that only read the packs' names do not bundle the compiler.
import { compileMatcher, type Matcher } from '../core/mentions';
import { reportProblem } from '../core/report';
import { loadPackLexicon, type LexiconEntity } from './pack-lexicon';

/** The built-in names and the enabled packs' new ones, compiled; null when no pack adds a name. */
export async function loadPackMatcher(builtIn: readonly LexiconEntity[]): Promise<Matcher | null> {
  const fromPacks: LexiconEntity[] = await loadPackLexicon().catch((error: unknown) => {
    reportProblem('Could not read the teacher packs’ names; the page is read with the built-in ones.', error);
    return [];
  });
  const builtInIds = new Set(builtIn.map((entity) => entity.id));
  const added = fromPacks.filter((entity) => !builtInIds.has(entity.id));
  return added.length ? compileMatcher([...builtIn, ...added]) : null;
}
