// Notices when the page replaces the roots we read: a new <body> (Turbo-style navigation), a new
// <html>, or document.open(), which empties the document and writes a new one. The annotator
// observes the old <body>, so it would never see the new content (audit A3.4–A3.6): the session
// starts afresh instead, once there is a new root to read.

export function watchDocumentRoots(document: Document, onReplaced: () => void, signal: AbortSignal): void {
  const html = document.documentElement;
  const body = document.body;
  const observer = new MutationObserver(() => {
    if (document.documentElement === html && document.body === body) return;
    // document.open() leaves no root at all until the new one is written: wait for it.
    if (!document.documentElement) return;
    observer.disconnect();
    onReplaced();
  });
  observer.observe(document, { childList: true });
  if (html) observer.observe(html, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
