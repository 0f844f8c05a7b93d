// The shared vocabulary of Counterpoint. Pure data shapes: no DOM, no browser APIs.
// The fact base (data/*.json), teacher packs, the matcher and the UI all speak these types.

export type Lang = 'en' | 'es';

/** Text shown to readers in both interface languages. */
export interface LocalizedText {
  en: string;
  es: string;
}

export const ENTITY_TYPES = ['person', 'organization', 'cartel', 'substance', 'program', 'policy', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Whose side a speaker speaks for; the card says whose views it represents. */
export type Affiliation = 'us-government' | 'mexican-government' | 'independent' | 'media';

export interface Alias {
  text: string;
  lang?: Lang;
  /** On its own this alias often means something else (a state, a city, a company, a common word). */
  ambiguous?: boolean;
  /** Acronyms such as DEA or CJNG match only in this exact case. */
  caseSensitive?: boolean;
  /** What else the alias can mean, for people reading the data. */
  note?: string;
}

export interface Role {
  title: LocalizedText;
  /** ISO date or partial date (YYYY, YYYY-MM, YYYY-MM-DD) the role is attested at. */
  asOf: string;
  /** Source document id that attests the role. */
  source: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: LocalizedText;
  aliases: Alias[];
  description: LocalizedText;
  /** Source document ids that mention this entity. */
  mentionedIn: string[];
  /** People: roles as of the corpus documents. */
  roles?: Role[];
  /** People only known by surname in the corpus. */
  nameKnownInPart?: boolean;
  affiliation?: Affiliation;
  /** Words that, near an ambiguous alias, show it means this entity ("Secretary", "Sen.", "cartel"). */
  cues?: string[];
  /** Counterpoint topic ids this entity appears in. */
  topics: string[];
}

export interface Source {
  id: string;
  /** File name under data/corpus/ (bundled sources) ... */
  file?: string;
  /** ... or, for teacher packs, a URL of their own source. */
  url?: string;
  outlet: string;
  title: string;
  date: string;
  author: string;
  language: Lang;
  /** Neutral note on what kind of source it appears to be. */
  kind: string;
  /** The evidence in the text for that note. */
  evidence: string;
}

export const CLAIM_KINDS = ['quote', 'reported', 'statistic', 'framing'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface Statistic {
  value: number;
  unit: string;
  year: number;
  /** Exactly what was counted. */
  counts: LocalizedText;
}

export interface Claim {
  id: string;
  kind: ClaimKind;
  /** Entity id of the speaker, or null when the outlet itself makes the claim. */
  speaker: string | null;
  date: string;
  source: string;
  /** For quotes: the words as they appear in the source (ellipses and [insertions] allowed). */
  text: string;
  /** Language of `text`; quotes stay in their original language. */
  lang: Lang;
  entities: string[];
  statistic?: Statistic;
}

export interface Position {
  id: string;
  summary: LocalizedText;
  claims: string[];
}

export interface Topic {
  id: string;
  question: LocalizedText;
  positions: Position[];
}

/** Classroom mode: a question asked before the counterpoints are revealed. */
export interface Question {
  id: string;
  prompt: LocalizedText;
  /** Which mentions it fits. Absent fields match everything. */
  appliesTo: { entityTypes?: EntityType[]; entities?: string[]; claimKinds?: ClaimKind[] };
  options?: LocalizedText[];
}

/** The built-in fact base and teacher packs share this shape. */
export interface FactPack {
  schemaVersion: 1;
  id: string;
  title: string;
  sources: Source[];
  entities: Entity[];
  claims: Claim[];
  topics: Topic[];
  questions: Question[];
}

/**
 * Why a mention counts, as data: the interface words it in the reader's language.
 * - `exact`: an unambiguous name, as the fact base spells it (case and accents aside).
 * - `fuzzy`: a close spelling of `alias`, `edits` letters added, dropped, changed or swapped.
 * - `cue`: an ambiguous name, with `cue` (a word the fact base gives for it) in the same sentence.
 * - `title`: an ambiguous surname with `title` right before or after it ("Secretary Kelly").
 * - `namedEarlier`: an ambiguous short form after `fullName` earlier on the same page.
 * - `article`: an ambiguous acronym after `article` ("the DEA", "la DEA"), which news writes only for the agency.
 */
export type MentionReason =
  | { rule: 'exact' }
  | { rule: 'fuzzy'; edits: number }
  | { rule: 'cue'; cue: string }
  | { rule: 'title'; title: string }
  | { rule: 'namedEarlier'; fullName: string }
  | { rule: 'article'; article: string };

/** One found mention; offsets index into the text given to the matcher. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
  text: string;
  /** The fact base's name that matched. */
  alias: string;
  fuzzy: boolean;
  /** 1 for exact matches; lower for fuzzy ones. */
  score: number;
  reason: MentionReason;
}

/** What a card's "Why this is highlighted" shows about a match. */
export type MentionMatch = Pick<Mention, 'entityId' | 'text' | 'alias' | 'fuzzy' | 'score' | 'reason'>;

/** What a card needs for one entity, from lookup(). */
export interface CardData {
  entity: Entity;
  keyClaims: Claim[];
  topics: Topic[];
  statistics: Claim[];
  /** Every claim referenced by keyClaims and topics, by id. */
  claims: Record<string, Claim>;
  /** Every speaker referenced, by id. */
  speakers: Record<string, Entity>;
  sources: Record<string, Source>;
  /** Classroom mode: the question to ask before revealing the counterpoints. */
  question?: Question | null;
}
