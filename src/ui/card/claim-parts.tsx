// How a claim is labelled wherever it is shown (card, worksheet, source viewer): its kind, who speaks
// and for which side, when, in which era, and where; and how a topic's balance of voices is stated.
// One set of components, so the card and the printed worksheet cannot drift apart.
import type { ClaimView, FigureView, TopicView } from '../../core/card-view';
import type { SourceName } from '../../core/provenance';
import type { ClaimKind, Lang, Qualifier, SourceStance, Voice } from '../../core/types';
import type { MessageKey, Translate } from '../i18n';

export const KIND_KEY: Record<ClaimKind, MessageKey> = {
  quote: 'cardQuoteLabel',
  reported: 'cardReportedLabel',
  framing: 'cardFramingLabel',
  statistic: 'cardStatisticLabel',
};

export const VOICE_KEY: Record<Voice, MessageKey> = {
  'us-government': 'cardSideUsGovernment',
  'us-congress': 'cardSideUsCongress',
  'us-state-government': 'cardSideUsStateGovernment',
  'us-former-official': 'cardSideUsFormerOfficial',
  'mexican-government': 'cardSideMexicanGovernment',
  'other-government': 'cardSideOtherGovernment',
  expert: 'cardSideExpert',
  independent: 'cardSideIndependent',
  'not-stated': 'cardSideNotStated',
  outlet: 'cardSideOutlet',
};

export const STANCE_KEY: Record<SourceStance, MessageKey> = {
  partisan: 'cardStancePartisan',
  promotional: 'cardStancePromotional',
};

const QUALIFIER_KEY: Record<Qualifier, MessageKey> = {
  almost: 'cardQualifierAlmost',
  nearly: 'cardQualifierNearly',
  'more-than': 'cardQualifierMoreThan',
  'at-least': 'cardQualifierAtLeast',
  about: 'cardQualifierAbout',
  estimated: 'cardQualifierEstimated',
};

export const formatDate = (date: string, lang: Lang): string => {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the pattern's year group is required
  if (!month) return year!;
  const value = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' }).format(value);
};

export const sourceLabel = (t: Translate, outlet: SourceName): string => (outlet.named ? outlet.outlet : t('cardUnnamedOutletId', [outlet.id]));

/**
 * A figure as the document hedges it: "almost 20,000 deaths", "between $19 billion and $29 billion".
 * `compact` is for a chart's bar ("$1.5B"); the unit is then left to the chart's label.
 */
export function formatFigure(t: Translate, lang: Lang, figure: Pick<FigureView, 'value' | 'valueMax' | 'unit' | 'currency' | 'qualifier'>, compact = false): string {
  const plain = (value: number) =>
    new Intl.NumberFormat(lang, {
      ...(compact ? { notation: 'compact' } : value >= 1e6 ? { notation: 'compact', compactDisplay: 'long' } : {}),
      maximumFractionDigits: 1,
    }).format(value);
  // Dollars as readers write them: "$1.5 billion", "1,5 mil millones de dólares".
  const number = (value: number) => (!figure.currency ? plain(value) : lang === 'en' ? `$${plain(value)}` : `${plain(value)}${compact ? ' $' : ' de dólares'}`);
  const amount = figure.valueMax !== null ? t('cardRange', [number(figure.value), number(figure.valueMax)]) : number(figure.value);
  const hedged = figure.qualifier ? t(QUALIFIER_KEY[figure.qualifier], [amount]) : amount;
  return figure.currency || compact ? hedged : `${hedged} ${figure.unit}`;
}

/** "2015", "since 2008" or "year not stated": a figure's year only where its document states one. */
export const figureYear = (t: Translate, figure: Pick<FigureView, 'year' | 'since'>): string =>
  figure.year !== null ? String(figure.year) : figure.since !== null ? t('cardSince', [figure.since]) : t('cardYearNotStated');

