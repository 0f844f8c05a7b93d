// Options page entry: settings in, settings out; every change is saved at once and reaches open tabs.
import browser from 'webextension-polyfill';
import { render } from 'preact';
import pack from 'counterpoint:factbase';
import { cardView } from '../../core/card-view';
import { createFactBase } from '../../core/factbase';
import type { Settings } from '../../core/settings';
import { FactCard, TYPE_KEY } from '../../ui/card/FactCard';
import { pickLanguage, translator } from '../../ui/i18n';
import { OptionsApp } from '../../ui/options/OptionsApp';
import cardStyles from '../../ui/card.css';
import styles from '../../ui/options/options.css';
import { loadSettings, onSettingsChanged, resetSettings, saveSettings } from '../../platform/settings-store';

const root = document.getElementById('app')!;
document.head.append(Object.assign(document.createElement('style'), { textContent: `${styles}\n${cardStyles}` }));
const factBase = createFactBase(pack);

function openSource(sourceId: string, claimId: string): void {
  const url = new URL(browser.runtime.getURL('viewer/viewer.html'));
  url.searchParams.set('source', sourceId);
  url.searchParams.set('claim', claimId);
  void browser.tabs.create({ url: url.href });
}

function draw(settings: Settings): void {
  const lang = pickLanguage(settings.language, browser.i18n.getUILanguage());
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
        factBase.search(query, 8).map((hit) => {
          const entity = factBase.lookup(hit.entityId)!.entity;
          return { entityId: hit.entityId, name: entity.name[lang], typeLabel: t(TYPE_KEY[entity.type]) };
        })
      }
      renderEntity={(entityId) => {
        const data = factBase.lookup(entityId);
        return data ? (
          <div class="card static-card">
            <FactCard t={t} lang={lang} view={cardView(data, lang)} mention={null} pinned={false} onPin={() => {}} onClose={() => {}} onOpenSource={openSource} />
          </div>
        ) : null;
      }}
    />,
    root,
  );
}

void loadSettings().then(draw);
onSettingsChanged(draw);
