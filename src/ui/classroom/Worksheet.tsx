// The printable worksheet. Rendered in the extension's worksheet page, and to a self-contained
// HTML file by `counterpoint worksheet`, from the same component.
import type { Lang } from '../../core/types';
import type { WorksheetModel } from '../../core/worksheet';
import { Attribution, ClaimText, OriginalLanguageNote, TopicBalance } from '../card/claim-parts';
import type { Translate } from '../i18n';

/** Every claim is printed with the card's own labels: its kind, speaker, side, era, date and source. */
export function Worksheet({ t, lang, model }: { t: Translate; lang: Lang; model: WorksheetModel }) {
  return (
    <main class="worksheet">
      <header>
        <p class="kicker">{t('worksheetKicker')}</p>
        <h1>{model.title || t('worksheetUntitled')}</h1>
        {model.url && <p class="url">{model.url}</p>}
        <p class="name-line">
          {t('worksheetName')} <span class="blank" /> {t('worksheetDate')} <span class="blank short" />
        </p>
      </header>
      <OriginalLanguageNote t={t} lang={lang} claims={model.items.flatMap((item) => item.topic?.positions.flatMap((position) => position.claims) ?? [])} />
      {!model.items.length && <p>{t('worksheetEmpty')}</p>}
      <ol class="items">
        {model.items.map((item, index) => (
          <li key={index} class="item">
            <h2>
              “{item.mention}” <span class="entity">— {item.entityName}</span>
            </h2>
            {item.question && <p class="question">{item.question}</p>}
            {item.answer !== null ? (
              <p class="answer">
                <strong>{t('worksheetAnswer')}</strong> {item.answer}
              </p>
            ) : (
              <div class="write-here" aria-label={t('worksheetWriteHere')}>
                <span class="line" />
                <span class="line" />
              </div>
            )}
            {item.topic && (
              <section class="counterpoints">
                <h3>{item.topic.question}</h3>
                {item.topic.positions.map((position) => (
                  <div key={position.id} class="position" data-position-id={position.id}>
                    <h4>{position.summary}</h4>
                    {position.singleVoice && <p class="single-voice">{t('cardSingleVoice')}</p>}
                    <ul>
                      {position.claims.map((claim) => (
                        <li key={claim.id} class={`claim claim-${claim.kind}`} data-claim-id={claim.id}>
                          <ClaimText t={t} claim={claim} />
                          <Attribution t={t} lang={lang} claim={claim} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
                <TopicBalance t={t} topic={item.topic} />
              </section>
            )}
          </li>
        ))}
      </ol>
    </main>
  );
}

export const WORKSHEET_CSS = `
body { margin: 0; font: 15px/1.5 Georgia, 'Times New Roman', serif; color: #111; background: #fff; }
.worksheet { max-width: 760px; margin: 0 auto; padding: 32px 24px; }
.kicker { font: 600 12px/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.08em; color: #555; margin: 0; }
h1 { font-size: 26px; margin: 6px 0 4px; }
.url { font: 12px system-ui, sans-serif; color: #555; word-break: break-all; margin: 0 0 12px; }
.name-line { font: 14px system-ui, sans-serif; }
.blank { display: inline-block; width: 220px; border-bottom: 1px solid #333; margin: 0 12px 0 4px; }
.blank.short { width: 120px; }
.items { padding-left: 20px; }
.item { break-inside: avoid; margin: 22px 0; }
.item h2 { font-size: 18px; margin: 0 0 4px; }
.entity { font-weight: normal; color: #444; }
.question { font-weight: bold; margin: 4px 0; }
.write-here .line { display: block; height: 28px; border-bottom: 1px solid #999; }
.counterpoints { margin-top: 10px; padding: 8px 12px; border-left: 3px solid #1f5f8b; background: #f5f7f9; }
.counterpoints h3 { font-size: 15px; margin: 0 0 6px; }
.position h4 { font: 600 13px/1.3 system-ui, sans-serif; margin: 8px 0 4px; }
.position ul { margin: 0; padding-left: 18px; }
.claim { margin: 4px 0 8px; }
.claim blockquote, .claim .paraphrase { margin: 0; }
.kind-label { font: 600 11px/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.04em; color: #444; margin-right: 4px; }
.original-lang { font: 12px system-ui, sans-serif; color: #555; }
.attribution, .inferred-why { margin: 2px 0 0; color: #444; font: 13px/1.4 system-ui, sans-serif; }
.single-voice, .balance p { margin: 4px 0; font: 13px/1.4 system-ui, sans-serif; }
.one-sided { font-weight: 600; }
.no-print { font: 14px system-ui, sans-serif; }
@media print {
  .no-print { display: none !important; }
  .worksheet { padding: 0; max-width: none; }
  .counterpoints { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;
