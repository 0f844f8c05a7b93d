// Why a mention counts, in the reader's language, from the reason the engine gives as data.
import type { MentionMatch } from '../../core/types';
import type { Translate } from '../i18n';

export function reasonText(t: Translate, match: Pick<MentionMatch, 'alias' | 'reason'>): string {
  const { reason } = match;
  switch (reason.rule) {
    case 'exact':
      return t('reasonExact');
    case 'fuzzy':
      return reason.edits === 1 ? t('reasonFuzzyOne', [match.alias]) : t('reasonFuzzyMany', [match.alias, reason.edits]);
    case 'cue':
      return t('reasonCue', [reason.cue]);
    case 'title':
      return t('reasonTitle', [reason.title]);
    case 'namedEarlier':
      return t('reasonNamedEarlier', [reason.fullName]);
    case 'article':
      return t('reasonArticle', [reason.article]);
  }
}
