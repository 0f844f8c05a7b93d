// Every message between the extension's parts is declared here once. Names say which way it travels.
// The declaration gives the sender its types and the receiver its runtime check. No browser APIs here.
import { arrayOf, boolean, checkShape, guarded, literal, number, object, optional, string, trusted, type Infer, type Shape } from '../core/shape';
import { isPrediction } from '../core/reading-log';
import type { StorageFailureReason } from '../core/storage-errors';
import type { CardData } from '../core/types';

const entityCount = object({ entityId: string(200), count: number });
const ok = object({ ok: boolean });

export const pageState = object({
  hostname: string(500),
  url: string(8_000),
  /** Whether Counterpoint annotates this page (site and global switches). */
  active: boolean,
  entities: arrayOf(entityCount, 5_000),
});
export type PageState = Infer<typeof pageState>;

/**
 * The answer to a recorded prediction. The sender must show `ok: false` to the student: the entry is
 * not in the log. `storage-full`: the device's extension storage is full (Chromium's storage.local
 * quota); `storage-error`: the browser refused the write for another reason (`message` has its words).
 * An entry that is not well-formed is refused before any handler runs, and the sender then gets no
 * answer at all (undefined, or a rejected promise), which means "not saved" too.
 */
export type RecordPredictionResult = { ok: true; urlShortened: boolean } | { ok: false; reason: StorageFailureReason; message: string };

export const MESSAGES = {
  /** The content script found these entities; the background updates the badge. */
  'ContentToBackground.mentionsFound': { request: object({ entities: arrayOf(entityCount, 5_000) }), response: ok },
  /** The card's "Read in source": open the source viewer on a claim. */
  'CardToBackground.openSource': { request: object({ sourceId: string(200), claimId: optional(string(200)) }), response: ok },
  /**
   * Classroom mode: a prediction and what was revealed, for the reading log. Only the card frame
   * sends it; the background adds the page's address and title from the frame's tab. The frame
   * shows a refusal to the student (see RecordPredictionResult).
   */
  'CardToBackground.recordPrediction': { request: object({ prediction: guarded(isPrediction, 'a prediction') }), response: trusted<RecordPredictionResult>() },
  'PopupToContent.getPageState': { request: object({}), response: pageState },
  'PopupToContent.revealEntity': { request: object({ entityId: string(200) }), response: ok },
  /** A keyboard command from the manifest, forwarded to the tab. */
  'BackgroundToContent.moveToMention': { request: object({ direction: literal('next', 'previous') }), response: ok },
  /**
   * The mention shortcuts as the browser reports them now (the reader may have changed them), for
   * the card to show: `commands.getAll()` is not available in content scripts and frames in every
   * browser. An empty string is a shortcut the reader has unset.
   */
  'CardToBackground.mentionShortcuts': { request: object({}), response: object({ next: string(100), previous: string(100) }) },
  /** A card is opening in the card frame: the background holds the fact base, the content script only the names. */
  'ExtensionPageToBackground.lookupEntity': { request: object({ entityId: string(200) }), response: trusted<CardData | null>() },
} satisfies Record<string, { request: Shape<unknown>; response: Shape<unknown> }>;

export type MessageType = keyof typeof MESSAGES;
export type RequestOf<T extends MessageType> = Infer<(typeof MESSAGES)[T]['request']>;
export type ResponseOf<T extends MessageType> = Infer<(typeof MESSAGES)[T]['response']>;
export type Envelope = { type: MessageType; payload: unknown };

/** Checks an incoming message against its declaration; the reason when it is rejected. */
export function parseEnvelope(message: unknown): { ok: true; type: MessageType; payload: unknown } | { ok: false; error: string } {
  if (typeof message !== 'object' || message === null) return { ok: false, error: 'a message that is not an object' };
  const { type, payload } = message as Partial<Envelope>;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) return { ok: false, error: `an unknown message type: ${String(type).slice(0, 80)}` };
  const checked = checkShape(MESSAGES[type].request, payload, `${type}.payload`);
  return checked.ok ? { ok: true, type, payload: checked.value } : { ok: false, error: `a malformed message: ${checked.error}` };
}

