// The content script is registered from the background instead of the manifest, with the sites
// the reader's settings allow (src/core/site-matches.ts), so the browser never loads it on a site
// that is off: no storage read, no work, nothing for the page to see.
import browser from 'webextension-polyfill';
import type { Settings } from '../core/settings';
import { CONTENT_SCRIPT_ID, contentScriptTargets, STYLE_SCRIPT_ID, type ContentScriptTargets } from '../core/site-matches';
import { TEST_HOOKS } from './capabilities';

/** Test builds list a one-line timing script first (build.mjs, src/page/bench-probe.ts). */
export const CONTENT_SCRIPT_FILES = TEST_HOOKS ? ['test-pre.js', 'content.js'] : ['content.js'];
// No stylesheet file: the ::highlight() rules are for names random per page, written by a one-line
// script at document_start, so the sheet is in place before the page is laid out (highlight-sheet.ts).
const STYLE_SCRIPT_FILES = ['highlight-style.js'];

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => (a ?? []).length === b.length && b.every((entry, index) => a?.[index] === entry);

/** The scripts registered for the reader's sites: the early style script, then the content script. */
const SCRIPTS = [
  { id: STYLE_SCRIPT_ID, js: STYLE_SCRIPT_FILES, runAt: 'document_start' },
  { id: CONTENT_SCRIPT_ID, js: CONTENT_SCRIPT_FILES, runAt: 'document_idle' },
] as const;

async function apply(targets: ContentScriptTargets | null): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: SCRIPTS.map((script) => script.id) });
  if (!targets) {
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
    return;
  }
  for (const script of SCRIPTS) {
    const current = registered.find((entry) => entry.id === script.id);
    if (current) {
      if (sameList(current.matches, targets.matches) && sameList(current.excludeMatches, targets.excludeMatches) && sameList(current.js, script.js)) continue;
      // Updated in place, so no page load in between finds the script missing.
      await browser.scripting.updateContentScripts([{ id: script.id, js: [...script.js], matches: targets.matches, excludeMatches: targets.excludeMatches }]);
      continue;
    }
    await browser.scripting.registerContentScripts([
      {
        id: script.id,
        js: [...script.js],
        matches: targets.matches,
        excludeMatches: targets.excludeMatches,
        runAt: script.runAt,
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
}

let queue: Promise<void> = Promise.resolve();

/** Registers, updates or removes the content script to match `settings`; calls run one after another. */
export function syncContentScript(settings: Settings): Promise<void> {
  const next = queue.then(() => apply(contentScriptTargets(settings)));
  // eslint-disable-next-line no-restricted-syntax -- the caller of this call gets its failure; the queue only goes on
  queue = next.catch(() => undefined);
  return next;
}

/** Whether the browser lets us read these sites (Firefox lets the reader withhold host permissions). */
export async function hasSiteAccess(settings: Settings): Promise<boolean> {
  const targets = contentScriptTargets(settings);
  if (!targets) return true;
  return browser.permissions.contains({ origins: targets.matches });
}

/** Runs the content script in a tab already open on a site just switched on (the popup's switch). */
export async function startInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPT_FILES });
}
