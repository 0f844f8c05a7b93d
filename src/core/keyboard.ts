// Counterpoint's keys, decided from a key press's fields alone, so the content script and the card
// frame agree on them: Alt/Option+Shift+. for the next mention, Alt/Option+Shift+, for the previous.

export interface KeyPress {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export function navigationKey(press: KeyPress): 'next' | 'previous' | null {
  if (!press.altKey || !press.shiftKey || press.ctrlKey || press.metaKey) return null;
  return press.code === 'Period' ? 'next' : press.code === 'Comma' ? 'previous' : null;
}

/** The mention after (or before) `current` in a list of `count`, wrapping; from outside the list when current is -1. */
export function nextIndex(count: number, current: number, direction: 'next' | 'previous'): number {
  if (count <= 0) return -1;
  const base = current >= 0 && current < count ? current : direction === 'next' ? -1 : count;
  return (base + (direction === 'next' ? 1 : -1) + count) % count;
}
