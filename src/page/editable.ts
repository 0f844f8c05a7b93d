// Whether a key press is typing. Our shortcuts (Alt/Option+Shift+. and ,) type characters on a Mac,
// so they are left alone wherever the reader is writing.

const NOT_TYPED_INTO = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

export function isEditable(target: EventTarget | null | undefined): boolean {
  const element = target as (Element & { isContentEditable?: boolean; type?: string }) | null | undefined;
  if (!element || typeof element.tagName !== 'string') return false;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NOT_TYPED_INTO.has(String(element.type ?? 'text').toLowerCase());
  return element.isContentEditable === true;
}

/** The element the key press really went to, inside any open shadow roots of the page. */
export function keyTarget(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}
