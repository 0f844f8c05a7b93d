// `counterpoint scan` finds what the extension highlights: the built extension in a real browser
// and the CLI (the real bin) on the same Spanish pages, compared mention by mention in page order.
// The pages: three written for the tests, and the Spanish pages of ../shared/pages-multilingual
// when that folder is there (it is not in every checkout).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/demo/routes';
import { ourHighlights, waitForHighlights } from '../../scripts/lib/page-probes';
import { startServer, type RunningServer } from '../../scripts/lib/static-server';
import { BROWSERS, startHarness, type Harness } from './harness';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'pages');
const MULTILINGUAL = resolve(PROJECT_ROOT, '..', 'shared', 'pages-multilingual');
const BIN = join(PROJECT_ROOT, 'bin', 'counterpoint.mjs');

/** Spanish pages of the shared folder, by its manifest. */
function sharedSpanishPages(): string[] {
  const manifest = join(MULTILINGUAL, 'MANIFEST.tsv');
  if (!existsSync(manifest)) return [];
  return readFileSync(manifest, 'utf8')
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t'))
    .filter((cells) => cells[4]?.trim() === 'es' && /\.html?$/.test(cells[0] ?? ''))
    .map((cells) => cells[0]!.trim())
    .sort();
}

/** The shared pages' own server: they are served as they are, with their scripts blocked (the CLI runs no page scripts either). */
let shared: RunningServer | null = null;

const PAGES: { label: string; file: string; url: (harness: Harness) => string }[] = [
  ...['es-seguridad.html', 'es-carteles.html', 'es-mixto.html'].map((name) => ({ label: name, file: join(FIXTURES, name), url: (harness: Harness) => harness.fixtureUrl(name) })),
  ...sharedSpanishPages().map((name) => ({ label: `pages-multilingual/${name}`, file: join(MULTILINGUAL, name), url: () => `${shared!.origin}/multilingual/${encodeURIComponent(name)}` })),
];

interface Found {
  entity: string;
  text: string;
}

/** What the CLI finds in a file, in page order. */
function scanWithCli(file: string): Found[] {
  const result = spawnSync(process.execPath, [BIN, 'scan', file], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`counterpoint scan ${file} failed: ${result.stderr}`);
  return (JSON.parse(result.stdout).mentions as { entity: string; text: string }[]).map(({ entity, text }) => ({ entity, text: text.replace(/\s+/g, ' ') }));
}

/** The highlighted texts in document order, and how many mentions of each entity the page reports. */
async function highlightsIn(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const helpers = ${ourHighlights};
    const ranges = helpers.mentions().map(helpers.live);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString().replace(/\\s+/g, ' '));
  })()`)) as string[];
}

/** The extension's own count of mentions per entity on the page, as the popup asks for it. */
async function entityCounts(harness: Harness, page: Page): Promise<Record<string, number>> {
  const options = await harness.openOptions();
  await page.bringToFront();
  const state = (await options.evaluate(async () => {
    type Api = { tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> } };
    const api = (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return api.tabs.sendMessage(tab!.id!, { type: 'PopupToContent.getPageState', payload: {} });
  })) as { entities: { entityId: string; count: number }[] };
  await options.close();
  return Object.fromEntries(state.entities.map(({ entityId, count }) => [entityId, count]).sort());
}

const countsOf = (found: Found[]) => {
  const counts: Record<string, number> = {};
  for (const { entity } of found) counts[entity] = (counts[entity] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort());
};

describe.each(BROWSERS)('the CLI and the extension in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
    const spanish = new Set(sharedSpanishPages());
    shared = await startServer([
      async (path) => {
        const match = /^\/multilingual\/(.+)$/.exec(path);
        const name = match ? decodeURIComponent(match[1]!) : '';
        if (!spanish.has(name)) return undefined;
        const html = readFileSync(join(MULTILINGUAL, name), 'utf8');
        const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
        return { body: /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${csp}`) : `${csp}${html}`, type: 'text/html; charset=utf-8' };
      },
    ]);
  });
  afterAll(async () => {
    await harness?.close();
    await shared?.close();
  });

  it('reads the pages at all (three written for the tests, and the shared Spanish pages when present)', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(3);
    if (existsSync(MULTILINGUAL)) expect(PAGES.length).toBeGreaterThan(30);
  });

  it.each(PAGES.map((page) => [page.label, page] as const))('finds the same mentions on %s', async (_, { file, url }) => {
    const fromCli = scanWithCli(file);
    const page = await harness.openPage(url(harness));
    if (fromCli.length) await waitForHighlights(page, fromCli.length, 20_000);
    // The page has settled when its highlights stop changing.
    let painted = await highlightsIn(page);
    for (let tries = 0; tries < 10; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = await highlightsIn(page);
      if (again.join('\u0000') === painted.join('\u0000')) break;
      painted = again;
    }
    expect(painted).toEqual(fromCli.map((found) => found.text));
    expect(await entityCounts(harness, page)).toEqual(countsOf(fromCli));
    await page.close();
  }, 60_000);
});
