// What the card's dialog holds at each moment: loading, the card, or a plain explanation.
import type { ComponentChildren } from 'preact';
import type { CardView } from '../../core/card-view';
import type { Lang, MentionMatch } from '../../core/types';
import type { Translate } from '../i18n';
import { FactCard } from './FactCard';

/** `failed` may pass with another try; `unavailable` means the extension itself was reloaded. */
export type CardState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'unavailable' } | { kind: 'ready'; view: CardView };

export interface CardPanelProps {
  t: Translate;
  lang: Lang;
  state: CardState;
  mention: MentionMatch | null;
  pinned: boolean;
  onPin(pinned: boolean): void;
  onClose(): void;
  onOpenSource(sourceId: string, claimId: string): void;
  onRetry(): void;
  gateCounterpoints?: (counterpoints: ComponentChildren) => ComponentChildren;
}

export function CardPanel(props: CardPanelProps) {
  const { t, state } = props;
  if (state.kind === 'loading') return <p class="status" role="status">{t('cardLoading')}</p>;
  if (state.kind === 'unavailable') return <p class="status" role="status">{t('cardUnavailable')}</p>;
  if (state.kind === 'failed') {
    return (
      <div class="status" role="alert">
        <p>{t('cardFailed')}</p>
        <button type="button" class="primary" onClick={props.onRetry}>
          {t('cardTryAgain')}
        </button>
      </div>
    );
  }
  return <FactCard {...props} view={state.view} />;
}
