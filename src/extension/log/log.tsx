// Reading-log page entry: shows the log, exports it (JSON-LD, CSV), imports JSON-LD, clears it.
import { render } from 'preact';
import { groupByArticle, type LogEntry } from '../../core/reading-log';
import { ReadingLogApp, type ReadingLogProps } from '../../ui/classroom/ReadingLogApp';
import styles from '../../ui/classroom/log.css';
import { translator } from '../../ui/i18n';
import { downloadText } from '../../platform/download';
import { exportAnnotations, exportCsv } from '../../platform/log-exports';
import { loadFactBase } from '../../platform/fact-packs-store';
import { clearLog, importEntries, loadLog, onLogChanged } from '../../platform/reading-log-store';
import { loadSettings } from '../../platform/settings-store';
import { openExtensionPage } from '../../platform/extension-pages';
import { uiLanguage } from '../../platform/ui-language';
import { fromWebAnnotations } from '../../core/web-annotation';
import { adoptStyles } from '../../ui/adopt-styles';
import { reportProblem } from '../../core/report';
import { appRoot } from '../../ui/app-root';

/** Imported files are read whole, so very large ones are refused before reading. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

adoptStyles(document, styles);
const root = appRoot(document);

async function main(): Promise<void> {
  const settings = await loadSettings();
  const lang = uiLanguage(settings.language);
  const t = translator(lang);
  document.documentElement.lang = lang;
  document.title = t('logTitle');
  // Neither fails: damaged packs fall back to the built-in fact base, damaged entries are left out.
  const factBase = await loadFactBase();
  let status: ReadingLogProps['status'] = null;
  let log: LogEntry[] = await loadLog().catch((error: unknown) => {
    status = { kind: 'error', text: t('logUnreadable', [error instanceof Error ? error.message : String(error)]) };
    return [];
  });
  const entriesFor = (url: string | null) => (url ? log.filter((entry) => entry.url === url) : log);
  const stamp = () => new Date().toISOString().slice(0, 10);

  const draw = () =>
    render(
      <ReadingLogApp
        t={t}
        articles={groupByArticle(log)}
        status={status}
        entityName={(entityId) => factBase.lookup(entityId)?.entity.name[lang] ?? entityId}
        onExport={(format, url) => {
          const entries = entriesFor(url);
          if (format === 'jsonld') downloadText(`counterpoint-annotations-${stamp()}.jsonld`, JSON.stringify(exportAnnotations(entries, factBase, lang, t('logTitle')), null, 2), 'application/ld+json');
          else downloadText(`counterpoint-log-${stamp()}.csv`, exportCsv(entries, factBase, lang), 'text/csv');
        }}
        onOpenWorksheet={(url) => void openExtensionPage('worksheet/worksheet.html', { url })}
        onImport={async (file) => {
          try {
            if (file.size > MAX_IMPORT_BYTES) throw new Error(`the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB`);
            const { entries, skipped } = fromWebAnnotations(JSON.parse(await file.text()));
            if (!entries.length) throw new Error('it holds no Counterpoint annotations');
            await importEntries(entries);
            status = { kind: 'ok', text: skipped ? t('logImportSkipped', [entries.length, skipped]) : t('logImported', [entries.length]) };
          } catch (error) {
            status = { kind: 'error', text: t('logImportFailed', [error instanceof SyntaxError ? 'it is not valid JSON' : error instanceof Error ? error.message : String(error)]) };
          }
          draw();
        }}
        onClear={async () => {
          await clearLog();
          status = { kind: 'ok', text: t('logCleared') };
          draw();
        }}
      />,
      root,
    );
  draw();
  onLogChanged(() => {
    void loadLog()
      .catch((error: unknown) => {
        reportProblem('Could not read the reading log again; showing it as it was.', error);
        return log;
      })
      .then((next) => {
        log = next;
        draw();
      });
  });
}

main().catch((error: unknown) => console.warn('[Counterpoint] The reading log page could not start.', error));
