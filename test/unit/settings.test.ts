import { describe, expect, it } from 'vitest';
import { defaultSettings, isSiteActive, migrate, settingsDiff, settingsFrom, withSiteActive, SETTINGS_VERSION } from '../../src/core/settings';

const defaults = defaultSettings(['nytimes.com', 'elpais.com']);

describe('settings', () => {
  it('stores only what differs from the defaults, with a version', () => {
    expect(settingsDiff(defaults, defaults)).toEqual({ settingsVersion: SETTINGS_VERSION });
    const changed = { ...defaults, hoverDelayMs: 700, categories: { ...defaults.categories, people: false } };
    expect(settingsDiff(changed, defaults)).toEqual({ settingsVersion: SETTINGS_VERSION, hoverDelayMs: 700, categories: changed.categories });
  });

  it('round-trips a diff back into full settings', () => {
    const changed = { ...defaults, highlightStyle: 'background' as const, excludedSites: ['example.com'] };
    expect(settingsFrom(settingsDiff(changed, defaults), defaults)).toEqual(changed);
  });

  it('falls back to defaults for malformed stored values instead of breaking', () => {
    const stored = { hoverDelayMs: 'soon', highlightStyle: 'sparkles', categories: { people: 'no', cartels: false }, excludedSites: [1, 2], language: 'fr' };
    const settings = settingsFrom(stored, defaults);
    expect(settings.hoverDelayMs).toBe(defaults.hoverDelayMs);
    expect(settings.highlightStyle).toBe('underline');
    expect(settings.categories).toEqual({ ...defaults.categories, cartels: false });
    expect(settings.excludedSites).toEqual([]);
    expect(settings.language).toBe('auto');
  });

  it('migrates the version-0 shape', () => {
    expect(migrate({ disabledSites: ['a.com'] })).toEqual({ excludedSites: ['a.com'], settingsVersion: 1 });
    expect(settingsFrom({ disabledSites: ['a.com'] }, defaults).excludedSites).toEqual(['a.com']);
  });

  it('decides per site in both modes, including subdomains and www', () => {
    expect(isSiteActive(defaults, 'www.example.org')).toBe(true);
    const off = withSiteActive(defaults, 'www.example.org', false);
    expect(off.excludedSites).toEqual(['example.org']);
    expect(isSiteActive(off, 'example.org')).toBe(false);
    expect(isSiteActive(off, 'news.example.org')).toBe(false);
    expect(isSiteActive(withSiteActive(off, 'example.org', true), 'example.org')).toBe(true);

    const only = { ...defaults, siteMode: 'only-listed' as const };
    expect(isSiteActive(only, 'www.nytimes.com')).toBe(true);
    expect(isSiteActive(only, 'example.org')).toBe(false);
    expect(isSiteActive(withSiteActive(only, 'example.org', true), 'example.org')).toBe(true);
    expect(isSiteActive(withSiteActive(only, 'nytimes.com', false), 'www.nytimes.com')).toBe(false);
    expect(isSiteActive({ ...defaults, enabled: false }, 'example.org')).toBe(false);
  });
});
