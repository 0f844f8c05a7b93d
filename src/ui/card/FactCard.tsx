// The card a reader opens on a mention. Its first screen answers: what this is, and the
// counterpoint at a glance (each position's heading and who holds it, side by side); the quotes,
// their sources and the figures expand in place. A view only: data and callbacks come in.
import type { ComponentChildren } from 'preact';
import { isStated, type CardView, type ClaimView, type PositionView, type StatisticView } from '../../core/card-view';
import type { EntityType, Lang, MentionMatch } from '../../core/types';
import type { MessageKey, Translate } from '../i18n';
import { Attribution, ClaimText, figureYear, formatDate, formatFigure, OriginalLanguageNote, sourceLabel, TopicBalance, VOICE_KEY } from './claim-parts';
import { StatisticsChart } from './StatisticsChart';
import { WhyHighlighted } from './WhyHighlighted';

export interface FactCardProps {
  t: Translate;
  lang: Lang;
  view: CardView;
  mention: MentionMatch | null;
  pinned: boolean;
  /** Pin and Close exist only on an interactive card. */
  onPin?(pinned: boolean): void;
  onClose?(): void;
  onOpenSource(sourceId: string, claimId: string): void;
  /**
   * Classroom mode puts a question in front of everything that could answer it: the description,
   * the counterpoints, the quotes and the figures. Only the card's name and type stay above it.
   */
  gateAnswers?: (answers: ComponentChildren) => ComponentChildren;
  /** The mention shortcuts as the browser reports them; empty strings are unset. */
  shortcuts?: { next: string; previous: string } | null;
  /** False where the card is shown in a page of its own (the options page): no Pin or Close. */
  interactive?: boolean;
}

export const TYPE_KEY: Record<EntityType, MessageKey> = {
  person: 'cardTypePerson',
  organization: 'cardTypeOrganization',
  cartel: 'cardTypeCartel',
  substance: 'cardTypeSubstance',
  program: 'cardTypeProgram',
  policy: 'cardTypePolicy',
  event: 'cardTypeEvent',
};

type OpenSource = FactCardProps['onOpenSource'];

function Claim({ t, lang, claim, onOpenSource }: { t: Translate; lang: Lang; claim: ClaimView; onOpenSource: OpenSource }) {
  return (
    <li class={`claim claim-${claim.kind}`} data-claim-id={claim.id}>
      <ClaimText t={t} claim={claim} />
      <Attribution t={t} lang={lang} claim={claim} onOpenSource={onOpenSource} />
    </li>
  );
}

