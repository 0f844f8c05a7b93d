// The source viewer: a corpus document as it was given to us, with the cited words marked.
import { useEffect, useRef } from 'preact/hooks';
import type { Span } from '../../core/locate-quote';
import type { Claim, Source } from '../../core/types';
import type { Translate } from '../i18n';

export interface SourceViewerProps {
  t: Translate;
  source: Source | null;
  text: string | null;
  claim: Claim | null;
  speakerName: string | null;
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

export function SourceViewer({ t, source, text, claim, speakerName, spans }: SourceViewerProps) {
  if (!source || text === null) {
    return (
      <main class="viewer">
        <h1>{t('viewerTitle')}</h1>
        <p role="alert">{t('viewerNotFound')}</p>
      </main>
    );
  }
  const fields: [string, string][] = [
    [t('viewerOutlet'), source.outlet],
    [t('viewerDocumentTitle'), source.title],
    [t('viewerDate'), source.date],
    [t('viewerAuthor'), source.author],
    [t('viewerLanguage'), source.language === 'es' ? 'Español' : 'English'],
    [t('viewerKind'), source.kind],
    [t('viewerEvidence'), source.evidence],
  ];
  return (
    <main class="viewer">
      <p class="kicker">{t('viewerTitle')}</p>
      <h1>{source.title !== 'not stated' ? source.title : source.outlet}</h1>
      <dl class="meta">
        {fields.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {claim && (
        <section class="cited" aria-labelledby="viewer-cited">
          <h2 id="viewer-cited">{t('viewerCited')}</h2>
          <blockquote lang={claim.lang}>“{claim.text}”</blockquote>
          {speakerName && <p class="muted">— {speakerName}, {claim.date}</p>}
          {!spans && <p role="alert">{t('viewerQuoteNotFound')}</p>}
        </section>
      )}
      <section aria-labelledby="viewer-document">
        <h2 id="viewer-document">{t('viewerDocument')}</h2>
        <article lang={source.language}>
          <MarkedText text={text} spans={spans ?? []} />
        </article>
      </section>
    </main>
  );
}
