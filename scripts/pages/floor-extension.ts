// The honest floor for `npm run bench:pages`: the least any annotator must do, as a content script
// of its own, so it pays what ours pays for running in a fresh isolated world at document_idle.
// It walks every text node of the body and joins their text, makes one Range per mention at the
// places our build painted (passed in the address's #cpfloor= hash), and registers them all with
// one CSS.highlights.set. No matching: that is the part the floor leaves out on purpose.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserKind } from '../lib/browsers';

export const FLOOR_GECKO_ID = 'floor@counterpoint.example';

/** Same shape as floor.js's report. */
export interface FloorTiming {
  paintedMs: number;
  nextFrameMs: number;
  walkMs: number;
  rangesMs: number;
  setMs: number;
  ranges: number;
}

// Plain JavaScript, written as it runs: nothing of ours is bundled into it.
const PRE = 'globalThis.__floorPre = performance.now();\n';
const FLOOR = `(() => {
  const pre = globalThis.__floorPre ?? performance.now();
  const started = performance.now();
  const hash = /#cpfloor=([^&]*)/.exec(location.hash);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    parts.push(node.data);
  }
  const text = parts.join('');
  const walked = performance.now();
  const ranges = [];
  for (const place of hash && hash[1] ? hash[1].split(',') : []) {
    const [a, b, c, d] = place.split('.').map(Number);
    const first = nodes[a];
    const last = nodes[c];
    if (!first || !last || b > first.data.length || d > last.data.length) continue;
    const range = document.createRange();
    range.setStart(first, b);
    range.setEnd(last, d);
    ranges.push(range);
  }
  const ranged = performance.now();
  CSS.highlights.set('floor-mention', new Highlight(...ranges));
  const set = performance.now();
  requestAnimationFrame(() => setTimeout(() => {
    const report = { paintedMs: set - pre, nextFrameMs: performance.now() - pre, walkMs: walked - started, rangesMs: ranged - walked, setMs: set - ranged, ranges: ranges.length, characters: text.length };
    console.debug('[Counterpoint:floor]', JSON.stringify(report));
  }, 0));
})();
`;

const CSS_TEXT = '::highlight(floor-mention) { text-decoration: underline; }\n';

/** Writes the floor extension for one browser into `dir` and returns it. */
export async function writeFloorExtension(dir: string, kind: BrowserKind): Promise<string> {
  await mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Counterpoint bench floor',
    version: '1.0.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['pre.js', 'floor.js'], css: ['floor.css'], run_at: 'document_idle' }],
    ...(kind === 'firefox' ? { browser_specific_settings: { gecko: { id: FLOOR_GECKO_ID, strict_min_version: '140.0' } } } : {}),
  };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(dir, 'pre.js'), PRE);
  await writeFile(join(dir, 'floor.js'), FLOOR);
  await writeFile(join(dir, 'floor.css'), CSS_TEXT);
  return dir;
}
