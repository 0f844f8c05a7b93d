// The floor for `npm run bench:stress`'s DOM-work table: the least any annotator that paints with
// CSS highlights and follows the page's changes must cost the page, as a content script of its own.
// It registers one Highlight over the text nodes within 1.5 screens of the viewport (the reach of
// our paint window, src/page/paint-window.ts), then observes the body as we do and reads each
// record's target and nodes, the least a script must read to know what changed. It never rescans
// or repaints: what it costs the page is what the browser charges for observing and highlighting.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// Plain JavaScript, written as it runs: nothing of ours is bundled into it.
const FOLLOW_FLOOR = `(() => {
  const margin = innerHeight * 1.5;
  const ranges = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const box = node.parentElement.getBoundingClientRect();
    if (box.bottom < -margin) continue;
    if (box.top > innerHeight + margin) break;
    ranges.push(new StaticRange({ startContainer: node, startOffset: 0, endContainer: node, endOffset: Math.min(4, node.data.length) }));
  }
  CSS.highlights.set('follow-floor', new Highlight(...ranges));
  const seen = new Set();
  new MutationObserver((records) => {
    for (const record of records) {
      seen.add(record.target);
      const added = record.addedNodes;
      for (let index = 0; index < added.length; index++) seen.add(added[index]);
      const removed = record.removedNodes;
      for (let index = 0; index < removed.length; index++) seen.add(removed[index]);
    }
    seen.clear();
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  console.debug('[Counterpoint:follow-floor]', ranges.length);
})();
`;

/** Writes the follow floor (Chromium) into `dir` and returns it. */
export async function writeFollowFloorExtension(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Counterpoint bench follow floor',
    version: '1.0.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['follow-floor.js'], css: ['follow-floor.css'], run_at: 'document_idle' }],
  };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(dir, 'follow-floor.js'), FOLLOW_FLOOR);
  await writeFile(join(dir, 'follow-floor.css'), '::highlight(follow-floor) { text-decoration: underline; }\n');
  return dir;
}
