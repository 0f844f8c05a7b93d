// @vitest-environment happy-dom
// Spanish on the extension's own pages: the toolbar popup, the options page and the help page, in
// every state they have, drawn with the Spanish catalog, show no English of ours
// (test/support/english-left.ts says what may stay English). The options page's fact-pack panel is
// driven through the real pack-panel.ts over a stand-in for extension storage, so its statuses
// and the reasons a stored pack is set aside are the ones a reader meets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cardView } from '../../src/core/card-view';
import { createFactBase } from '../../src/core/factbase';
import { createEntitySearch } from '../../src/core/factbase/search';
import { MIN_ALIAS_LETTERS } from '../../src/core/alias-policy';
import { MAX_PACK_ERRORS } from '../../src/core/fact-packs';
import { aliasCount, MAX_ENABLED_PACK_ALIASES, MAX_PACK_ALIASES, MAX_PACK_CHARACTERS } from '../../src/core/pack-limits';
import { phrase } from '../../src/core/phrase';
import { defaultSettings, type Settings } from '../../src/core/settings';
import type { MentionShortcut } from '../../src/core/shortcut-text';
import type { EntityType, FactPack } from '../../src/core/types';
import { compileFactBase } from '../../src/node/factbase-files';
import { createPackPanel } from '../../src/extension/options/pack-panel';
import { DEFAULT_NEWS_SITES } from '../../src/platform/default-sites';
import { FactCard, TYPE_KEY } from '../../src/ui/card/FactCard';
import { HelpApp } from '../../src/ui/help/HelpApp';
import { sayPhrase, translator, type Translate } from '../../src/ui/i18n';
import { ClassroomSection } from '../../src/ui/options/ClassroomSection';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { PopupApp, type PopupEntity, type PopupProps } from '../../src/ui/popup/PopupApp';
import { englishIn, englishInHtml } from '../support/english-left';

/** extension storage.local, as the pack panel reads and writes it; a test can make it refuse. */
const storage = vi.hoisted(() => ({ items: {} as Record<string, unknown>, getFails: null as Error | null, setFails: null as Error | null }));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => {
          if (storage.getFails) throw storage.getFails;
          return { [key]: storage.items[key] };
        },
        set: async (items: Record<string, unknown>) => {
          if (storage.setFails) throw storage.setFails;
          Object.assign(storage.items, items);
        },
      },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  },
}));

const DATA = join(import.meta.dirname, '..', '..', 'data');
const { pack } = compileFactBase({ dataDir: DATA });
const factBase = createFactBase(pack);
const t = translator('es');
const noop = () => {};

