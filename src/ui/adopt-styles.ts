// An extension page's styles, as a constructed stylesheet: the extension pages' content security
// policy has no 'unsafe-inline' for styles, so a <style> element with text would be refused.
export function adoptStyles(document: Document, css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
