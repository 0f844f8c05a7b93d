// Turns lookup() data into what a card shows, in one language. Pure, so it is tested in Node. The
// worksheet, the source viewer and the exports describe claims with the same ClaimView, so a claim
// carries the same kind, speaker, side, date, era and source wherever it appears.
import { hasBundledText, isStated, sourceName, type SourceName } from './provenance';
import type { CardData, Claim, ClaimKind, Entity, EntityType, Lang, Qualifier, Role, Side, Source, SourceStance, Voice } from './types';
import { restsOnOneVoice, sidesHeard, speakerKey, voiceOf } from './voices';

export { isStated } from './provenance';

export interface ClaimView {
  id: string;
  kind: ClaimKind;
  text: string;
  /** Claims keep the language of their source. */
  lang: Lang;
  /** The speaker's name; null when the outlet itself speaks (its name is `outlet`). */
  speaker: string | null;
  speakerRole: string | null;
  /** The documents give no name for this speaker. */
  speakerUnnamed: boolean;
  voice: Voice;
  /** When the words were said, only where the document states it; `inferred` says why a part was inferred. */
  date: { value: string; inferred: string | null } | null;
  /** The administration in office when the document was written, where it says so. */
  era: string | null;
  outlet: SourceName;
  /** The document's own date as the fact base gives it, only where it states one. */
  sourceDate: string | null;
  sourceId: string;
  stance: SourceStance | null;
  /** False for a teacher's own source: its words could not be checked against a bundled text. */
  verified: boolean;
}

export interface PositionView {
  id: string;
  summary: string;
  claims: ClaimView[];
  /** Every claim behind this position comes from one speaker in one source. */
  singleVoice: boolean;
  /** Claims of this position the card leaves out for room (the source viewer has them). */
  notShown: number;
}

export interface TopicView {
  id: string;
  question: string;
  positions: PositionView[];
  /** The voices of the claims shown, in a stable order. */
  sides: Voice[];
  /** Fewer than two sides heard, the outlets' own words aside. */
  oneSided: boolean;
  /** The governments no claim shown speaks for. */
  governmentsNotHeard: Extract<Side, 'us-government' | 'mexican-government'>[];
  /** How many documents the claims shown come from. */
  sourceCount: number;
}

export interface FigureView {
  value: number;
  valueMax: number | null;
  unit: string;
  currency: 'USD' | null;
  measure: { id: string; name: string };
  qualifier: Qualifier | null;
  /** Only where the document states it. */
  year: number | null;
  since: number | null;
  counts: string;
}

export interface StatisticView {
  claim: ClaimView;
  figure: FigureView;
}

/** Figures of one measure, one bar each, so a chart compares only like with like. */
export interface SeriesView {
  measure: { id: string; name: string };
  unit: string;
  currency: 'USD' | null;
  bars: StatisticView[];
}

export interface CardView {
  entityId: string;
  title: string;
  type: EntityType;
  role: { title: string; asOf: string } | null;
  /** A person the documents give no role. */
  roleNotStated: boolean;
  nameKnownInPart: boolean;
  unnamed: boolean;
  side: Side | null;
  description: string;
  /** General knowledge, not from the documents: shown apart and marked. */
  background: string | null;
  keyClaims: ClaimView[];
  topic: TopicView | null;
  otherTopics: { id: string; question: string }[];
  /** Every figure, each with its own attribution; text stays the primary channel. */
  statistics: StatisticView[];
  /** Figures that share a measure, charted together; a figure with no comparable partner is not charted. */
  series: SeriesView | null;
}

const dateKey = (date: string) => date.replace(/[^0-9-]/g, '');

/** The role a person held as of a date: the one the same source attests, else the latest before it. */
export function roleAsOf(entity: Entity, date: string | null, sourceId: string | null): Role | null {
  const roles = entity.roles ?? [];
  const sameSource = roles.find((role) => role.source === sourceId);
  if (sameSource) return sameSource;
  const sorted = [...roles].sort((a, b) => dateKey(a.asOf).localeCompare(dateKey(b.asOf)));
  if (!date) return sorted[sorted.length - 1] ?? null;
  const before = sorted.filter((role) => dateKey(role.asOf) <= dateKey(date));
  return before[before.length - 1] ?? sorted[0] ?? null;
}

/** How many claims each side shows in a card; the source viewer has the rest. */
export const CLAIMS_PER_POSITION = 2;

/** What a claim view needs to look up: the speakers and sources it may name. */
export interface ClaimContext {
  speakers: Record<string, Entity>;
  sources: Record<string, Source>;
}

export function claimView(context: ClaimContext, claim: Claim, lang: Lang): ClaimView {
  const source: Source | undefined = context.sources[claim.source];
  const speaker = claim.speaker ? context.speakers[claim.speaker] : undefined;
  const role = speaker ? roleAsOf(speaker, isStated(claim.date) ? claim.date : null, claim.source) : null;
  return {
    id: claim.id,
    kind: claim.kind,
    text: claim.text,
    lang: claim.lang,
    speaker: speaker ? speaker.name[lang] : claim.speaker,
    speakerRole: role ? role.title[lang] : null,
    speakerUnnamed: speaker?.unnamed === true,
    voice: voiceOf(claim, speaker),
    date: isStated(claim.date) ? { value: claim.date, inferred: claim.dateInferred?.[lang] ?? null } : null,
    era: source?.era?.name[lang] ?? null,
    outlet: sourceName(source, claim.source),
    sourceDate: isStated(source?.date) ? source.date : null,
    sourceId: claim.source,
    stance: source?.stance?.kind ?? null,
    verified: hasBundledText(source),
  };
}

