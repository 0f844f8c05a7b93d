// The card a reader opens on a mention: who or what this is, what the sources say, the
// counterpoints, the figures, and why it was highlighted. A view only: data and callbacks come in.
import type { ComponentChildren } from 'preact';
import { isStated, type CardView, type ClaimView, type PositionView, type StatisticView } from '../../core/card-view';
import type { Affiliation, EntityType, Lang, MentionMatch } from '../../core/types';
import type { MessageKey, Translate } from '../i18n';
import { StatisticsChart } from './StatisticsChart';
import { WhyHighlighted } from './WhyHighlighted';

export interface FactCardProps {
  t: Translate;
  lang: Lang;
  view: CardView;
  mention: MentionMatch | null;
  pinned: boolean;
  onPin(pinned: boolean): void;
  onClose(): void;
  onOpenSource(sourceId: string, claimId: string): void;
  /** Classroom mode puts a question in front of the counterpoints (see the classroom feature). */
  gateCounterpoints?: (counterpoints: ComponentChildren) => ComponentChildren;
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

const SIDE_KEY: Record<Affiliation, MessageKey> = {
  'us-government': 'cardSideUsGovernment',
  'mexican-government': 'cardSideMexicanGovernment',
  independent: 'cardSideIndependent',
  media: 'cardSideMedia',
};

const formatDate = (date: string, lang: Lang) => {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (!month) return year!;
  const value = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' }).format(value);
};

function Attribution({ t, lang, claim, onOpenSource }: { t: Translate; lang: Lang; claim: ClaimView; onOpenSource: FactCardProps['onOpenSource'] }) {
  return (
    <p class="attribution">
      <span class="speaker">{claim.speaker || t('cardUnnamedOutlet')}</span>
      {claim.speakerRole && <span class="role">, {claim.speakerRole}</span>}
      <span class="meta">
        {isStated(claim.date) && ` · ${formatDate(claim.date, lang)}`}
        {' · '}
        <button type="button" class="source-link" onClick={() => onOpenSource(claim.sourceId, claim.id)} aria-label={t('cardReadInSourceNamed', [claim.outlet || t('cardUnnamedOutlet')])}>
          {claim.outlet || t('cardSourceDocument')}
        </button>
      </span>
    </p>
  );
}

function Claim({ t, lang, claim, onOpenSource }: { t: Translate; lang: Lang; claim: ClaimView; onOpenSource: FactCardProps['onOpenSource'] }) {
  const isQuote = claim.kind === 'quote';
  return (
    <li class={`claim claim-${claim.kind}`}>
      {isQuote ? (
        <blockquote lang={claim.lang}>
          <span class="visually-hidden">{t('cardQuoteLabel')}: </span>“{claim.text}”
        </blockquote>
      ) : (
        <p class="paraphrase" lang={claim.lang}>
          <span class="kind-label">{t(claim.kind === 'framing' ? 'cardFramingLabel' : claim.kind === 'statistic' ? 'cardStatisticLabel' : 'cardReportedLabel')}</span> {claim.text}
        </p>
      )}
      <Attribution t={t} lang={lang} claim={claim} onOpenSource={onOpenSource} />
    </li>
  );
}

function Position({ t, lang, position, onOpenSource }: { t: Translate; lang: Lang; position: PositionView; onOpenSource: FactCardProps['onOpenSource'] }) {
  return (
    <section class="position" aria-label={position.summary}>
      <h4>{position.summary}</h4>
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

function Statistics({ t, lang, statistics, view }: { t: Translate; lang: Lang; statistics: StatisticView[]; view: CardView }) {
  const format = (value: number) => new Intl.NumberFormat(lang, { notation: value >= 100_000 ? 'compact' : 'standard' }).format(value);
  return (
    <section class="section" aria-labelledby="cp-stats">
      <h3 id="cp-stats">{t('cardStatistics')}</h3>
      {view.series && <StatisticsChart series={view.series} label={t('cardChartLabel', [view.series.unit])} format={format} />}
      <ul class="stats">
        {statistics.map((statistic) => (
          <li key={statistic.claimId}>
            <strong>
              {new Intl.NumberFormat(lang).format(statistic.value)} {statistic.unit}
            </strong>{' '}
            <span class="muted">({statistic.year})</span> — {statistic.counts}
            <span class="meta">
              {' · '}
              {statistic.speaker || statistic.outlet || t('cardUnnamedOutlet')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FactCard(props: FactCardProps) {
  const { t, lang, view, mention, pinned, onOpenSource } = props;
  const counterpoints = view.topic ? (
    <section class="section counterpoints" aria-labelledby="cp-counterpoints">
      <h3 id="cp-counterpoints">{t('cardCounterpoints')}</h3>
      <p class="question">{view.topic.question}</p>
      <div class="positions">
        {view.topic.positions.map((position) => (
          <Position key={position.id} t={t} lang={lang} position={position} onOpenSource={onOpenSource} />
        ))}
      </div>
      <p class="represented">
        {t('cardViewsRepresented', [view.topic.sides.map((side) => t(SIDE_KEY[side])).join(', ')])}
        {view.topic.oneSided && <strong> {t('cardOneSided')}</strong>}
      </p>
      {view.otherTopics.length > 0 && (
        <p class="muted more-topics">
          {t('cardAlsoDebated')} {view.otherTopics.map((topic) => topic.question).join(' · ')}
        </p>
      )}
    </section>
  ) : (
    <section class="section counterpoints" aria-labelledby="cp-counterpoints">
      <h3 id="cp-counterpoints">{t('cardCounterpoints')}</h3>
      <p class="muted">{t('cardNoCounterpoints')}</p>
    </section>
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
            {view.nameKnownInPart && <span class="muted"> · {t('cardNameInPart')}</span>}
          </p>
        </div>
        <div class="card-actions">
          <button type="button" class="icon-button" aria-pressed={pinned} onClick={() => props.onPin(!pinned)} title={t(pinned ? 'cardUnpin' : 'cardPin')}>
            <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round">
              <path d="M6 1.8h4l-.6 4.4 2.6 2.4v1.2H4V8.6l2.6-2.4z" fill={pinned ? 'currentColor' : 'none'} />
              <path d="M8 9.8v4.4" stroke-linecap="round" />
            </svg>
            <span class="visually-hidden">{t(pinned ? 'cardUnpin' : 'cardPin')}</span>
          </button>
          <button type="button" class="icon-button close" onClick={props.onClose} title={t('cardClose')}>
            <span aria-hidden="true">×</span>
            <span class="visually-hidden">{t('cardClose')}</span>
          </button>
        </div>
      </header>
      <p class="description">{view.description}</p>

      {view.keyClaims.length > 0 && (
        <section class="section" aria-labelledby="cp-sources-say">
          <h3 id="cp-sources-say">{t('cardSourcesSay')}</h3>
          <ul class="claims">
            {view.keyClaims.map((claim) => (
              <Claim key={claim.id} t={t} lang={lang} claim={claim} onOpenSource={onOpenSource} />
            ))}
          </ul>
        </section>
      )}

      {props.gateCounterpoints ? props.gateCounterpoints(counterpoints) : counterpoints}

      {view.statistics.length > 0 && <Statistics t={t} lang={lang} statistics={view.statistics} view={view} />}

      {mention && <WhyHighlighted t={t} mention={mention} />}
      {(view.keyClaims[0] ?? view.topic?.positions[0]?.claims[0]) && (
        <footer class="card-footer">
          <button
            type="button"
            class="primary"
            onClick={() => {
              const claim = view.keyClaims[0] ?? view.topic?.positions[0]?.claims[0];
              if (claim) onOpenSource(claim.sourceId, claim.id);
            }}
          >
            {t('cardReadInSource')}
          </button>
        </footer>
      )}
    </div>
  );
}
