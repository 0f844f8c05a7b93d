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

/**
 * Whose side a speaker speaks for, as far as the documents show it. The card's "Views represented"
 * and its one-sided flag are computed from these. The documents tell apart a serving official, a
 * legislator, a state official and a former official, so the sides do too; "not-stated" is an
 * honest answer, shown as such.
 */
export const SIDES = [
  'us-government',
  'us-congress',
  'us-state-government',
  'us-former-official',
  'mexican-government',
  'other-government',
  'expert',
  'independent',
  'not-stated',
] as const;
export type Side = (typeof SIDES)[number];

/** A claim's voice: its speaker's side, or the outlet itself when no one else is named. */
export type Voice = Side | 'outlet';

/** Words of a document that show something: found there word for word by the build. */
export interface Evidence {
  source: string;
  text: string;
}

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
  /** The words of that document that give the role, with the person's name in them. */
  evidence?: string;
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
  /** The documents name no one ("a senior administration official"): `namedAs` says how they refer to the speaker. */
  unnamed?: boolean;
  /** Other words the documents use for this entity where they attribute words to it. */
  namedAs?: string[];
  /** Required for every entity that speaks in a claim. */
  side?: Side;
  /** Where a document shows that side; required unless the side is "not-stated". */
  sideEvidence?: Evidence;
  /** General knowledge, not from the documents; cards show it apart, marked as background. */
  background?: LocalizedText;
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
  /** The administration in office when the document was written, where the document says so. */
  era?: { name: LocalizedText; evidence: string };
  /** A source that takes a side (a partisan site) or promotes one (a government's own page), with the words that show it. */
  stance?: { kind: SourceStance; evidence: string[] };
}

export const SOURCE_STANCES = ['partisan', 'promotional'] as const;
export type SourceStance = (typeof SOURCE_STANCES)[number];

export const CLAIM_KINDS = ['quote', 'reported', 'statistic', 'framing'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const QUALIFIERS = ['almost', 'nearly', 'more-than', 'at-least', 'about', 'estimated'] as const;
/** The document's own hedge on a figure: "almost", "more than", "an estimated". */
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Statistic {
  value: number;
  /** The top of a range ("between $19 billion and $29 billion"). */
  valueMax?: number;
  unit: LocalizedText;
  /** Money figures are formatted as money. */
  currency?: 'USD';
  /** What is measured, so that only like is compared with like: the same id means a comparable figure. */
  measure: { id: string; name: LocalizedText };
  qualifier?: Qualifier;
  /** The year counted, only where the document states it near the figure. */
  year?: number;
  /** The first year of a running total ("since 2008"), only where the document states it. */
  since?: number;
  /** Exactly what was counted, in this document's terms. */
  counts: LocalizedText;
}

export interface Claim {
  id: string;
  kind: ClaimKind;
  /** Entity id of the speaker, or null when the outlet itself makes the claim. */
  speaker: string | null;
  /** The words next to the text that attribute it to the speaker ("Kelly continued", "she said"). */
  attribution?: string;
  /** When the words were said or written (not when an event they describe happened), or "not stated". */
  date: string;
  /** The document's words that give the date. */
  dateEvidence?: string;
  /** Why a part of the date that the document does not give was inferred. */
  dateInferred?: LocalizedText;
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
  /** Declares that every claim comes from one speaker in one source; the card flags it. */
  singleVoice?: boolean;
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