describe('the popup in Spanish', () => {
  const TYPES: EntityType[] = ['person', 'cartel', 'substance', 'program', 'policy', 'event', 'organization'];
  /** The first entity of each type in the fact base, as the popup lists what a page names. */
  const onePerType: PopupEntity[] = TYPES.flatMap((type, index) => {
    const entity = pack.entities.find((candidate) => candidate.type === type);
    return entity ? [{ entityId: entity.id, name: entity.name.es, type, count: index === 0 ? 1 : index + 1 }] : [];
  });
  const hostname = DEFAULT_NEWS_SITES[0]!;
  const ready = (entities: PopupEntity[], siteActive = true, loggedEntries = 0) => ({ kind: 'ready' as const, hostname, url: `https://${hostname}/nota`, siteActive, entities, loggedEntries });
  const both: MentionShortcut[] = [
    { command: 'next-mention', keys: 'Alt+Shift+.' },
    { command: 'previous-mention', keys: 'Alt+Shift+,' },
  ];
  const popup = (props: Partial<PopupProps>, translate: Translate = t) =>
    h(PopupApp, {
      t: translate, page: { kind: 'loading' }, pausedEverywhere: false, siteMode: 'only-listed', classroom: false, shortcuts: null, canOpenShortcutSettings: true,
      onExportAnnotations: noop, onOpenLog: noop, onToggleSite: noop, onTogglePaused: noop, onRevealEntity: noop, onOpenOptions: noop, onOpenShortcutSettings: noop,
      ...props,
    });

  it('finds English when the popup is drawn with the English catalog (the check itself can fail)', () => {
    const english = englishIn(popup({ page: ready(onePerType), classroom: true, shortcuts: both }, translator('en'))).join('\n');
    expect(english).toMatch(/catalog English/);
    expect(english).toMatch(/mentions|Go to/);
  });

  it('lists an entity of every type the fact base has', () => {
    expect(onePerType.map((entity) => entity.type)).toEqual(TYPES);
  });

  it.each<[string, Partial<PopupProps>]>([
    ['while it asks the page', { page: { kind: 'loading' } }],
    ['on a page it cannot read', { page: { kind: 'unavailable' } }],
    ['with a name of every type, classroom mode on and entries logged', { page: ready(onePerType, true, 2), classroom: true, shortcuts: both }],
    ['with classroom mode on and nothing logged', { page: ready(onePerType), classroom: true }],
    ['with one name mentioned once', { page: ready([{ ...onePerType[0]!, count: 1 }]) }],
    ['with one name mentioned three times', { page: ready([{ ...onePerType[0]!, count: 3 }]) }],
    ['with nothing found', { page: ready([]) }],
    ['on a site switched off (everywhere but the listed sites)', { page: ready([], false), siteMode: 'all-except-listed' }],
    ['on a site not listed (only the listed sites)', { page: ready([], false), siteMode: 'only-listed' }],
    ['paused everywhere, on a listed site', { page: ready(onePerType), pausedEverywhere: true, siteMode: 'only-listed' }],
    ['paused everywhere, on a site switched off', { page: ready([], false), pausedEverywhere: true, siteMode: 'all-except-listed' }],
    ['with one shortcut unset, in Chrome', { page: ready(onePerType), shortcuts: [both[0]!, { command: 'previous-mention', keys: null }], canOpenShortcutSettings: true }],
    ['with both shortcuts unset, in Firefox', { page: ready(onePerType), shortcuts: both.map((shortcut) => ({ ...shortcut, keys: null })), canOpenShortcutSettings: false }],
    ['with both shortcuts set, in Firefox', { page: ready(onePerType), shortcuts: both, canOpenShortcutSettings: false }],
  ])('has no English of ours %s', (_state, props) => {
    expect(englishIn(popup(props), [hostname])).toEqual([]);
  });
});

/** Everything a reader can write or bring in: site names, a teacher's pack titles and file names. */
const packFile = (name: string) => readFileSync(join(DATA, 'packs', name), 'utf8');
const examplePack = JSON.parse(packFile('example-pack.json')) as FactPack;
const templatePack = JSON.parse(packFile('template-pack.json')) as FactPack;
const stored = (stored: FactPack, enabled = true) => ({ pack: stored, enabled, importedAt: '2026-12-01T10:00:00.000Z', fileName: `${stored.id}.json` });
/** The pack format's field names, which messages about a pack name as they are spelled. */
const PACK_FIELDS = ['schemaVersion', 'sources', 'entities', 'claims', 'topics', 'questions'];
const THEIRS = [...DEFAULT_NEWS_SITES, 'noticias.example', examplePack.title, templatePack.title, examplePack.id, templatePack.id, `${examplePack.id}.json`, `${templatePack.id}.json`, 'English'];

/** A pack of `count` made-up names, built from the example pack: enough aliases to pass the enabled packs' budget. */
function packOfAliases(count: number, id: string): FactPack {
  const letters = 'bcdfghjklmnpqrstvwz';
  const word = (n: number) => Array.from({ length: 3 }, (_, i) => letters[Math.floor(n / letters.length ** i) % letters.length]).join('') + 'ovar';
  const source = { ...examplePack.sources[0]!, id: `${id}-handout` };
  const entities = Array.from({ length: count }, (_, index) => ({ ...examplePack.entities[0]!, id: `${id}-${index}`, name: { en: `Zor ${word(index)}`, es: `Zor ${word(index)}` }, aliases: [{ text: `Zor ${word(index)}` }], mentionedIn: [source.id], topics: [] }));
  return { ...examplePack, id, title: `Paquete ${id}`, sources: [source], entities, claims: [], topics: [], questions: [] };
}

