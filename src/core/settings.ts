// Reader settings: defaults, validation, migration, and the "differs from default" diff we store.
// Pure: the storage side lives in platform/settings-store.ts.
import type { EntityType } from './types';

export const SETTINGS_VERSION = 2;

export const CATEGORIES = ['people', 'cartels', 'substances', 'programs', 'organizations'] as const;
export type Category = (typeof CATEGORIES)[number];

const CATEGORY_OF_TYPE: Record<EntityType, Category> = {
  person: 'people',
  cartel: 'cartels',
  substance: 'substances',
  program: 'programs',
  policy: 'programs',
  event: 'programs',
  organization: 'organizations',
};
export const categoryOf = (type: EntityType): Category => CATEGORY_OF_TYPE[type];

export interface Settings {
  /** Pause everywhere. */
  enabled: boolean;
  categories: Record<Category, boolean>;
  highlightStyle: 'underline' | 'background' | 'hover-only';
  mentionScope: 'all' | 'first';
  hoverDelayMs: number;
  siteMode: 'all-except-listed' | 'only-listed';
  /** Sites left alone in 'all-except-listed' mode. */
  excludedSites: string[];
  /** Sites annotated in 'only-listed' mode. */
  includedSites: string[];
  language: 'auto' | 'en' | 'es';
  badge: boolean;
  classroom: boolean;
}

/** The highlight style of a fresh install (also what the document_start style script writes). */
export const DEFAULT_HIGHLIGHT_STYLE: Settings['highlightStyle'] = 'underline';

export function defaultSettings(defaultNewsSites: readonly string[] = []): Settings {
  return {
    enabled: true,
    categories: { people: true, cartels: true, substances: true, programs: true, organizations: true },
    highlightStyle: DEFAULT_HIGHLIGHT_STYLE,
    mentionScope: 'all',
    hoverDelayMs: 400,
    // Only the listed news sites until the reader turns Counterpoint on for another (README: "Where it runs").
    siteMode: 'only-listed',
    excludedSites: [],
    includedSites: [...defaultNewsSites],
    language: 'auto',
    badge: true,
    classroom: false,
  };
}

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

/** "www.nytimes.com" and "nytimes.com" name the same site. */
export function normalizeHostname(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

function listsSite(list: readonly string[], hostname: string): boolean {
  const host = normalizeHostname(hostname);
  return list.some((entry) => {
    const site = normalizeHostname(entry);
    return site !== '' && (host === site || host.endsWith(`.${site}`));
  });
}

export function isSiteActive(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  return settings.siteMode === 'only-listed' ? listsSite(settings.includedSites, hostname) : !listsSite(settings.excludedSites, hostname);
}

/** The per-site switch edits whichever list the current mode uses. */
export function withSiteActive(settings: Settings, hostname: string, active: boolean): Settings {
  const site = normalizeHostname(hostname);
  const without = (list: string[]) => list.filter((entry) => normalizeHostname(entry) !== site && !site.endsWith(`.${normalizeHostname(entry)}`));
  if (settings.siteMode === 'only-listed') {
    return { ...settings, includedSites: active ? [...without(settings.includedSites), site] : without(settings.includedSites) };
  }
  return { ...settings, excludedSites: active ? without(settings.excludedSites) : [...without(settings.excludedSites), site] };
}

type Stored = Record<string, unknown>;

/** Older stored shapes, upgraded one version at a time. */
const MIGRATIONS: Record<number, (stored: Stored) => Stored> = {
  // 0 → 1: the first release stored `disabledSites`; it became `excludedSites`.
  0: ({ disabledSites, ...rest }) => (Array.isArray(disabledSites) ? { ...rest, excludedSites: disabledSites } : rest),
  // 1 → 2: the default became "only the listed news sites"; who had the old default keeps it.
  1: (stored) => ('siteMode' in stored ? stored : { ...stored, siteMode: 'all-except-listed' }),
};

/**
 * What an install that stored nothing under version 1 stored: the platform writes it on an update
 * from a version that left storage empty (settings-store.ts), so that reader keeps the old default.
 */
export const UNTOUCHED_VERSION_1: Stored = { settingsVersion: 1 };

export function migrate(stored: Stored): Stored {
  // Nothing stored is a fresh install (or a reset), which gets today's defaults; an old install that
  // stored nothing is marked on update (UNTOUCHED_VERSION_1). Keys without a version are version 0's.
  const version = typeof stored.settingsVersion === 'number' ? stored.settingsVersion : Object.keys(stored).length ? 0 : SETTINGS_VERSION;
  let current = { ...stored };
  for (let step = version; step < SETTINGS_VERSION; step++) current = MIGRATIONS[step]?.(current) ?? current;
  return { ...current, settingsVersion: SETTINGS_VERSION };
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 5_000 && value.every((entry) => typeof entry === 'string' && entry.length <= 253);

/** Stored values over defaults; anything malformed falls back to its default rather than breaking. */
export function settingsFrom(stored: Stored, defaults: Settings): Settings {
  const source = migrate(stored);
  const pick = <K extends keyof Settings>(key: K, valid: (value: unknown) => boolean): Settings[K] =>
    valid(source[key]) ? (source[key] as Settings[K]) : defaults[key];
  const storedCategories = typeof source.categories === 'object' && source.categories !== null ? (source.categories as Record<string, unknown>) : {};
  const categories = { ...defaults.categories };
  for (const category of CATEGORIES) if (Object.hasOwn(storedCategories, category) && typeof storedCategories[category] === 'boolean') categories[category] = storedCategories[category] as boolean;
  return {
    enabled: pick('enabled', (value) => typeof value === 'boolean'),
    categories,
    highlightStyle: pick('highlightStyle', (value) => value === 'underline' || value === 'background' || value === 'hover-only'),
    mentionScope: pick('mentionScope', (value) => value === 'all' || value === 'first'),
    hoverDelayMs: pick('hoverDelayMs', (value) => typeof value === 'number' && value >= HOVER_DELAY_RANGE.min && value <= HOVER_DELAY_RANGE.max),
    siteMode: pick('siteMode', (value) => value === 'all-except-listed' || value === 'only-listed'),
    excludedSites: pick('excludedSites', isStringList),
    includedSites: pick('includedSites', isStringList),
    language: pick('language', (value) => value === 'auto' || value === 'en' || value === 'es'),
    badge: pick('badge', (value) => typeof value === 'boolean'),
    classroom: pick('classroom', (value) => typeof value === 'boolean'),
  };
}

/** Only what differs from the defaults is stored, so a future default change reaches everyone. */
export function settingsDiff(settings: Settings, defaults: Settings): Stored {
  const diff: Stored = { settingsVersion: SETTINGS_VERSION };
  for (const key of Object.keys(settings) as (keyof Settings)[]) {
    if (JSON.stringify(settings[key]) !== JSON.stringify(defaults[key])) diff[key] = settings[key];
  }
  return diff;
}
