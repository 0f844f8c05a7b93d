// What the content script and the card frame say to each other. They talk over a MessageChannel
// the content script opens; the page holds neither end. Both sides check every message on arrival.
import type { TextQuote } from './reading-log';
import { boolean, guarded, literal, number, object, string, tagged, type Infer } from './shape';
import type { MentionReason } from './types';

/** The one window message: the content script handing the frame its end of the channel. */
export const PORT_OFFER = 'counterpoint-card-port';

/** The secret in the frame's URL: 128 random bits as hex. Only the content script and the frame know it. */
export const NONCE_PATTERN = /^[0-9a-f]{32}$/;

/** Each rule and the one string field it carries (the edits of a fuzzy match are a number). */
const REASON_FIELDS: Record<MentionReason['rule'], string | null> = { exact: null, fuzzy: null, cue: 'cue', title: 'title', namedEarlier: 'fullName', article: 'article' };

/** Why the engine counted a mention, as the content script passes it on: one of the engine's rules, nothing more. */
export function isMentionReason(value: unknown): value is MentionReason {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { rule, ...rest } = value as { rule?: unknown } & Record<string, unknown>;
  if (typeof rule !== 'string' || !Object.hasOwn(REASON_FIELDS, rule)) return false;
  const keys = Object.keys(rest);
  if (rule === 'fuzzy') return keys.length === 1 && Number.isInteger(rest.edits) && (rest.edits as number) >= 1 && (rest.edits as number) <= 10;
  const field = REASON_FIELDS[rule as MentionReason['rule']];
  if (field === null) return keys.length === 0;
  return keys.length === 1 && typeof rest[field] === 'string' && (rest[field] as string).length <= 1_000;
}

const mentionMatch = object({ entityId: string(200), text: string(1_000), alias: string(1_000), fuzzy: boolean, score: number, reason: guarded(isMentionReason, 'a mention reason') });
const textQuote = object({ exact: string(2_000), prefix: string(2_000), suffix: string(2_000) });

export const pageToFrame = tagged({
  /** The pointer came to rest on a mention: fetch its card before the hover delay is over. */
  prepare: { entityId: string(200) },
  /** Show this mention's card. `focus`: opened from the keyboard, so focus moves into the card. */
  show: { requestId: number, mention: mentionMatch, quote: textQuote, pinned: boolean, focus: boolean },
  /** Move focus into the card that is already open. */
  focus: {},
  hide: {},
});
export type PageToFrame = Infer<typeof pageToFrame>;

/** What the frame shows: only `gone` (the extension itself was reloaded) asks for a page reload. */
export const CARD_STATES = ['loading', 'ready', 'failed', 'gone'] as const;
export type CardStateKind = (typeof CARD_STATES)[number];

export const frameToPage = tagged({
  /** The frame accepted the port and is listening. */
  hello: {},
  /** Sent on every render and resize, so the content script can size and place the frame. */
  rendered: { requestId: number, state: literal(...CARD_STATES), height: number, label: string(500) },
  pin: { pinned: boolean },
  /** The pointer came onto the card or left it: a card the reader is on stays open. */
  pointer: { onCard: boolean },
  close: { returnFocus: boolean },
  /** Alt+Shift+. or , pressed inside the card. */
  move: { direction: literal('next', 'previous') },
  /**
   * Something in the card went wrong (a card that did not load, a prediction not saved). The
   * content script says so in the page's console, where the reader's tools look (Firefox does not
   * show an extension frame's own console there).
   */
  problem: { text: string(4_000) },
});
export type FrameToPage = Infer<typeof frameToPage>;

/** A mention's card, as the content script describes it: only what the page itself shows. */
export interface CardRequest {
  mention: Infer<typeof mentionMatch>;
  quote: TextQuote;
}
