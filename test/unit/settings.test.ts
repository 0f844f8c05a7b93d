import { describe, expect, it } from 'vitest';
import { defaultSettings, isSiteActive, migrate, settingsDiff, settingsFrom, withSiteActive, SETTINGS_VERSION, UNTOUCHED_VERSION_1 } from '../../src/core/settings';

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

  it('migrates the version-0 shape, which ran on every site', () => {
    expect(migrate({ disabledSites: ['a.com'] })).toEqual({ excludedSites: ['a.com'], siteMode: 'all-except-listed', settingsVersion: SETTINGS_VERSION });
    expect(settingsFrom({ disabledSites: ['a.com'] }, defaults).excludedSites).toEqual(['a.com']);
    expect(isSiteActive(settingsFrom({ disabledSites: ['a.com'] }, defaults), 'example.org')).toBe(true);
  });

  it('runs only on the listed news sites by default, and one switch adds a site (weakness 12)', () => {
    expect(defaults.siteMode).toBe('only-listed');
    expect(isSiteActive(defaults, 'www.nytimes.com')).toBe(true);
    expect(isSiteActive(defaults, 'mail.example.org')).toBe(false);
    const added = withSiteActive(defaults, 'www.example.org', true);
    expect(added.includedSites).toEqual(['nytimes.com', 'elpais.com', 'example.org']);
    expect(isSiteActive(added, 'example.org')).toBe(true);
    expect(settingsFrom(settingsDiff(added, defaults), defaults)).toEqual(added);
  });

  it('gives a fresh install today’s defaults, and keeps version 1’s default for whoever had it', () => {
    expect(settingsFrom({}, defaults)).toEqual(defaults);
    // A reader who changed anything under version 1 stored { settingsVersion: 1, … } without a siteMode.
    expect(settingsFrom({ settingsVersion: 1, hoverDelayMs: 700 }, defaults)).toMatchObject({ siteMode: 'all-except-listed', hoverDelayMs: 700 });
    expect(settingsFrom({ settingsVersion: 1, siteMode: 'only-listed' }, defaults).siteMode).toBe('only-listed');
    expect(settingsFrom({ settingsVersion: 2 }, defaults).siteMode).toBe('only-listed');
    // One who changed nothing is marked so by the update (settings-store.ts settleSettingsVersion).
    expect(settingsDiff(settingsFrom(UNTOUCHED_VERSION_1, defaults), defaults)).toEqual({ settingsVersion: 2, siteMode: 'all-except-listed' });
  });

  it('never breaks on corrupt stored settings (E1): every bad field falls back to its default', () => {
    const corrupt: Record<string, unknown>[] = [
      { enabled: 'yes', categories: 'all', highlightStyle: 42, excludedSites: 'example.com', includedSites: null, language: 'fr', badge: 1, classroom: 'on', siteMode: 'sometimes', mentionScope: [] },
      { settingsVersion: 99, hoverDelayMs: -5 },
      { settingsVersion: '1', disabledSites: ['b.com'] },
      JSON.parse('{"__proto__": {"enabled": false}, "constructor": {"prototype": {"x": 1}}}'),
      { excludedSites: Array.from({ length: 6_000 }, (_, index) => `site-${index}.com`), includedSites: ['x'.repeat(300)] },
      { categories: { people: null, cartels: 'no', __proto__: { substances: false } } },
      { hoverDelayMs: Number.NaN, settingsVersion: Number.POSITIVE_INFINITY },
    ];
    for (const stored of corrupt) {
      const settings = settingsFrom(stored, defaults);
      for (const key of Object.keys(defaults) as (keyof typeof defaults)[]) {
        expect(typeof settings[key], `${JSON.stringify(stored).slice(0, 60)}: ${key}`).toBe(typeof defaults[key]);
      }
      expect(settings.categories).toEqual(defaults.categories);
      expect(settings.enabled).toBe(true);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    }
    expect(settingsFrom(corrupt[0]!, defaults)).toEqual(defaults);
    expect(settingsFrom({ settingsVersion: '1', disabledSites: ['b.com'] }, defaults).excludedSites).toEqual(['b.com']);
  });

  it('decides per site in both modes, including subdomains and www', () => {
    const everywhere = { ...defaults, siteMode: 'all-except-listed' as const };
    expect(isSiteActive(everywhere, 'www.example.org')).toBe(true);
    const off = withSiteActive(everywhere, 'www.example.org', false);
    expect(off.excludedSites).toEqual(['example.org']);
    expect(isSiteActive(off, 'example.org')).toBe(false);
    expect(isSiteActive(off, 'news.example.org')).toBe(false);
    expect(isSiteActive(withSiteActive(off, 'example.org', true), 'example.org')).toBe(true);

    const only = { ...defaults, siteMode: 'only-listed' as const };
    expect(isSiteActive(only, 'www.nytimes.com')).toBe(true);
    expect(isSiteActive(only, 'example.org')).toBe(false);
    expect(isSiteActive(withSiteActive(only, 'example.org', true), 'example.org')).toBe(true);
    expect(isSiteActive(withSiteActive(only, 'nytimes.com', false), 'www.nytimes.com')).toBe(false);
    expect(isSiteActive({ ...everywhere, enabled: false }, 'example.org')).toBe(false);
  });
});
