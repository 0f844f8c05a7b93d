// The source viewer: a corpus document as it was given to us, with the cited words marked, and the
// cited claim labelled as the card labels it (kind, speaker, side, era, date, source).
import { useEffect, useRef } from 'preact/hooks';
import type { ClaimView } from '../../core/card-view';
import type { Span } from '../../core/locate-quote';
import { isStated, statesNoOutletAuthorOrDate } from '../../core/provenance';
import type { Lang, Source } from '../../core/types';
import { Attribution, ClaimText, STANCE_KEY } from '../card/claim-parts';
import type { Translate } from '../i18n';

export interface SourceViewerProps {
  t: Translate;
  lang: Lang;
  source: Source | null;
  text: string | null;
  claim: ClaimView | null;
  /** Where the claim's words stand in the text; null when they could not be found. */
  spans: Span[] | null;
}

function MarkedText({ text, spans }: { text: string; spans: Span[] }) {
  const firstMark = useRef<HTMLElement>(null);
  useEffect(() => {
    firstMark.current?.scrollIntoView({ block: 'center' });
    firstMark.current?.focus({ preventScroll: true });
  }, [spans]);
  const pieces = [];
  let at = 0;
  spans.forEach((span, index) => {
    if (span.start > at) pieces.push(text.slice(at, span.start));
    pieces.push(
      <mark key={index} ref={index === 0 ? firstMark : undefined} tabIndex={index === 0 ? -1 : undefined}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  });
  pieces.push(text.slice(at));
  return <div class="document-text">{pieces}</div>;
}

/** The source's own facts; outlet, author and date all left out make one line, not three "not stated". */
function sourceFacts(t: Translate, lang: Lang, source: Source): [string, string][] {
  const unstated = statesNoOutletAuthorOrDate(source);
  return [
    ...(unstated ? [] : ([[t('viewerOutlet'), source.outlet]] as [string, string][])),
    [t('viewerDocumentTitle'), source.title],
    ...(unstated ? [] : ([[t('viewerDate'), source.date], [t('viewerAuthor'), source.author]] as [string, string][])),
    [t('viewerLanguage'), source.language === 'es' ? 'Español' : 'English'],
    ...(source.era ? ([[t('viewerEra'), source.era.name[lang]]] as [string, string][]) : []),
    [t('viewerKind'), source.kind],
    [t('viewerEvidence'), source.evidence],
    ...(source.stance ? ([[t('viewerStance'), `${t(STANCE_KEY[source.stance.kind])}: ${source.stance.evidence.map((words) => `“${words}”`).join(' ')}`]] as [string, string][]) : []),
  ];
}

export function SourceViewer({ t, lang, source, text, claim, spans }: SourceViewerProps) {
  if (!source) {
    return (
      <main class="viewer">
        <h1>{t('viewerTitle')}</h1>
        <p role="alert">{t('viewerNotFound')}</p>
      </main>
    );
  }
  return (
    <main class="viewer">
      <p class="kicker">{t('viewerTitle')}</p>
      <h1>{isStated(source.title) ? source.title : isStated(source.outlet) ? source.outlet : source.id}</h1>
      {statesNoOutletAuthorOrDate(source) && <p class="unstated">{t('viewerNoOutletAuthorDate')}</p>}
      <dl class="meta">
        {sourceFacts(t, lang, source).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {source.url && (
        <p class="source-url">
          {t('viewerReadAt')}{' '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.url}
          </a>
        </p>
      )}
      {claim && (
        <section class="cited" aria-labelledby="viewer-cited">
          <h2 id="viewer-cited">{t('viewerCited')}</h2>
          <div class="claim" data-claim-id={claim.id}>
            <ClaimText t={t} claim={claim} />
            <Attribution t={t} lang={lang} claim={claim} />
          </div>
          {!spans && text !== null && <p role="alert">{t('viewerQuoteNotFound')}</p>}
        </section>
      )}
      {text === null ? (
        // A teacher's own source, cited by its address: its text does not ship with Counterpoint.
        <p class="not-bundled">{t('viewerNotBundled')}</p>
      ) : (
        <section aria-labelledby="viewer-document">
          <h2 id="viewer-document">{t('viewerDocument')}</h2>
          <article lang={source.language}>
            <MarkedText text={text} spans={spans ?? []} />
          </article>
        </section>
      )}
    </main>
  );
}
