// What the card's dialog holds at each moment: loading, the card, or a plain explanation.
import type { CardView } from '../../core/card-view';
import { FactCard, type FactCardProps } from './FactCard';

/** `failed` may pass with another try; `unavailable` means the extension itself was reloaded. */
export type CardState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'unavailable' } | { kind: 'ready'; view: CardView };

export type CardPanelProps = Omit<FactCardProps, 'view' | 'interactive'> & { state: CardState; onRetry(): void };

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
