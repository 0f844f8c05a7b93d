// Printable worksheet entry: ?url=ARTICLE lists that article's log entries with their counterpoints.
import { render } from 'preact';
import { worksheetFromLog } from '../../core/worksheet';
import { Worksheet, WORKSHEET_CSS } from '../../ui/classroom/Worksheet';
import { translator } from '../../ui/i18n';
import { loadFactBase } from '../../platform/fact-packs-store';
import { loadLog } from '../../platform/reading-log-store';
import { loadSettings } from '../../platform/settings-store';
import { uiLanguage } from '../../platform/ui-language';
import { adoptStyles } from '../../ui/adopt-styles';
import { appRoot } from '../../ui/app-root';

adoptStyles(document, WORKSHEET_CSS);

async function main(): Promise<void> {
  const settings = await loadSettings();
  const lang = uiLanguage(settings.language);
  const t = translator(lang);
  document.documentElement.lang = lang;
  const url = new URLSearchParams(location.search).get('url');
  const entries = (await loadLog()).filter((entry) => !url || entry.url === url);
  const factBase = await loadFactBase();
  const model = worksheetFromLog(entries, (entityId) => factBase.lookup(entityId), lang);
  document.title = `${t('worksheetKicker')}: ${model.title}`;
  render(
    <>
      <p class="no-print" style={{ maxWidth: '760px', margin: '16px auto 0', padding: '0 24px' }}>
        <button type="button" onClick={() => print()}>
          {t('worksheetPrint')}
        </button>
      </p>
      <Worksheet t={t} lang={lang} model={model} />
    </>,
    appRoot(document),
  );
}

void main();
