// The build's faithfulness rules, run on the built-in fact base and on every teacher pack: each one
// returns its findings as data errors that name the file, the item and what the document says.
import type { FactPack } from '../../types';
import type { DataError, PackLocations } from '../validate';
import { attributionErrors } from './attribution';
import { ruleContext } from './context';
import { dateErrors } from './dates';
import { nameErrors } from './names';
import { ourQuoteErrors } from './our-quotes';
import { quoteMarkErrors } from './quote-marks';
import { sideErrors } from './sides';
import { statisticErrors } from './statistics';
import { voiceErrors } from './voices';

export { ruleContext };

/**
 * Every rule's findings for `pack`. `known` is what a teacher pack may refer to (the built-in fact
 * base and installed packs); the built-in fact base is checked without it. Rules that read a
 * document skip claims whose source text is not bundled.
 */
export function faithfulnessErrors(pack: FactPack, corpus: Record<string, string>, locations: PackLocations, known?: FactPack): DataError[] {
  const context = ruleContext(pack, corpus, locations, known);
  const knownClaims = known?.claims ?? [];
  const documents = Object.keys(corpus).flatMap((id) => context.document(id) ?? []);
  return [
    ...quoteMarkErrors(context),
    ...attributionErrors(context),
    ...statisticErrors(context, knownClaims),
    ...dateErrors(context),
    ...sideErrors(context),
    ...voiceErrors(context, knownClaims),
    ...nameErrors(context),
    ...(context.builtIn ? ourQuoteErrors(context, documents) : []),
  ];
}
