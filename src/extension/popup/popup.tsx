// Toolbar popup entry: finds the tab it belongs to, asks its content script what it found, renders.
import { render } from 'preact';
import { isSiteActive, withSiteActive, type Settings } from '../../core/settings';
import { sendToTab } from '../../platform/messages';
import { classifyMessageError } from '../../platform/message-faults';
import { reportProblem } from '../../core/report';
import { loadSettings, onSettingsChanged, saveSettings } from '../../platform/settings-store';
import { translator } from '../../ui/i18n';
import { PopupApp, type PopupPage } from '../../ui/popup/PopupApp';
import styles from '../../ui/popup/popup.css';
import { downloadText } from '../../platform/download';
import { loadFactBase } from '../../platform/fact-packs-store';
import { exportAnnotations } from '../../platform/log-exports';
import { loadLog } from '../../platform/reading-log-store';
import { adoptStyles } from '../../ui/adopt-styles';
import { appRoot } from '../../ui/app-root';
import { openExtensionPage, openOptionsPage, popupTargetTab, tabUrl } from '../../platform/extension-pages';
import { uiLanguage } from '../../platform/ui-language';
import type { MentionShortcut } from '../../core/shortcut-text';
import { canOpenShortcutSettings, openShortcutSettings, readMentionShortcuts } from '../../platform/shortcuts';

const root = appRoot(document);
adoptStyles(document, styles);

async function pageFor(tabId: number | undefined, settings: Settings): Promise<PopupPage> {
  if (tabId === undefined) return { kind: 'unavailable' };
  try {
    const state = await sendToTab(tabId, 'PopupToContent.getPageState', {});
    // The merged fact base: a teacher pack's entities are highlighted and counted, so they are listed too.
    const factBase = await loadFactBase();
    const lang = uiLanguage(settings.language);
    const loggedEntries = settings.classroom ? (await loadLog()).filter((entry) => entry.url === state.url).length : 0;
    return {
      kind: 'ready',
      hostname: state.hostname,
      url: state.url,
      loggedEntries,
      siteActive: isSiteActive({ ...settings, enabled: true }, state.hostname),
      entities: state.entities.flatMap(({ entityId, count }) => {
        const entity = factBase.lookup(entityId)?.entity;
        return entity ? [{ entityId, count, type: entity.type, name: entity.name[lang] }] : [];
      }),
    };
  } catch (error) {
    // No content script answers on browser pages, store pages, tabs opened before install, and
    // sites that are off (the script is registered only where it may read): those can be switched on.
    if (classifyMessageError(error) === 'other') reportProblem('Could not read what the page holds.', error);
    const url = await tabUrl(tabId);
    const { hostname, protocol } = url ? new URL(url) : { hostname: '', protocol: '' };
    if (url && (protocol === 'http:' || protocol === 'https:') && !isSiteActive({ ...settings, enabled: true }, hostname)) {
      return { kind: 'ready', hostname, url, loggedEntries: 0, siteActive: false, entities: [] };
    }
    return { kind: 'unavailable' };
  }
}

async function show(): Promise<void> {
  const settings = await loadSettings();
  const tabId = await popupTargetTab();
  const t = translator(uiLanguage(settings.language));
  document.documentElement.lang = uiLanguage(settings.language);
  let shortcuts: MentionShortcut[] | null = null;
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
          const lang = uiLanguage(current.language);
          downloadText(`counterpoint-${page.hostname}.jsonld`, JSON.stringify(exportAnnotations(entries, factBase, lang, page.url), null, 2), 'application/ld+json');
        }}
        onOpenLog={() => void openExtensionPage('log/log.html').then(() => window.close())}
        onToggleSite={(active) => {
          if (page.kind === 'ready') void saveSettings(withSiteActive(current, page.hostname, active));
        }}
        onTogglePaused={(paused) => void saveSettings({ ...current, enabled: !paused })}
        onRevealEntity={(entityId) => {
          if (tabId === undefined) return;
          void sendToTab(tabId, 'PopupToContent.revealEntity', { entityId }).then(() => window.close());
        }}
        onOpenOptions={() => void openOptionsPage().then(() => window.close())}
        shortcuts={shortcuts}
        canOpenShortcutSettings={canOpenShortcutSettings}
        onOpenShortcutSettings={() => void openShortcutSettings().then(() => window.close())}
      />,
      root,
    );
  draw({ kind: 'loading' }, settings);
  shortcuts = await readMentionShortcuts().catch((error: unknown) => {
    reportProblem('Could not read the keyboard shortcuts.', error);
    return null;
  });
  draw(await pageFor(tabId, settings), settings);
  // Switches take effect in the tab at once; redraw when the tab has caught up.
  onSettingsChanged((next) => {
    setTimeout(() => void pageFor(tabId, next).then((page) => draw(page, next)), 150);
  });
}

void show();
