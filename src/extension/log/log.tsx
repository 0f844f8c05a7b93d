// Reading-log page entry: shows the log, exports it (JSON-LD, CSV), imports either back, clears it.
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { groupByArticle, revealedSummary, type LogEntry } from '../../core/reading-log';
import { ReadingLogApp, type ReadingLogProps } from '../../ui/classroom/ReadingLogApp';
import styles from '../../ui/classroom/log.css';
import { pickLanguage, translator } from '../../ui/i18n';
import { downloadText } from '../../platform/download';
import { exportAnnotations, exportCsv } from '../../platform/log-exports';
import { loadFactBase } from '../../platform/fact-packs-store';
import { clearLog, importEntries, loadLog, onLogChanged } from '../../platform/reading-log-store';
import { loadSettings } from '../../platform/settings-store';
import { fromWebAnnotations } from '../../core/web-annotation';
import { fromLogCsv, LOG_CSV_HEADER } from '../../core/csv-export';
import { adoptStyles } from '../../ui/adopt-styles';

/** Imported files are read whole, so very large ones are refused before reading. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

adoptStyles(document, styles);
const root = document.getElementById('app')!;

async function main(): Promise<void> {
  const settings = await loadSettings();
  const lang = pickLanguage(settings.language, browser.i18n.getUILanguage());
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
        lang={lang}
        articles={groupByArticle(log)}
        status={status}
        entityName={(entityId) => factBase.lookup(entityId)?.entity.name[lang] ?? entityId}
        revealed={(entry) => revealedSummary(entry, factBase.lookup(entry.entityId) ?? null, lang)}
        onExport={(format, url) => {
          const entries = entriesFor(url);
          if (format === 'jsonld') downloadText(`counterpoint-annotations-${stamp()}.jsonld`, JSON.stringify(exportAnnotations(entries, factBase, lang, t('logTitle')), null, 2), 'application/ld+json');
          else downloadText(`counterpoint-log-${stamp()}.csv`, exportCsv(entries, factBase, lang), 'text/csv');
        }}
        onOpenWorksheet={(url) => void browser.tabs.create({ url: `${browser.runtime.getURL('worksheet/worksheet.html')}?url=${encodeURIComponent(url)}` })}
        onImport={async (file) => {
          try {
            if (file.size > MAX_IMPORT_BYTES) {
              status = { kind: 'error', text: t('logImportFailed', [t('logImportTooLarge', [(file.size / 1024 / 1024).toLocaleString(lang, { maximumFractionDigits: 1 })])]) };
            } else {
              const text = await file.text();
              // A CSV this log exported starts with its header; anything else is read as JSON-LD.
              const { entries, skipped } = text.replace(/^\uFEFF/, '').startsWith(`${LOG_CSV_HEADER[0]},`) ? fromLogCsv(text) : fromWebAnnotations(JSON.parse(text));
              if (!entries.length) status = { kind: 'error', text: t('logImportFailed', [t('logImportNothing')]) };
              else {
                await importEntries(entries);
                status = { kind: 'ok', text: skipped ? t('logImportSkipped', [entries.length, skipped]) : t('logImported', [entries.length]) };
              }
            }
          } catch (error) {
            status = { kind: 'error', text: t('logImportFailed', [error instanceof SyntaxError ? t('logImportNotJson') : error instanceof Error ? error.message : String(error)]) };
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
  onLogChanged(async () => {
    log = await loadLog().catch(() => log);
    draw();
  });
}

main().catch((error: unknown) => console.warn('[Counterpoint] The reading log page could not start.', error));