/** Claims are never translated: where the interface speaks another language, one line says so. */
export function OriginalLanguageNote({ t, lang, claims }: { t: Translate; lang: Lang; claims: readonly ClaimView[] }) {
  const other = claims.find((claim) => claim.lang !== lang);
  return other ? <p class="original-lang">{t(other.lang === 'en' ? 'cardOriginalEnglish' : 'cardOriginalSpanish')}</p> : null;
}

export function ClaimText({ t, claim }: { t: Translate; claim: ClaimView }) {
  const label = <span class="kind-label">{t(KIND_KEY[claim.kind])}</span>;
  return claim.kind === 'quote' ? (
    <blockquote>
      {label} <span lang={claim.lang}>“{claim.text}”</span>
    </blockquote>
  ) : (
    <p class="paraphrase">
      {label} <span lang={claim.lang}>{claim.text}</span>
    </p>
  );
}

export interface AttributionProps {
  t: Translate;
  lang: Lang;
  claim: ClaimView;
  /** Where the card can open the source viewer; the printed worksheet names the source instead. */
  onOpenSource?: (sourceId: string, claimId: string) => void;
}

/** Who, for which side, in which era, when (if stated), where, and how that source leans. */
export function Attribution({ t, lang, claim, onOpenSource }: AttributionProps) {
  const outlet = sourceLabel(t, claim.outlet);
  const ownWords = claim.speaker === null;
  const source = onOpenSource ? (
    <button type="button" class="source-link" onClick={() => onOpenSource(claim.sourceId, claim.id)} aria-label={t('cardReadInSourceNamed', [outlet])}>
      {ownWords ? t('cardSourceDocument') : outlet}
    </button>
  ) : (
    <span class="source-name">{ownWords ? t('cardSourceDocument') : outlet}</span>
  );
  // A figure or a paraphrase from a source that takes a side is that source's relay, and says so.
  const relayed = claim.stance !== null && !ownWords && claim.kind !== 'quote';
  return (
    <>
      <p class="attribution">
        <span class="speaker">{ownWords ? outlet : claim.speaker}</span>
        {claim.speakerRole && <span class="role">, {claim.speakerRole}</span>}
        <span class="side"> · {t(VOICE_KEY[claim.voice])}</span>
        <span class="meta">
          {claim.era && ` · ${t('cardEra', [claim.era])}`}
          {claim.date && ` · ${formatDate(claim.date.value, lang)}${claim.date.inferred ? ` (${t('cardDateInferred')})` : ''}`}
          {' · '}
          {relayed && `${t('cardRelayedBy')} `}
          {source}
          {claim.stance && <span class="stance"> ({t(STANCE_KEY[claim.stance])})</span>}
          {!claim.verified && <span class="unverified"> · {t('cardTeacherMaterial')}</span>}
        </span>
      </p>
      {claim.date?.inferred && <p class="inferred-why">{t('cardDateInferredWhy', [claim.date.inferred])}</p>}
    </>
  );
}

/** Whose views a topic's claims carry, and a plain warning when they are all one side's. */
export function TopicBalance({ t, topic }: { t: Translate; topic: TopicView }) {
  const voices = topic.sides.filter((side) => side !== 'outlet');
  return (
    <div class="balance">
      <p class="represented">
        {t('cardViewsRepresented', [topic.sides.map((side) => t(VOICE_KEY[side])).join(', ')])}{' '}
        {topic.sourceCount === 1 ? t('cardFromOneSource') : t('cardFromSources', [topic.sourceCount])}
      </p>
      {topic.oneSided && <p class="one-sided">{voices[0] ? t('cardAllOneSide', [t(VOICE_KEY[voices[0]])]) : t('cardOnlyOutlets')}</p>}
      {topic.governmentsNotHeard.map((government) => (
        <p key={government} class="not-heard">
          {t('cardGovernmentNotHeard', [t(VOICE_KEY[government])])}
        </p>
      ))}
    </div>
  );
}
