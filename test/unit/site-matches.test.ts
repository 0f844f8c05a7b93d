// Where the content script is registered: the browser's match patterns must say exactly what
// isSiteActive says, so a site that is off never runs the script and a site that is on always does.
import { describe, expect, it } from 'vitest';
import { defaultSettings, isSiteActive, withSiteActive } from '../../src/core/settings';
import { ALL_WEB_PAGES, contentScriptTargets, sitePatterns } from '../../src/core/site-matches';

/** A match pattern's host part checked the way browsers do (scheme and path are always *://…/*). */
function patternMatchesHost(pattern: string, host: string): boolean {
  const hostPart = /^(?:\*|https?):\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
  if (hostPart === undefined) throw new Error(`not a host pattern: ${pattern}`);
  if (hostPart === '*') return true;
  if (hostPart.startsWith('*.')) return host === hostPart.slice(2) || host.endsWith(hostPart.slice(1));
  return host === hostPart;
}
const runsOn = (settings: ReturnType<typeof defaultSettings>, host: string) => {
  const targets = contentScriptTargets(settings);
  if (!targets) return false;
  return targets.matches.some((pattern) => patternMatchesHost(pattern, host)) && !targets.excludeMatches.some((pattern) => patternMatchesHost(pattern, host));
};

const HOSTS = ['nytimes.com', 'www.nytimes.com', 'cooking.nytimes.com', 'notnytimes.com', '127.0.0.1', 'localhost', 'example.org', 'mail.example.org', 'bank.example'];

describe('content script registration targets', () => {
  it('runs only on the listed news sites by default, and on a site the popup switched on', () => {
    const defaults = defaultSettings(['nytimes.com', 'elpais.com']);
    const switched = withSiteActive(defaults, '127.0.0.1', true);
    for (const settings of [defaults, switched]) for (const host of HOSTS) expect([host, runsOn(settings, host)]).toEqual([host, isSiteActive(settings, host)]);
    expect(contentScriptTargets(switched)?.matches).toContain('*://127.0.0.1/*');
  });

  it('runs on every http and https page but the turned-off ones in "all sites" mode', () => {
    const settings = { ...defaultSettings(), siteMode: 'all-except-listed' as const, excludedSites: ['example.org', 'bank.example'] };
    expect(contentScriptTargets(settings)?.matches).toEqual(ALL_WEB_PAGES);
    for (const host of HOSTS) expect([host, runsOn(settings, host)]).toEqual([host, isSiteActive(settings, host)]);
  });

  it('registers nothing when paused everywhere or when no site is listed', () => {
    expect(contentScriptTargets({ ...defaultSettings(['nytimes.com']), enabled: false })).toBeNull();
    expect(contentScriptTargets(defaultSettings([]))).toBeNull();
  });

  it('leaves out entries no match pattern can express, instead of failing the registration', () => {
    expect(sitePatterns('WWW.Example.org.')).toEqual(['*://example.org/*', '*://*.example.org/*']);
    for (const junk of ['', 'exa mple.org', 'example.org:8080', 'http://example.org', '*.example.org', 'ex/ample']) expect(sitePatterns(junk)).toEqual([]);
  });
});
