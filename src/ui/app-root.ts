// The element an extension page renders into: every page's HTML has <main id="app"> (or a div).
export function appRoot(document: Document): HTMLElement {
  const root = document.getElementById('app');
  if (!root) throw new Error(`${document.location.pathname} has no #app element to render into`);
  return root;
}
