import { describe, expect, it } from 'vitest';
import { categoryOf, defaultSettings, isSiteActive, migrate, normalizeHostname, settingsDiff, settingsFrom, withSiteActive, SETTINGS_VERSION, UNTOUCHED_VERSION_1 } from '../../src/core/settings';

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

describe('each stored setting, valid and not', () => {
  const fallsBack = Symbol('falls back to the default');
  const site = (length: number) => `${'a'.repeat(length - 4)}.com`;
  const rows: [keyof typeof defaults, unknown, unknown][] = [
    ['enabled', false, false],
    ['enabled', 'false', fallsBack],
    ...(['underline', 'background', 'hover-only'] as const).map((style): [keyof typeof defaults, unknown, unknown] => ['highlightStyle', style, style]),
    ['highlightStyle', 'Background', fallsBack],
    ['mentionScope', 'first', 'first'],
    ['mentionScope', 'all', 'all'],
    ['mentionScope', 'some', fallsBack],
    ['hoverDelayMs', 0, 0],
    ['hoverDelayMs', 2000, 2000],
    ['hoverDelayMs', 1234, 1234],
    ['hoverDelayMs', -1, fallsBack],
    ['hoverDelayMs', 2001, fallsBack],
    ['hoverDelayMs', '700', fallsBack],
    ['siteMode', 'all-except-listed', 'all-except-listed'],
    ['siteMode', 'only-listed', 'only-listed'],
    ['siteMode', 'everywhere', fallsBack],
    ['excludedSites', Array.from({ length: 5000 }, (_, index) => `s${index}.com`), 'same'],
    ['excludedSites', Array.from({ length: 5001 }, (_, index) => `s${index}.com`), fallsBack],
    ['includedSites', [site(253)], 'same'],
    ['includedSites', [site(254)], fallsBack],
    ['includedSites', ['a.com', 7], fallsBack],
    ['language', 'en', 'en'],
    ['language', 'es', 'es'],
    ['language', 'auto', 'auto'],
    ['language', 'EN', fallsBack],
    ['badge', false, false],
    ['badge', 0, fallsBack],
    ['classroom', true, true],
    ['classroom', 'true', fallsBack],
  ];
  it.each(rows)('%s: %j', (key, value, expected) => {
    const read = settingsFrom({ settingsVersion: SETTINGS_VERSION, [key]: value }, defaults)[key];
    expect(read).toEqual(expected === fallsBack ? defaults[key] : expected === 'same' ? value : expected);
  });

  it.each(['people', 'cartels', 'substances', 'programs', 'organizations'] as const)('reads the %s category alone, and ignores keys that are not categories', (category) => {
    const settings = settingsFrom({ settingsVersion: SETTINGS_VERSION, categories: { [category]: false, wizards: false } }, defaults);
    expect(settings.categories).toEqual({ ...defaults.categories, [category]: false });
    expect(Object.keys(settings.categories)).toEqual(Object.keys(defaults.categories));
  });

  it('puts every entity type in its category', () => {
    const types = ['person', 'cartel', 'substance', 'program', 'policy', 'event', 'organization'] as const;
    expect(types.map(categoryOf)).toEqual(['people', 'cartels', 'substances', 'programs', 'programs', 'programs', 'organizations']);
  });
});

describe('sites', () => {
  it.each([
    [' WWW.Example.COM. ', 'example.com'],
    ['www2.example.com', 'www2.example.com'],
    ['news.www.example.com', 'news.www.example.com'],
    ['example.com', 'example.com'],
  ])('names %j as %j', (hostname, expected) => {
    expect(normalizeHostname(hostname)).toBe(expected);
  });

  it('matches a listed site and its subdomains, not a name that only ends the same', () => {
    const only = { ...defaults, includedSites: ['example.org', '', 'www.'] };
    expect(['example.org', 'news.example.org', 'a.b.example.org', 'notexample.org', 'example.org.evil.com', 'org'].map((host) => isSiteActive(only, host))).toEqual([true, true, true, false, false, false]);
  });

  it('switching a subdomain off removes the listed site that covers it, in either mode', () => {
    expect(withSiteActive(defaults, 'news.nytimes.com', false).includedSites).toEqual(['elpais.com']);
    const everywhere = { ...defaults, siteMode: 'all-except-listed' as const, excludedSites: ['example.org', 'other.com'] };
    expect(withSiteActive(everywhere, 'www.news.example.org', true).excludedSites).toEqual(['other.com']);
    expect(withSiteActive(everywhere, 'other.com', false).excludedSites).toEqual(['example.org', 'other.com']);
    expect(withSiteActive(everywhere, 'new.com', false).includedSites).toEqual(defaults.includedSites);
    expect(withSiteActive(defaults, 'new.com', true).excludedSites).toEqual([]);
  });
});

describe('migrating stored settings', () => {
  it.each([
    ['a version-0 list that is not a list is dropped', { disabledSites: 'a.com', badge: false }, { badge: false, siteMode: 'all-except-listed', settingsVersion: 2 }],
    ['a version-0 shape keeps its other keys', { disabledSites: ['a.com'], badge: false }, { badge: false, excludedSites: ['a.com'], siteMode: 'all-except-listed', settingsVersion: 2 }],
    ['version 1 with a site mode keeps it', { settingsVersion: 1, siteMode: 'only-listed' }, { siteMode: 'only-listed', settingsVersion: 2 }],
    ['a version from the future is left as it is', { settingsVersion: 7, disabledSites: ['a.com'] }, { disabledSites: ['a.com'], settingsVersion: 2 }],
    ['nothing stored is today’s version', {}, { settingsVersion: 2 }],
  ])('%s', (_label, stored, expected) => {
    expect(migrate(stored)).toEqual(expected);
  });
});

describe('the defaults, written out', () => {
  it('are a fresh install’s settings, with its own copy of the news sites', () => {
    const sites = ['nytimes.com'];
    const fresh = defaultSettings(sites);
    expect(fresh).toEqual({
      enabled: true,
      categories: { people: true, cartels: true, substances: true, programs: true, organizations: true },
      highlightStyle: 'underline',
      mentionScope: 'all',
      hoverDelayMs: 400,
      siteMode: 'only-listed',
      excludedSites: [],
      includedSites: ['nytimes.com'],
      language: 'auto',
      badge: true,
      classroom: false,
    });
    sites.push('elpais.com');
    expect(fresh.includedSites).toEqual(['nytimes.com']);
    expect(defaultSettings().includedSites).toEqual([]);
  });

  it('reads stored categories that are null or not an object as none stored', () => {
    expect(settingsFrom({ settingsVersion: SETTINGS_VERSION, categories: null }, defaults).categories).toEqual(defaults.categories);
    expect(settingsFrom({ settingsVersion: SETTINGS_VERSION, categories: 'people' }, defaults).categories).toEqual(defaults.categories);
  });

  it('migrates from a version it has no step for without failing', () => {
    expect(migrate({ settingsVersion: -1, badge: false })).toEqual({ badge: false, siteMode: 'all-except-listed', settingsVersion: SETTINGS_VERSION });
    expect(migrate({ settingsVersion: 0.5, badge: false })).toEqual({ badge: false, settingsVersion: SETTINGS_VERSION });
  });

  it('never treats an empty site name as every site, nor a page without a host name as listed', () => {
    expect(isSiteActive({ ...defaults, includedSites: [''] }, '')).toBe(false);
    expect(isSiteActive({ ...defaults, siteMode: 'all-except-listed', excludedSites: [''] }, '')).toBe(true);
  });
});