/** The options page as options.tsx draws it, with the real pack panel, into a live document. */
function optionsPage(settings: Settings) {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const search = createEntitySearch(pack);
  const draw = () =>
    render(
      h(
        OptionsApp,
        {
          t, settings, onChange: noop, onReset: noop, defaults: defaultSettings(DEFAULT_NEWS_SITES), shortcuts: [{ command: 'next-mention', keys: 'Alt+Shift+.' }, { command: 'previous-mention', keys: null }], canOpenShortcutSettings: true, onOpenShortcutSettings: noop,
          searchEntities: (query: string) => search(query, 8).map((hit) => ({ entityId: hit.entityId, name: factBase.lookup(hit.entityId)!.entity.name.es, typeLabel: t(TYPE_KEY[factBase.lookup(hit.entityId)!.entity.type]) })),
          renderEntity: (entityId: string) => h('div', { class: 'card static-card' }, h(FactCard, { t, lang: 'es', view: cardView(factBase.lookup(entityId)!, 'es'), mention: null, pinned: false, interactive: false, onOpenSource: noop })),
        },
        h(ClassroomSection, { t, classroom: settings.classroom, onClassroomChange: noop, onOpenLog: noop, helpUrl: 'chrome-extension://counterpoint/help/help.html', ...panel.view(t) }),
      ),
      root,
    );
  const panel = createPackPanel(draw);
  return { root, panel, draw, english: (allowed: string[] = []) => englishInHtml(root.innerHTML, [...THEIRS, ...allowed]) };
}

