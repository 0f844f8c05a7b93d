// Our own pages and the reader's tabs, for the entry points: the browser's tabs and runtime APIs.
import browser from 'webextension-polyfill';

/** Opens one of Counterpoint's pages (a path such as 'log/log.html') in a new tab. */
export async function openExtensionPage(path: string, params: Record<string, string> = {}): Promise<void> {
  const url = new URL(browser.runtime.getURL(path));
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  await browser.tabs.create({ url: url.href });
}

/** The address of one of Counterpoint's pages, for a link. */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** A tab's address, or undefined where the browser does not say (or the tab is gone). */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  // eslint-disable-next-line no-restricted-syntax -- a tab closed meanwhile simply has no address
  return (await browser.tabs.get(tabId).catch(() => undefined))?.url;
}

export async function activeTabId(): Promise<number | undefined> {
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/**
 * The tab the popup speaks for: the active one, or, when the popup was opened as a page of its own
 * (the test harness does so in Firefox, which cannot open the real popup), the tab used just before.
 */
export async function popupTargetTab(): Promise<number | undefined> {
  // eslint-disable-next-line no-restricted-syntax -- tabs.getCurrent() rejects where there is no tab (the real popup): the ordinary case
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  if (!own) return activeTabId();
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== own.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}
