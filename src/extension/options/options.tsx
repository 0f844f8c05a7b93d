// Options page entry: settings in, settings out; every change is saved at once and reaches open tabs.
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { cardView } from '../../core/card-view';
import type { Settings } from '../../core/settings';
import { ClassroomSection, type ClassroomSectionProps } from '../../ui/options/ClassroomSection';
import { downloadText } from '../../platform/download';
import { importPackText } from '../../platform/fact-pack-import';
import { loadFactBase, loadPacks, onPacksChanged, removePack, setPackEnabled } from '../../platform/fact-packs-store';
import type { StoredPack } from '../../core/fact-packs';
import { FactCard, TYPE_KEY } from '../../ui/card/FactCard';
import { pickLanguage, translator } from '../../ui/i18n';
import { OptionsApp } from '../../ui/options/OptionsApp';
import cardStyles from '../../ui/card.css';
import styles from '../../ui/options/options.css';
import { loadSettings, onSettingsChanged, resetSettings, saveSettings } from '../../platform/settings-store';

const root = document.getElementById('app')!;
document.head.append(Object.assign(document.createElement('style'), { textContent: `${styles}\n${cardStyles}` }));
/** Packs are read whole, so anything bigger than this is refused before it is read. */
const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024;

let factBase: Awaited<ReturnType<typeof loadFactBase>>;
let packs: StoredPack[] = [];
let packStatus: ClassroomSectionProps['packStatus'] = null;
let current: Settings;

function openSource(sourceId: string, claimId: string): void {
  const url = new URL(browser.runtime.getURL('viewer/viewer.html'));
  url.searchParams.set('source', sourceId);
  url.searchParams.set('claim', claimId);
  void browser.tabs.create({ url: url.href });
}

async function importPackFile(file: File, t: ReturnType<typeof translator>): Promise<void> {
  if (file.size > MAX_PACK_FILE_BYTES) {
    packStatus = { kind: 'error', lines: [t('optionsPackRejected'), `${file.name}: ${(file.size / 1024 / 1024).toFixed(1)} MB is larger than the 2 MB a pack may be.`] };
    return draw(current);
  }
  const result = await importPackText(await file.text(), file.name);
  packStatus = result.ok ? { kind: 'ok', lines: [t('optionsPackImported', [result.stored.pack.title, file.name])] } : { kind: 'error', lines: [t('optionsPackRejected'), ...result.errors] };
  draw(current);
}

function draw(settings: Settings): void {
  current = settings;
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
        onOpenLog={() => void browser.tabs.create({ url: browser.runtime.getURL('log/log.html') })}
        packs={packs.map((stored) => ({
          id: stored.pack.id,
          title: stored.pack.title,
          enabled: stored.enabled,
          importedAt: stored.importedAt,
          counts: { entities: stored.pack.entities.length, claims: stored.pack.claims.length, topics: stored.pack.topics.length, questions: stored.pack.questions.length },
        }))}
        packStatus={packStatus}
        onImportPack={(file) => void importPackFile(file, t)}
        onTogglePack={(id, enabled) => void setPackEnabled(id, enabled)}
        onRemovePack={(id) => void removePack(id)}
        onExportPack={(id) => {
          const stored = packs.find((candidate) => candidate.pack.id === id);
          if (stored) downloadText(`${id}.json`, `${JSON.stringify(stored.pack, null, 2)}\n`, 'application/json');
        }}
      />
    </OptionsApp>,
    root,
  );
}

async function main(): Promise<void> {
  [factBase, packs] = await Promise.all([loadFactBase(), loadPacks()]);
  draw(await loadSettings());
  onSettingsChanged(draw);
  onPacksChanged(async () => {
    [factBase, packs] = await Promise.all([loadFactBase(), loadPacks()]);
    draw(current);
  });
}

void main();
