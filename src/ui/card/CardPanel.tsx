// What the card's dialog holds at each moment: loading, the card, or a plain explanation.
import type { CardView } from '../../core/card-view';
import { FactCard, type FactCardProps } from './FactCard';

export type CardState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; view: CardView };

export type CardPanelProps = Omit<FactCardProps, 'view' | 'interactive'> & { state: CardState };

export function CardPanel(props: CardPanelProps) {
  const { t, state } = props;
  if (state.kind === 'loading') return <p class="status" role="status">{t('cardLoading')}</p>;
  if (state.kind === 'unavailable') return <p class="status" role="status">{t('cardUnavailable')}</p>;
  return <FactCard {...props} view={state.view} />;
}
