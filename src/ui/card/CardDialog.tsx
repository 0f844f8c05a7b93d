// The card as a dialog, the root of the card frame: labelled by the card's title once it has one,
// by "Counterpoint card: …" until then. Keyboard focus lands on it when a card opens from the keyboard.
import { CardPanel, type CardPanelProps } from './CardPanel';

export interface CardDialogProps extends CardPanelProps {
  /** The dialog's name while the card has no title of its own (loading, or it could not load). */
  label: string;
}

export function CardDialog(props: CardDialogProps) {
  const titled = props.state.kind === 'ready';
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      tabIndex={-1}
      lang={props.lang}
      aria-labelledby={titled ? 'cp-card-title' : undefined}
      aria-label={titled ? undefined : props.label}
    >
      <div class="card-content">
        <CardPanel {...props} />
      </div>
    </div>
  );
}