/** Preact draws state changes on the next tick. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the options page in Spanish', () => {
  beforeEach(() => {
    storage.items = {};
    storage.getFails = null;
    storage.setFails = null;
  });

  const spanish = defaultSettings(DEFAULT_NEWS_SITES);
  // One default site taken off the list and one added: the Reset dialog names both.
  const changed: Settings = { ...spanish, language: 'es', classroom: true, includedSites: [...DEFAULT_NEWS_SITES.slice(1), 'noticias.example'] };

  it('has no English of ours in any section, the Reset dialog’s text included, with the site list of each mode', async () => {
    for (const settings of [changed, { ...changed, siteMode: 'all-except-listed' as const, excludedSites: ['noticias.example', DEFAULT_NEWS_SITES[1]!], classroom: false }]) {
      const page = optionsPage(settings);
      await page.panel.reload();
      page.draw();
      expect(page.root.querySelector('.reset-dialog')?.textContent).toContain(t('resetDialogTitle'));
      expect(page.english()).toEqual([]);
    }
  });

  it('has no English of ours in an entity search, its hits and the card of the one chosen', async () => {
    const page = optionsPage(changed);
    page.draw();
    const input = page.root.querySelector<HTMLInputElement>('input[type="search"]')!;
    for (const query of ['fentanilo', 'zzzqqq']) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      if (query === 'fentanilo') {
        page.root.querySelector<HTMLButtonElement>('button.hit')!.click();
        await settle();
        expect(page.root.querySelector('.entity-card')).not.toBeNull();
      } else expect(page.root.textContent).toContain(t('optionsFindEntityNone'));
      expect(page.english(), query).toEqual([]);
    }
  });

  it('has no English of ours in the pack panel: a pack in use, one switched off, one over the alias budget, and damaged ones set aside', async () => {
    const looped = stored(examplePack) as unknown as { pack: Record<string, unknown> };
    looped.pack = { ...examplePack };
    looped.pack.self = looped.pack;
    const big = stored({ ...templatePack, id: 'paquete-grande', title: 'x'.repeat(MAX_PACK_CHARACTERS) });
    storage.items.factPacks = [
      stored(examplePack),
      stored(templatePack, false),
      stored(packOfAliases(MAX_ENABLED_PACK_ALIASES, 'demasiados-alias')),
      stored(examplePack),
      null,
      { pack: examplePack },
      big,
      looped,
    ];
    const page = optionsPage(changed);
    await page.panel.reload();
    const view = page.panel.view(t);
    expect(view.packs.map((entry) => [entry.id, entry.enabled, Boolean(entry.notInUse)])).toEqual([[examplePack.id, true, false], [templatePack.id, false, false], ['demasiados-alias', true, true]]);
    expect(view.setAside).toHaveLength(5);
    page.draw();
    // The engine's own words on the looped entry are quoted as they are, as with JSON.parse's.
    const engine = (() => {
      try {
        return JSON.stringify(looped.pack);
      } catch (error) {
        return (error as Error).message.replace(/\s+/g, ' ');
      }
    })();
    expect(page.english(['Paquete demasiados-alias', engine, ...PACK_FIELDS])).toEqual([]);
  });

  it('has no English of ours in any status of the pack panel: checking, imported, refused, too big, storage full or failing, refused changes, unreadable', async () => {
    const page = optionsPage(changed);
    await page.panel.reload();
    page.draw();
    // The browser's own words for a failed write are quoted as they are.
    const english = () => page.english(['paquete.json', 'grande.json', 'QUOTA_BYTES quota exceeded', 'IO error', ...PACK_FIELDS]);
    const found: string[] = [];
    /** Does one thing on the panel and reads the status it ends in (and "checking", on the way, for an import). */
    const statusAfter = async (act: (view: ReturnType<typeof page.panel.view>) => void, expected: string) => {
      act(page.panel.view(t));
      if (page.root.querySelector('.pack-status.busy')) found.push(...english());
      await vi.waitFor(() => expect(page.root.querySelector('.pack-status:not(.busy)')?.textContent).toContain(expected));
      found.push(...english());
    };
    const json = (value: unknown) => new File([JSON.stringify(value)], 'paquete.json', { type: 'application/json' });
    const huge = new File([new Uint8Array(MAX_PACK_CHARACTERS * 4 + 1)], 'grande.json');

    await statusAfter((view) => view.onImportPack(json(templatePack)), t('optionsPackImported', [templatePack.title, 'paquete.json']));
    await statusAfter((view) => view.onImportPack(json(templatePack)), sayPhrase(t, phrase('packIdInstalled', 'paquete.json', templatePack.id, templatePack.title)));
    await statusAfter((view) => view.onImportPack(json([])), sayPhrase(t, phrase('packNotAnObject', 'paquete.json')));
    // The deeper checks too (each one is worded in Spanish in spanish-pack-messages.test.ts).
    await statusAfter((view) => view.onImportPack(json({ ...templatePack, id: 'otro-paquete', extra: true })), sayPhrase(t, phrase('checkExpectedNoField', 'extra')));
    await statusAfter((view) => view.onImportPack(huge), t('optionsPackFileTooLarge', ['grande.json', (huge.size / 1024 / 1024).toFixed(1), MAX_PACK_CHARACTERS / 1_000_000]));
    storage.setFails = new Error('QUOTA_BYTES quota exceeded');
    await statusAfter((view) => view.onImportPack(json(examplePack)), t('optionsPackStorageFull', ['paquete.json']));
    await statusAfter((view) => view.onTogglePack(templatePack.id, false), t('optionsPackChangeStorageFull'));
    storage.setFails = new Error('IO error');
    await statusAfter((view) => view.onImportPack(json(examplePack)), t('optionsPackStorageError', ['paquete.json', 'IO error']));
    storage.setFails = null;

    storage.items.factPacks = [stored(examplePack), stored(packOfAliases(MAX_ENABLED_PACK_ALIASES, 'demasiados-alias'), false), null];
    await page.panel.reload();
    const budget = sayPhrase(t, phrase('packEnabledAliasBudget', '"Paquete demasiados-alias"', MAX_ENABLED_PACK_ALIASES, aliasCount(examplePack), MAX_ENABLED_PACK_ALIASES + aliasCount(examplePack), MAX_ENABLED_PACK_ALIASES));
    await statusAfter((view) => view.onTogglePack('demasiados-alias', true), t('optionsPackChangeFailed', [budget]));
    // The entry the reader saw set aside is no longer the one stored.
    storage.items.factPacks = [stored(examplePack)];
    await statusAfter((view) => view.onRemoveSetAside(2), t('optionsPackChangeFailed', [t('packStoreChangedMeanwhile')]));
    await statusAfter((view) => view.onTogglePack('no-such-pack', true), t('optionsPackChangeFailed', [t('packNoUsablePack', ['no-such-pack'])]));

    storage.getFails = new Error('IO error');
    await page.panel.reload();
    page.draw();
    expect(page.root.querySelector('.pack-status.error')?.textContent).toBe(t('optionsPacksUnreadable', ['IO error']));
    found.push(...english());
    expect(found).toEqual([]);
  });

});

describe('the help page in Spanish', () => {
  it('has no English of ours, its field names aside', () => {
    const numbers = new Intl.NumberFormat('es');
    const help = h(HelpApp, {
      t,
      formatNumber: (value: number) => numbers.format(value),
      limits: { maxCharacters: MAX_PACK_CHARACTERS, maxAliases: MAX_PACK_ALIASES, maxEnabledAliases: MAX_ENABLED_PACK_ALIASES, minAliasLetters: MIN_ALIAS_LETTERS, maxListedErrors: MAX_PACK_ERRORS },
      onDownloadTemplate: noop,
      onDownloadExample: noop,
    });
    // The pack format's own words, which a pack must spell as they are: its fields and its claim kinds.
    expect(englishIn(help, [...PACK_FIELDS, 'quote', 'reported', 'statistic', 'framing'])).toEqual([]);
  });
});
