// Our own pages and the reader's tabs, for the entry points: the browser's tabs and runtime APIs.
import browser from 'webextension-polyfill';

/** Opens one of Counterpoint's pages (a path such as 'log/log.html') in a new tab. */
export async function openExtensionPage(path: string, params: Record<string, string> = {}): Promise<void> {
  const url = new URL(browser.runtime.getURL(path));
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  await browser.tabs.create({ url: url.href });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

export async function activeTabId(): Promise<number | undefined> {
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/**
 * The tab the popup speaks for: the active one, or, when the popup was opened as a page of its own
 * (the test harness does so in Firefox, which cannot open the real popup), the tab used just before.
 */
export async function popupTargetTab(): Promise<number | undefined> {
  // tabs.getCurrent() rejects where there is no tab (the real popup): that is the ordinary case.
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  if (!own) return activeTabId();
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== own.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}
