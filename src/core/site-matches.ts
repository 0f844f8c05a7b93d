// Where the content script is registered to run, as match patterns the browser checks before it
// loads the script: a site the reader turned off never runs a line of ours. Pure: the background
// hands the result to scripting.registerContentScripts / updateContentScripts.
import { normalizeHostname, type Settings } from './settings';

export interface ContentScriptTargets {
  matches: string[];
  excludeMatches: string[];
}

/** The ids the background registers its two scripts under; the test launcher waits for both. */
export const CONTENT_SCRIPT_ID = 'counterpoint-content';
export const STYLE_SCRIPT_ID = 'counterpoint-highlight-style';

/** Every http and https page. */
export const ALL_WEB_PAGES = ['http://*/*', 'https://*/*'];

/** A host name a match pattern can name: letters, digits, hyphens and dots (IDN sites in their xn-- form). */
const PATTERN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * The patterns for a listed site, as isSiteActive reads the list: the site and every subdomain
 * ("nytimes.com" covers www.nytimes.com). A pattern has no port, so it covers every port.
 * Entries no pattern can express are left out: they could not match a page's host name either.
 */
export function sitePatterns(entry: string): string[] {
  const site = normalizeHostname(entry);
  if (!PATTERN_HOST.test(site)) return [];
  return IPV4.test(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://*.${site}/*`];
}

/** Where the content script should run under these settings; null when nowhere (paused, or no site listed). */
export function contentScriptTargets(settings: Settings): ContentScriptTargets | null {
  if (!settings.enabled) return null;
  const patterns = (sites: readonly string[]) => [...new Set(sites.flatMap(sitePatterns))];
  if (settings.siteMode === 'only-listed') {
    const matches = patterns(settings.includedSites);
    return matches.length ? { matches, excludeMatches: [] } : null;
  }
  return { matches: [...ALL_WEB_PAGES], excludeMatches: patterns(settings.excludedSites) };
}
