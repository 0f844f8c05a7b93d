// What the content script and the card frame accept from each other: each message checked on
// arrival, and a mention's reason one of the engine's rules with exactly its one field.
import { describe, expect, it } from 'vitest';
import { frameToPage, isMentionReason, NONCE_PATTERN, pageToFrame } from '../../src/core/card-protocol';
import { checkShape } from '../../src/core/shape';

describe('a mention’s reason', () => {
  it.each([
    { rule: 'exact' },
    { rule: 'fuzzy', edits: 1 },
    { rule: 'fuzzy', edits: 10 },
    { rule: 'cue', cue: 'Secretary' },
    { rule: 'title', title: 'President' },
    { rule: 'namedEarlier', fullName: 'Rex Tillerson' },
    { rule: 'article', article: 'el' },
    { rule: 'cue', cue: 'x'.repeat(1_000) },
  ])('accepts %j', (reason) => {
    expect(isMentionReason(reason)).toBe(true);
  });

  it.each([
    null,
    'exact',
    ['exact'],
    {},
    { rule: 'unknown' },
    { rule: 'toString' },
    { rule: 7 },
    { rule: 'exact', extra: 1 },
    { rule: 'fuzzy' },
    { rule: 'fuzzy', edits: 0 },
    { rule: 'fuzzy', edits: 11 },
    { rule: 'fuzzy', edits: 1.5 },
    { rule: 'fuzzy', edits: '1' },
    { rule: 'fuzzy', edits: 1, cue: 'x' },
    { rule: 'cue' },
    { rule: 'cue', cue: 5 },
    { rule: 'cue', title: 'x' },
    { rule: 'cue', cue: 'x', title: 'y' },
    { rule: 'cue', cue: 'x'.repeat(1_001) },
  ])('refuses %j', (reason) => {
    expect(isMentionReason(reason)).toBe(false);
  });
});

describe('messages', () => {
  const mention = { entityId: 'rex-tillerson', text: 'Tillerson', alias: 'Tillerson', fuzzy: false, score: 1, reason: { rule: 'exact' } };
  const quote = { exact: 'Tillerson', prefix: 'Secretary ', suffix: ' said' };

  it('takes what the page side sends, and nothing with a forged reason or a missing field', () => {
    expect(checkShape(pageToFrame, { type: 'show', requestId: 1, mention, quote, pinned: false, focus: true }).ok).toBe(true);
    expect(checkShape(pageToFrame, { type: 'prepare', entityId: 'fentanyl' }).ok).toBe(true);
    expect(checkShape(pageToFrame, { type: 'show', requestId: 1, mention: { ...mention, reason: { rule: 'exact', note: 'FAKE' } }, quote, pinned: false, focus: true })).toMatchObject({ ok: false, error: expect.stringContaining('a mention reason') });
    expect(checkShape(pageToFrame, { type: 'show', requestId: 1, mention, pinned: false, focus: true }).ok).toBe(false);
    expect(checkShape(pageToFrame, { type: 'reveal' }).ok).toBe(false);
  });

  it('takes what the frame sends, in the states it has', () => {
    for (const state of ['loading', 'ready', 'failed', 'gone']) expect(checkShape(frameToPage, { type: 'rendered', requestId: 2, state, height: 300, label: 'Card' }).ok).toBe(true);
    expect(checkShape(frameToPage, { type: 'rendered', requestId: 2, state: 'hacked', height: 300, label: 'Card' }).ok).toBe(false);
    expect(checkShape(frameToPage, { type: 'move', direction: 'next' }).ok).toBe(true);
    expect(checkShape(frameToPage, { type: 'move', direction: 'up' }).ok).toBe(false);
    expect(checkShape(frameToPage, { type: 'problem', text: 'x'.repeat(4_001) }).ok).toBe(false);
  });

  it('knows a nonce from anything else', () => {
    expect(['0123456789abcdef0123456789abcdef', '0123456789ABCDEF0123456789abcdef', '0123456789abcdef0123456789abcde', ` ${'a'.repeat(32)}`, 'g'.repeat(32)].map((nonce) => NONCE_PATTERN.test(nonce))).toEqual([true, false, false, false, false]);
  });
});
