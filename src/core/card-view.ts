// Turns lookup() data into what a card shows, in one language. Pure, so it is tested in Node.
import type { Affiliation, CardData, Claim, ClaimKind, Entity, EntityType, Lang, Role, Source } from './types';

export interface ClaimView {
  id: string;
  kind: ClaimKind;
  text: string;
  /** Quotes keep their original language. */
  lang: Lang;
  /** The speaker's name, or the outlet's when the text itself makes the claim. */
  speaker: string;
  speakerRole: string | null;
  affiliation: Affiliation;
  date: string;
  outlet: string;
  sourceId: string;
  sourceTitle: string;
}

export interface PositionView {
  id: string;
  summary: string;
  claims: ClaimView[];
}

export interface TopicView {
  id: string;
  question: string;
  positions: PositionView[];
  /** Whose views the positions represent, in a stable order. */
  sides: Affiliation[];
  oneSided: boolean;
}

export interface StatisticView {
  claimId: string;
  value: number;
  unit: string;
  year: number;
  counts: string;
  speaker: string;
  outlet: string;
  sourceId: string;
}

export interface SeriesView {
  unit: string;
  points: { year: number; value: number; counts: string }[];
}

export interface CardView {
  entityId: string;
  title: string;
  type: EntityType;
  role: { title: string; asOf: string } | null;
  nameKnownInPart: boolean;
  description: string;
  keyClaims: ClaimView[];
  topic: TopicView | null;
  otherTopics: { id: string; question: string }[];
  statistics: StatisticView[];
  series: SeriesView | null;
}

const SIDE_ORDER: Affiliation[] = ['us-government', 'mexican-government', 'independent', 'media'];

const dateKey = (date: string) => date.replace(/[^0-9-]/g, '');

/** The role a person held as of a date: the one the same source attests, else the latest before it. */
export function roleAsOf(entity: Entity, date: string | null, sourceId: string | null): Role | null {
  const roles = entity.roles ?? [];
  if (!roles.length) return null;
  const sameSource = roles.find((role) => role.source === sourceId);
  if (sameSource) return sameSource;
  const sorted = [...roles].sort((a, b) => dateKey(a.asOf).localeCompare(dateKey(b.asOf)));
  if (!date) return sorted[sorted.length - 1] ?? null;
  const before = sorted.filter((role) => dateKey(role.asOf) <= dateKey(date));
  return before[before.length - 1] ?? sorted[0] ?? null;
}

const NOT_STATED = 'not stated';
export const isStated = (value: string | undefined | null): value is string => Boolean(value && value.trim() && value.trim().toLowerCase() !== NOT_STATED);

/** How a card names a source: its outlet, else its title; empty when the document states neither. */
export function sourceLabel(source: Source | undefined): string {
  if (!source) return '';
  if (isStated(source.outlet)) return source.outlet;
  if (isStated(source.title)) return source.title.length > 60 ? `${source.title.slice(0, source.title.lastIndexOf(' ', 57))}…` : source.title;
  return '';
}

/** How many claims each side shows in a card; the source viewer has the rest. */
export const CLAIMS_PER_POSITION = 2;

function claimView(data: CardData, claim: Claim, lang: Lang): ClaimView {
  const source: Source | undefined = data.sources[claim.source];
  const speaker = claim.speaker ? data.speakers[claim.speaker] : undefined;
  const role = speaker ? roleAsOf(speaker, claim.date, claim.source) : null;
  return {
    id: claim.id,
    kind: claim.kind,
    text: claim.text,
    lang: claim.lang,
    speaker: speaker ? speaker.name[lang] : sourceLabel(source),
    speakerRole: role ? role.title[lang] : null,
    affiliation: speaker?.affiliation ?? 'media',
    date: claim.date,
    outlet: sourceLabel(source),
    sourceId: claim.source,
    sourceTitle: source?.title ?? '',
  };
}

function topicView(data: CardData, topicIndex: number, lang: Lang): TopicView | null {
  const topic = data.topics[topicIndex];
  if (!topic) return null;
  // Each side's claims about this entity come first; a card shows only the first few.
  const aboutEntity = (claim: Claim) => Number(claim.speaker === data.entity.id || claim.entities.includes(data.entity.id));
  const positions = topic.positions.map((position) => ({
    id: position.id,
    summary: position.summary[lang],
    claims: position.claims
      .flatMap((claimId) => data.claims[claimId] ?? [])
      .sort((a, b) => aboutEntity(b) - aboutEntity(a))
      .slice(0, CLAIMS_PER_POSITION)
      .map((claim) => claimView(data, claim, lang)),
  }));
  const sides = SIDE_ORDER.filter((side) => positions.some((position) => position.claims.some((claim) => claim.affiliation === side)));
  const positionsWithClaims = positions.filter((position) => position.claims.length > 0);
  return { id: topic.id, question: topic.question[lang], positions, sides, oneSided: positionsWithClaims.length < 2 };
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

export function cardView(data: CardData, lang: Lang): CardView {
  const { entity } = data;
  const latestRole = roleAsOf(entity, null, null);
  const statistics: StatisticView[] = data.statistics.flatMap((claim) => {
    const statistic = claim.statistic;
    if (!statistic) return [];
    const view = claimView(data, claim, lang);
    return [{
      claimId: claim.id,
      value: statistic.value,
      unit: statistic.unit,
      year: statistic.year,
      counts: statistic.counts[lang],
      speaker: view.speaker,
      outlet: view.outlet,
      sourceId: claim.source,
    }];
  });
  statistics.sort((a, b) => a.year - b.year);
  const topicIndex = mostRelevantTopic(data);
  return {
    entityId: entity.id,
    title: entity.name[lang],
    type: entity.type,
    role: latestRole ? { title: latestRole.title[lang], asOf: latestRole.asOf } : null,
    nameKnownInPart: entity.nameKnownInPart === true,
    description: entity.description[lang],
    keyClaims: data.keyClaims.map((claim) => claimView(data, claim, lang)),
    topic: topicView(data, topicIndex, lang),
    otherTopics: data.topics.filter((_, index) => index !== topicIndex).map((topic) => ({ id: topic.id, question: topic.question[lang] })),
    statistics,
    series: seriesOf(statistics),
  };
}

/** A chart only where one unit is counted in two or more different years. */
export function seriesOf(statistics: StatisticView[]): SeriesView | null {
  const byUnit = new Map<string, StatisticView[]>();
  for (const statistic of statistics) byUnit.set(statistic.unit, [...(byUnit.get(statistic.unit) ?? []), statistic]);
  let best: SeriesView | null = null;
  for (const [unit, list] of byUnit) {
    const years = new Set(list.map((statistic) => statistic.year));
    if (years.size < 2) continue;
    const points = [...list].sort((a, b) => a.year - b.year).map(({ year, value, counts }) => ({ year, value, counts }));
    if (!best || points.length > best.points.length) best = { unit, points };
  }
  return best;
}
