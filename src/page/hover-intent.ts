// When a hover opens and closes the card, as state transitions over an injected clock: the card
// opens after the pointer rests on a mention for the hover delay, and closes a little after the
// pointer leaves both the mention and the card. A pinned card is never replaced or closed by hover.
// No DOM here, so the timing rules are tested in Node.

/** Best practice for hover cards: open after the pointer rests, close a little after it leaves. */
export const CLOSE_DELAY_MS = 300;

export interface Clock {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export interface HoverIntentOptions<T> {
  clock: Clock;
  openDelayMs(): number;
  closeDelayMs?: number;
  /** The card as it is now: which target it shows (null when closed) and whether it is pinned. */
  card(): { target: T | null; pinned: boolean };
  /** The pointer just came onto a target: a moment to get ready, before the delay is over. */
  onHoverStart(target: T): void;
  onOpen(target: T): void;
  onClose(): void;
}

export interface HoverIntent<T> {
  /** The target under the pointer now, or null. */
  pointerAt(target: T | null): void;
  /**
   * The pointer came onto the card or left it. Over the card the pointer moves in the card's own
   * document, so any pointer move the page sees means "off the card" too.
   */
  pointerOnCard(onCard: boolean): void;
  /** Drops any pending open or close (a card opened or closed some other way). */
  cancel(): void;
  hovered(): T | null;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const { clock, closeDelayMs = CLOSE_DELAY_MS } = options;
  let hovered: T | null = null;
  let onCard = false;
  let openTimer = 0;
  let closeTimer = 0;

  const clearOpen = () => {
    if (openTimer) clock.clearTimeout(openTimer);
    openTimer = 0;
  };
  const clearClose = () => {
    if (closeTimer) clock.clearTimeout(closeTimer);
    closeTimer = 0;
  };
  const closable = () => {
    const card = options.card();
    return card.target !== null && !card.pinned;
  };

  const scheduleClose = () => {
    if (!closable()) return;
    clearClose();
    closeTimer = clock.setTimeout(() => {
      closeTimer = 0;
      if (closable() && !onCard && hovered === null) options.onClose();
    }, closeDelayMs);
  };

  return {
    pointerAt(target) {
      if (target === hovered) return;
      hovered = target;
      clearOpen();
      if (target === null) {
        scheduleClose();
        return;
      }
      clearClose();
      options.onHoverStart(target);
      const card = options.card();
      if (card.target === target || card.pinned) return;
      openTimer = clock.setTimeout(() => {
        openTimer = 0;
        if (hovered === target && !options.card().pinned) options.onOpen(target);
      }, options.openDelayMs());
    },
    pointerOnCard(next) {
      if (next === onCard) return;
      onCard = next;
      if (next) clearClose();
      else scheduleClose();
    },
    cancel() {
      clearOpen();
      clearClose();
    },
    hovered: () => hovered,
  };
}
