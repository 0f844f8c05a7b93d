// Toolbar popup entry: finds the tab it belongs to, asks its content script what it found, renders.
import browser from 'webextension-polyfill';
import { render } from 'preact';
import lexicon from 'counterpoint:lexicon';
import { isSiteActive, withSiteActive, type Settings } from '../../core/settings';
import { sendToTab } from '../../platform/messages';
import { loadSettings, onSettingsChanged, saveSettings } from '../../platform/settings-store';
import { pickLanguage, translator } from '../../ui/i18n';
import { PopupApp, type PopupPage } from '../../ui/popup/PopupApp';
import styles from '../../ui/popup/popup.css';
import { downloadText } from '../../platform/download';
import { loadFactBase } from '../../platform/fact-packs-store';
import { exportAnnotations } from '../../platform/log-exports';
import { loadLog } from '../../platform/reading-log-store';
import { adoptStyles } from '../../ui/adopt-styles';

const root = document.getElementById('app')!;
adoptStyles(document, styles);

/** The tab this popup speaks for. Opened as a page of its own, it is the tab used just before. */
async function targetTab(): Promise<number | undefined> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  if (!own) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== own.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

async function pageFor(tabId: number | undefined, settings: Settings): Promise<PopupPage> {
  if (tabId === undefined) return { kind: 'unavailable' };
  try {
    const state = await sendToTab(tabId, 'PopupToContent.getPageState', {});
    const names = new Map(lexicon.map((entity) => [entity.id, entity]));
    const lang = pickLanguage(settings.language, browser.i18n.getUILanguage());
    const loggedEntries = settings.classroom ? (await loadLog()).filter((entry) => entry.url === state.url).length : 0;
    return {
      kind: 'ready',
      hostname: state.hostname,
      url: state.url,
      loggedEntries,
      siteActive: isSiteActive({ ...settings, enabled: true }, state.hostname),
      entities: state.entities.flatMap(({ entityId, count }) => {
        const entity = names.get(entityId);
        return entity ? [{ entityId, count, type: entity.type, name: entity.name[lang] }] : [];
      }),
    };
  } catch {
    // No content script answers on browser pages, store pages, tabs opened before install, and
    // sites that are off (the script is registered only where it may read): those can be switched on.
    const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
    const { hostname, protocol } = url ? new URL(url) : { hostname: '', protocol: '' };
    if ((protocol === 'http:' || protocol === 'https:') && !isSiteActive({ ...settings, enabled: true }, hostname)) {
      return { kind: 'ready', hostname, url: url!, loggedEntries: 0, siteActive: false, entities: [] };
    }
    return { kind: 'unavailable' };
  }
}

async function show(): Promise<void> {
  const settings = await loadSettings();
  const tabId = await targetTab();
  const t = translator(pickLanguage(settings.language, browser.i18n.getUILanguage()));
  document.documentElement.lang = pickLanguage(settings.language, browser.i18n.getUILanguage());
  const draw = (page: PopupPage, current: Settings) =>
    render(
      <PopupApp
        t={t}
        page={page}
        pausedEverywhere={!current.enabled}
        siteMode={current.siteMode}
        classroom={current.classroom}
        onExportAnnotations={async () => {
          if (page.kind !== 'ready') return;
          const entries = (await loadLog()).filter((entry) => entry.url === page.url);
          const factBase = await loadFactBase();
          const lang = pickLanguage(current.language, browser.i18n.getUILanguage());
          downloadText(`counterpoint-${page.hostname}.jsonld`, JSON.stringify(exportAnnotations(entries, factBase, lang, page.url), null, 2), 'application/ld+json');
        }}
        onOpenLog={() => void browser.tabs.create({ url: browser.runtime.getURL('log/log.html') }).then(() => window.close())}
        onToggleSite={(active) => {
          if (page.kind === 'ready') void saveSettings(withSiteActive(current, page.hostname, active));
        }}
        onTogglePaused={(paused) => void saveSettings({ ...current, enabled: !paused })}
        onRevealEntity={(entityId) => {
          if (tabId === undefined) return;
          void sendToTab(tabId, 'PopupToContent.revealEntity', { entityId }).then(() => window.close());
        }}
        onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      />,
      root,
    );
  draw({ kind: 'loading' }, settings);
  draw(await pageFor(tabId, settings), settings);
  // Switches take effect in the tab at once; redraw when the tab has caught up.
  onSettingsChanged((next) => {
    setTimeout(() => void pageFor(tabId, next).then((page) => draw(page, next)), 150);
  });
}

void show();