function Position({ t, lang, position, onOpenSource }: { t: Translate; lang: Lang; position: PositionView; onOpenSource: OpenSource }) {
  return (
    <section class="position" aria-label={position.summary} data-position-id={position.id}>
      <h4>{position.summary}</h4>
      {position.singleVoice && <p class="single-voice">{t('cardSingleVoice')}</p>}
      {position.claims.length ? (
        <ul class="claims">
          {position.claims.map((claim) => (
            <Claim key={claim.id} t={t} lang={lang} claim={claim} onOpenSource={onOpenSource} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t('cardNoClaimsForPosition')}</p>
      )}
    </section>
  );
}

function Statistics({ t, lang, view, onOpenSource }: { t: Translate; lang: Lang; view: CardView; onOpenSource: OpenSource }) {
  const { series } = view;
  const bar = (statistic: StatisticView) => ({
    id: statistic.claim.id,
    value: statistic.figure.value,
    valueText: formatFigure(t, lang, statistic.figure, true),
    lines: [statistic.claim.speaker ?? (statistic.claim.outlet.named ? statistic.claim.outlet.outlet : statistic.claim.outlet.id), figureYear(t, statistic.figure)] as [string, string],
  });
  return (
    <section class="subsection" aria-labelledby="cp-stats">
      <h3 id="cp-stats">{t('cardStatistics')}</h3>
      {series && (
        <figure class="chart-figure">
          <StatisticsChart bars={series.bars.map(bar)} label={t('cardChartLabel', [series.measure.name])} />
          <figcaption class="muted">{t('cardChartLabel', [series.measure.name])}</figcaption>
        </figure>
      )}
      <ul class="stats">
        {view.statistics.map((statistic) => (
          <li key={statistic.claim.id} class="claim claim-statistic" data-claim-id={statistic.claim.id}>
            <p class="figure">
              <strong>{formatFigure(t, lang, statistic.figure)}</strong> <span class="muted">({figureYear(t, statistic.figure)})</span> — {statistic.figure.counts}
            </p>
            <Attribution t={t} lang={lang} claim={statistic.claim} onOpenSource={onOpenSource} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Who holds a position, each name once: the speakers of its claims (the outlet where it speaks itself). */
function speakersOf(t: Translate, position: PositionView): { name: string; voice: ClaimView['voice'] }[] {
  const seen = new Map<string, ClaimView['voice']>();
  for (const claim of position.claims) {
    const name = claim.speaker ?? sourceLabel(t, claim.outlet);
    if (!seen.has(name)) seen.set(name, claim.voice);
  }
  return [...seen].map(([name, voice]) => ({ name, voice }));
}

/** Each position's heading and who holds it, side by side: the counterpoint in one look. */
function Glance({ t, view }: { t: Translate; view: CardView }) {
  if (!view.topic) {
    return (
      <section class="section counterpoints" aria-labelledby="cp-counterpoints">
        <h3 id="cp-counterpoints">{t('cardCounterpoints')}</h3>
        <p class="muted">{t('cardNoCounterpoints')}</p>
      </section>
    );
  }
  return (
    <section class="section counterpoints" aria-labelledby="cp-counterpoints">
      <h3 id="cp-counterpoints">{t('cardCounterpoints')}</h3>
      <p class="question">{view.topic.question}</p>
      <ul class="positions glance" role="list">
        {view.topic.positions.map((position) => {
          const speakers = speakersOf(t, position);
          return (
            <li key={position.id} class="position" data-glance-position={position.id}>
              <h4>{position.summary}</h4>
              {speakers.length ? (
                <p class="speakers">
                  {speakers.map((speaker, index) => (
                    <span key={speaker.name} class="glance-speaker">
                      {index > 0 && ', '}
                      <span class="speaker">{speaker.name}</span> <span class="side">({t(VOICE_KEY[speaker.voice])})</span>
                    </span>
                  ))}
                </p>
              ) : (
                <p class="muted speakers">{t('cardNoClaimsForPosition')}</p>
              )}
            </li>
          );
        })}
      </ul>
      <TopicBalance t={t} topic={view.topic} />
    </section>
  );
}

/** The quotes behind each position, with their sources, then the figures: opened in place. */
function Details({ t, lang, view, onOpenSource }: { t: Translate; lang: Lang; view: CardView; onOpenSource: OpenSource }) {
  const hasClaims = view.keyClaims.length > 0 || Boolean(view.topic?.positions.some((position) => position.claims.length)) || view.statistics.length > 0;
  if (!hasClaims && !view.background && !view.otherTopics.length) return null;
  return (
    <details class="section details">
      <summary>{t('cardDetailsSummary')}</summary>
      {view.background && (
        <p class="background">
          <span class="background-label">{t('cardBackground')}</span> {view.background}
        </p>
      )}
      <OriginalLanguageNote t={t} lang={lang} claims={[...view.keyClaims, ...(view.topic?.positions.flatMap((position) => position.claims) ?? []), ...view.statistics.map((statistic) => statistic.claim)]} />
      {view.keyClaims.length > 0 && (
        <section class="subsection" aria-labelledby="cp-sources-say">
          <h3 id="cp-sources-say">{t('cardSourcesSay')}</h3>
          <ul class="claims">
            {view.keyClaims.map((claim) => (
              <Claim key={claim.id} t={t} lang={lang} claim={claim} onOpenSource={onOpenSource} />
            ))}
          </ul>
        </section>
      )}
      {view.topic && (
        <section class="subsection counterpoints-full" aria-labelledby="cp-positions">
          <h3 id="cp-positions">{t('cardPositionsInFull')}</h3>
          <div class="positions">
            {view.topic.positions.map((position) => (
              <Position key={position.id} t={t} lang={lang} position={position} onOpenSource={onOpenSource} />
            ))}
          </div>
          {view.otherTopics.length > 0 && (
            <p class="muted more-topics">
              {t('cardAlsoDebated')} {view.otherTopics.map((topic) => topic.question).join(' · ')}
            </p>
          )}
        </section>
      )}
      {view.statistics.length > 0 && <Statistics t={t} lang={lang} view={view} onOpenSource={onOpenSource} />}
    </details>
  );
}

/** The mention shortcuts, as the browser reports them (the reader may have changed them). */
function Shortcuts({ t, shortcuts }: { t: Translate; shortcuts: { next: string; previous: string } }) {
  if (!shortcuts.next && !shortcuts.previous) return <p class="shortcuts muted">{t('cardShortcutsUnset')}</p>;
  const key = (value: string) => (value ? <kbd>{value}</kbd> : <span>{t('cardShortcutUnset')}</span>);
  return (
    <p class="shortcuts muted">
      {t('cardShortcutNext')} {key(shortcuts.next)} · {t('cardShortcutPrevious')} {key(shortcuts.previous)}
    </p>
  );
}

export function FactCard(props: FactCardProps) {
  const { t, lang, view, mention, pinned, onOpenSource } = props;
  const interactive = props.interactive !== false && Boolean(props.onPin && props.onClose);
  const firstClaim = view.keyClaims[0] ?? view.topic?.positions.find((position) => position.claims.length)?.claims[0];
  const answers = (
    <>
      <p class="description">{view.description}</p>
      <Glance t={t} view={view} />
      <Details t={t} lang={lang} view={view} onOpenSource={onOpenSource} />
      {firstClaim && (
        <footer class="card-footer">
          <button type="button" class="primary" onClick={() => onOpenSource(firstClaim.sourceId, firstClaim.id)}>
            {t('cardReadInSource')}
          </button>
        </footer>
      )}
    </>
  );

  return (
    <div class="card-body">
      <header class="card-header">
        <div>
          <h2 id="cp-card-title" class="title">
            {view.title}
          </h2>
          <p class="subtitle">
            <span class="type">{t(TYPE_KEY[view.type])}</span>
            {view.role && (
              <span class="role">
                {' · '}
                {isStated(view.role.asOf) ? t('cardRoleAsOf', [view.role.title, formatDate(view.role.asOf, lang)]) : view.role.title}
              </span>
            )}
            {view.roleNotStated && <span class="muted"> · {t('cardRoleNotStated')}</span>}
            {view.side && <span class="side"> · {t(VOICE_KEY[view.side])}</span>}
            {view.nameKnownInPart && <span class="muted"> · {t('cardNameInPart')}</span>}
            {view.unnamed && <span class="muted"> · {t('cardUnnamed')}</span>}
          </p>
        </div>
        {interactive && (
          <div class="card-actions">
            <button type="button" class="icon-button" aria-pressed={pinned} onClick={() => props.onPin?.(!pinned)} title={t(pinned ? 'cardUnpin' : 'cardPin')}>
              <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round">
                <path d="M6 1.8h4l-.6 4.4 2.6 2.4v1.2H4V8.6l2.6-2.4z" fill={pinned ? 'currentColor' : 'none'} />
                <path d="M8 9.8v4.4" stroke-linecap="round" />
              </svg>
              <span class="visually-hidden">{t(pinned ? 'cardUnpin' : 'cardPin')}</span>
            </button>
            <button type="button" class="icon-button close" onClick={() => props.onClose?.()} title={t('cardClose')}>
              <span aria-hidden="true">×</span>
              <span class="visually-hidden">{t('cardClose')}</span>
            </button>
          </div>
        )}
      </header>

      {props.gateAnswers ? props.gateAnswers(answers) : answers}

      {mention && <WhyHighlighted t={t} mention={mention} />}
      {interactive && props.shortcuts && <Shortcuts t={t} shortcuts={props.shortcuts} />}
    </div>
  );
}
