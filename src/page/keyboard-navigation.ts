// The page-level keys: Esc closes the card, Alt/Option+Shift+. and , move between mentions. The
// manifest's commands normally take the shortcuts first; this serves pages where the browser leaves
// them to the page. Keys the page itself dispatches are ignored, and so is anything typed into a
// field: on a Mac, Option+Shift+. types a character.
import { navigationKey } from '../core/keyboard';
import { isEditable, keyTarget } from './editable';

export interface CardKeysOptions {
  onEscape(): void;
  onMove(direction: 'next' | 'previous'): void;
  signal: AbortSignal;
}

export function listenForCardKeys(document: Document, { onEscape, onMove, signal }: CardKeysOptions): void {
  document.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      if (event.key === 'Escape') {
        onEscape();
        return;
      }
      const direction = navigationKey(event);
      if (!direction || isEditable(keyTarget(event))) return;
      event.preventDefault();
      onMove(direction);
    },
    { signal, capture: true },
  );
}