/**
 * The claims a position shows: those about the card's entity first; then, for the remaining room, a
 * claim from a side not yet heard, else from a speaker not yet heard, so the card shows the range.
 */
function pickClaims(claims: Claim[], entityId: string, context: ClaimContext): Claim[] {
  const about = (claim: Claim) => Number(claim.speaker === entityId || claim.entities.includes(entityId));
  const ranked = [...claims].sort((a, b) => about(b) - about(a));
  const picked: Claim[] = [];
  const voice = (claim: Claim) => voiceOf(claim, claim.speaker ? context.speakers[claim.speaker] : undefined);
  while (picked.length < CLAIMS_PER_POSITION && picked.length < ranked.length) {
    const rest = ranked.filter((claim) => !picked.includes(claim));
    const next =
      (picked.length ? rest.find((claim) => !picked.some((chosen) => voice(chosen) === voice(claim))) : undefined) ??
      (picked.length ? rest.find((claim) => !picked.some((chosen) => speakerKey(chosen) === speakerKey(claim))) : undefined) ??
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the loop runs while fewer claims are picked than ranked, so one is left
      rest[0]!;
    picked.push(next);
  }
  return picked;
}

const GOVERNMENTS = ['us-government', 'mexican-government'] as const;

function topicView(data: CardData, topicIndex: number, lang: Lang): TopicView | null {
  const topic = data.topics[topicIndex];
  if (!topic) return null;
  const positions: PositionView[] = topic.positions.map((position) => {
    const claims = position.claims.flatMap((claimId) => data.claims[claimId] ?? []);
    const shown = pickClaims(claims, data.entity.id, data);
    return {
      id: position.id,
      summary: position.summary[lang],
      claims: shown.map((claim) => claimView(data, claim, lang)),
      singleVoice: claims.length > 0 && restsOnOneVoice(claims),
      notShown: claims.length - shown.length,
    };
  });
  const shown = positions.flatMap((position) => position.claims);
  const { sides, oneSided } = sidesHeard(shown.map((claim) => claim.voice));
  return {
    id: topic.id,
    question: topic.question[lang],
    positions,
    sides,
    oneSided,
    governmentsNotHeard: GOVERNMENTS.filter((government) => !sides.includes(government)),
    sourceCount: new Set(shown.map((claim) => claim.sourceId)).size,
  };
}

/** The topic where this entity figures in the most claims is the one a card opens on. */
function mostRelevantTopic(data: CardData): number {
  let best = 0;
  let bestScore = -1;
  data.topics.forEach((topic, index) => {
    const score = topic.positions.reduce(
      (sum, position) => sum + position.claims.filter((claimId) => data.claims[claimId]?.entities.includes(data.entity.id)).length,
      0,
    );
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

function statisticView(data: CardData, claim: Claim, lang: Lang): StatisticView[] {
  const statistic = claim.statistic;
  if (!statistic) return [];
  return [
    {
      claim: claimView(data, claim, lang),
      figure: {
        value: statistic.value,
        valueMax: statistic.valueMax ?? null,
        unit: statistic.unit[lang],
        currency: statistic.currency ?? null,
        measure: { id: statistic.measure.id, name: statistic.measure.name[lang] },
        qualifier: statistic.qualifier ?? null,
        year: statistic.year ?? null,
        since: statistic.since ?? null,
        counts: statistic.counts[lang],
      },
    },
  ];
}

/**
 * A chart only for figures that share a measure (the build checks that a measure id means one thing):
 * the measure with the most figures, each a bar with its own source, in year order where years are stated.
 */
export function seriesOf(statistics: readonly StatisticView[]): SeriesView | null {
  const byMeasure = new Map<string, StatisticView[]>();
  for (const statistic of statistics) byMeasure.set(statistic.figure.measure.id, [...(byMeasure.get(statistic.figure.measure.id) ?? []), statistic]);
  let best: StatisticView[] | null = null;
  for (const list of byMeasure.values()) if (list.length >= 2 && (!best || list.length > best.length)) best = list;
  if (!best) return null;
  const bars = [...best].sort((a, b) => (a.figure.year ?? Infinity) - (b.figure.year ?? Infinity));
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- best holds two bars or more
  const { measure, unit, currency } = bars[0]!.figure;
  return { measure, unit, currency, bars };
}

export function cardView(data: CardData, lang: Lang): CardView {
  const { entity } = data;
  const latestRole = roleAsOf(entity, null, null);
  const figures = data.statistics.flatMap((claim) => statisticView(data, claim, lang));
  const series = seriesOf(figures);
  const topicIndex = mostRelevantTopic(data);
  return {
    entityId: entity.id,
    title: entity.name[lang],
    type: entity.type,
    role: latestRole ? { title: latestRole.title[lang], asOf: latestRole.asOf } : null,
    roleNotStated: entity.type === 'person' && !latestRole && !entity.unnamed,
    nameKnownInPart: entity.nameKnownInPart === true,
    unnamed: entity.unnamed === true,
    side: entity.side ?? null,
    description: entity.description[lang],
    background: entity.background?.[lang] ?? null,
    keyClaims: data.keyClaims.map((claim) => claimView(data, claim, lang)),
    topic: topicView(data, topicIndex, lang),
    otherTopics: data.topics.filter((_, index) => index !== topicIndex).map((topic) => ({ id: topic.id, question: topic.question[lang] })),
    statistics: figures,
    series,
  };
}
