// The real-pages suite (scripts/pages/test-pages.ts) must tell the page apart from us: pages that
// change themselves pass, and a build of ours that changes a page fails, in both browsers.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/demo/routes';
import { runPagesSuite } from '../../scripts/pages/test-pages';
import { BROWSERS } from './harness';

const SELF_MUTATING = join(PROJECT_ROOT, 'test', 'fixtures', 'pages-self-mutating');

/**
 * What the broken build adds to the content script: once it runs on the page (only where Counterpoint
 * is on), it rewrites one word of the page's text and adds an element. Both are changes of ours.
 */
const BREAKAGE = `
;(() => {
  // The script runs only where Counterpoint is on (the background registers it per site).
  setTimeout(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/officials/i.test(node.data)) { node.data = node.data.replace(/officials/i, 'OFFICIALS'); break; }
    }
    document.body.append(document.createElement('aside'));
  }, 300);
})();
`;

describe('the real-pages suite', () => {
  let broken: string;
  beforeAll(() => {
    broken = mkdtempSync(join(tmpdir(), 'counterpoint-broken-'));
    for (const kind of ['chrome', 'firefox']) {
      cpSync(join(PROJECT_ROOT, 'dist', kind), join(broken, kind), { recursive: true });
      appendFileSync(join(broken, kind, 'content.js'), BREAKAGE);
    }
  });
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  it.each(BROWSERS)('passes pages that change themselves, by their scripts or with no author we can see, in %s', async (kind) => {
    const lines: string[] = [];
    const { results, failed } = await runPagesSuite({ dirs: [SELF_MUTATING], browsers: [kind], log: (line) => lines.push(line) });
    expect(failed, lines.join('\n')).toBe(0);
    const byFile = Object.fromEntries(results.map((result) => [result.page.file, result]));
    // The pages did change themselves while Counterpoint was on, so a plain before/after comparison would fail them.
    expect(byFile['countdown.html']!.pageChanges).toBeGreaterThan(5);
    expect(byFile['lazy-images.html']!.pageChanges).toBeGreaterThan(5);
    expect(byFile['async-clock.html']!.excusedChanges).toBeGreaterThan(0);
    expect(results.every((result) => result.highlights.length > 0)).toBe(true);
  }, 240_000);

  it.each(BROWSERS)('fails a build that changes a text node and adds an element, on every page, in %s', async (kind) => {
    const lines: string[] = [];
    const { results, failed } = await runPagesSuite({ dirs: [SELF_MUTATING], browsers: [kind], dist: broken, log: (line) => lines.push(line) });
    expect(failed).toBe(results.length);
    for (const result of results) {
      const failure = result.failures.join('\n');
      expect(failure, result.page.file).toMatch(/with no page-script author while Counterpoint was on/);
      expect(failure, result.page.file).toMatch(/text at html>body>main>article>[a-z0-9:]+>#text changed to "/);
      expect(failure, result.page.file).toContain('html>body: +aside');
    }
  }, 240_000);
});
