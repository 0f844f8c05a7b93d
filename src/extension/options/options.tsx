// Options page entry: settings in, settings out; every change is saved at once and reaches open tabs.
// It always renders: damaged packs are set aside (pack-panel.ts) and the fact base falls back to
// the built-in one, so the reader can always reach the switches and remove what is damaged.
import { render } from 'preact';
import { cardView } from '../../core/card-view';
import type { FactBase } from '../../core/factbase';
import type { Settings } from '../../core/settings';
import { ClassroomSection } from '../../ui/options/ClassroomSection';
import { loadFactBase, onPacksChanged } from '../../platform/fact-packs-store';
import { FactCard, TYPE_KEY } from '../../ui/card/FactCard';
import { translator } from '../../ui/i18n';
import { OptionsApp } from '../../ui/options/OptionsApp';
import cardStyles from '../../ui/card.css';
import styles from '../../ui/options/options.css';
import { DEFAULTS, loadSettings, onSettingsChanged, resetSettings, saveSettings } from '../../platform/settings-store';
import { adoptStyles } from '../../ui/adopt-styles';
import { appRoot } from '../../ui/app-root';
import { createPackPanel } from './pack-panel';
import { openExtensionPage } from '../../platform/extension-pages';
import { uiLanguage } from '../../platform/ui-language';

const root = appRoot(document);
adoptStyles(document, `${styles}\n${cardStyles}`);

let factBase: FactBase | null = null;
let current: Settings = DEFAULTS;
const packs = createPackPanel(() => draw(current));

function openSource(sourceId: string, claimId: string): void {
  void openExtensionPage('viewer/viewer.html', { source: sourceId, claim: claimId });
}

function draw(settings: Settings): void {
  current = settings;
  const lang = uiLanguage(settings.language);
  const t = translator(lang);
  document.documentElement.lang = lang;
  document.title = t('optionsTitle');
  render(
    <OptionsApp
      t={t}
      settings={settings}
      onChange={(next) => {
        draw(next);
        void saveSettings(next);
      }}
      onReset={() => void resetSettings()}
      searchEntities={(query) =>
        (factBase?.search(query, 8) ?? []).flatMap((hit) => {
          const entity = factBase?.lookup(hit.entityId)?.entity;
          return entity ? [{ entityId: hit.entityId, name: entity.name[lang], typeLabel: t(TYPE_KEY[entity.type]) }] : [];
        })
      }
      renderEntity={(entityId) => {
        const data = factBase?.lookup(entityId);
        return data ? (
          <div class="card static-card">
            <FactCard t={t} lang={lang} view={cardView(data, lang)} mention={null} pinned={false} interactive={false} onOpenSource={openSource} />
          </div>
        ) : null;
      }}
    >
      <ClassroomSection
        t={t}
        classroom={settings.classroom}
        onClassroomChange={(classroom) => {
          const next = { ...settings, classroom };
          draw(next);
          void saveSettings(next);
        }}
        onOpenLog={() => void openExtensionPage('log/log.html')}
        {...packs.view(t)}
      />
    </OptionsApp>,
    root,
  );
}

async function reloadPacks(): Promise<void> {
  [factBase] = await Promise.all([loadFactBase(), packs.reload()]);
}

async function main(): Promise<void> {
  draw(current);
  await reloadPacks().catch((error: unknown) => console.warn('[Counterpoint] Could not load the fact base.', error));
  draw(await loadSettings());
  onSettingsChanged(draw);
  onPacksChanged(() => void reloadPacks().then(() => draw(current)));
}

void main();
