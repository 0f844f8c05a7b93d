// The content script is registered from the background instead of the manifest, with the sites
// the reader's settings allow (src/core/site-matches.ts), so the browser never loads it on a site
// that is off: no storage read, no work, nothing for the page to see.
import browser from 'webextension-polyfill';
import type { Settings } from '../core/settings';
import { contentScriptTargets, type ContentScriptTargets } from '../core/site-matches';
import { TEST_HOOKS } from './capabilities';

const SCRIPT_ID = 'counterpoint-content';
/** Test builds list a one-line timing script first (build.mjs, src/page/bench-probe.ts). */
// No stylesheet: the content script makes its ::highlight() rules itself, under names random per page (highlights.ts).
export const CONTENT_SCRIPT_FILES = TEST_HOOKS ? ['test-pre.js', 'content.js'] : ['content.js'];

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => (a ?? []).length === b.length && b.every((entry, index) => a?.[index] === entry);

async function apply(targets: ContentScriptTargets | null): Promise<void> {
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (!targets) {
    if (registered) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  if (registered) {
    if (sameList(registered.matches, targets.matches) && sameList(registered.excludeMatches, targets.excludeMatches) && sameList(registered.js, CONTENT_SCRIPT_FILES)) return;
    // Updated in place, so no page load in between finds the script missing.
    await browser.scripting.updateContentScripts([{ id: SCRIPT_ID, js: CONTENT_SCRIPT_FILES, matches: targets.matches, excludeMatches: targets.excludeMatches }]);
    return;
  }
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: CONTENT_SCRIPT_FILES,
      matches: targets.matches,
      excludeMatches: targets.excludeMatches,
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
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
