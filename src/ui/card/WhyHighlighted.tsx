// "Why this is highlighted": what in the page matched which name, and the rule that made it count.
import type { MentionMatch } from '../../core/types';
import type { Translate } from '../i18n';
import { reasonText } from './reason-text';

export function WhyHighlighted({ t, mention }: { t: Translate; mention: MentionMatch }) {
  return (
    <details class="section why">
      <summary>{t('cardWhyHighlighted')}</summary>
      <p>{t('cardWhyMatched', [mention.text, mention.alias])}</p>
      <p class="muted">{reasonText(t, mention)}</p>
    </details>
  );
}
