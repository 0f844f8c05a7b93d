// The reading log page: per article, the mentions opened, the predictions and what was revealed.
import { MAX_LOG_URL, type ArticleLog, type LogEntry, type RevealedSummary } from '../../core/reading-log';
import { sourceLabel } from '../card/claim-parts';
import type { Lang } from '../../core/types';
import type { Translate } from '../i18n';

export interface ReadingLogProps {
  t: Translate;
  /** The interface's language, for numbers and dates. */
  lang: Lang;
  articles: ArticleLog[];
  entityName(entityId: string): string;
  /** What the entry's card revealed, read from the fact base; null where it no longer has it. */
  revealed(entry: LogEntry): RevealedSummary | null;
  status: { kind: 'ok' | 'error'; text: string } | null;
  onExport(format: 'jsonld' | 'csv', url: string | null): void;
  onOpenWorksheet(url: string): void;
  onImport(file: File): void;
  onClear(): void;
}

/** What the sources said, beside what the student predicted. */
function Revealed({ t, entry, summary }: { t: Translate; entry: LogEntry; summary: RevealedSummary | null }) {
  if (!summary || !summary.positions.length) return <>{t('logRevealedCount', [entry.revealedClaimIds.length])}</>;
  return (
    <div class="revealed">
      <p class="revealed-question">{summary.question}</p>
      <ul>
        {summary.positions.map((position) => (
          <li key={position.summary}>
            <strong>{position.summary}</strong>
            <span class="muted"> ({position.speakers.map((speaker) => ('name' in speaker ? speaker.name : sourceLabel(t, speaker.outlet))).join(', ')})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const time = (iso: string, lang: Lang) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(lang);
};

export function ReadingLogApp(props: ReadingLogProps) {
  const { t, articles } = props;
  return (
    <main class="log">
      <h1>{t('logTitle')}</h1>
      <p class="hint">{t('logPrivacy')}</p>
      <div class="toolbar">
        <button type="button" onClick={() => props.onExport('jsonld', null)} disabled={!articles.length}>
          {t('logExportJsonLd')}
        </button>
        <button type="button" onClick={() => props.onExport('csv', null)} disabled={!articles.length}>
          {t('logExportCsv')}
        </button>
        <label class="button">
          {t('logImport')}
          <input
            type="file"
            accept=".json,.jsonld,.csv,application/ld+json,application/json,text/csv"
            class="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) props.onImport(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <button
          type="button"
          class="danger"
          disabled={!articles.length}
          onClick={() => {
            if (confirm(t('logClearConfirm'))) props.onClear();
          }}
        >
          {t('logClear')}
        </button>
      </div>
      {props.status && (
        <p role={props.status.kind === 'error' ? 'alert' : 'status'} class={`status ${props.status.kind}`}>
          {props.status.text}
        </p>
      )}
      {!articles.length && <p class="empty">{t('logEmpty')}</p>}
      {articles.map((article) => (
        <section key={article.url} class="article" aria-label={article.pageTitle || article.url}>
          <h2>{article.pageTitle || article.url}</h2>
          <p class="url">{article.url}</p>
          {article.entries.some((entry) => entry.urlShortened) && <p class="hint">{t('logUrlShortened', [MAX_LOG_URL.toLocaleString(props.lang)])}</p>}
          <div class="toolbar small">
            <button type="button" onClick={() => props.onOpenWorksheet(article.url)}>
              {t('logWorksheet')}
            </button>
            <button type="button" onClick={() => props.onExport('jsonld', article.url)}>
              {t('logExportJsonLd')}
            </button>
            <button type="button" onClick={() => props.onExport('csv', article.url)}>
              {t('logExportCsv')}
            </button>
          </div>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('logMention')}</th>
                <th scope="col">{t('logQuestion')}</th>
                <th scope="col" class="prediction">{t('logPrediction')}</th>
                <th scope="col" class="revealed-column">{t('logRevealedBeside')}</th>
                <th scope="col">{t('logWhen')}</th>
              </tr>
            </thead>
            <tbody>
              {article.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    “{entry.quote.exact}” <span class="muted">({props.entityName(entry.entityId)})</span>
                  </td>
                  <td>{entry.question}</td>
                  <td class="prediction">{entry.answer}</td>
                  <td class="revealed-column">
                    <Revealed t={t} entry={entry} summary={props.revealed(entry)} />
                  </td>
                  <td>
                    <time dateTime={entry.revealedAt}>{time(entry.revealedAt, props.lang)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
