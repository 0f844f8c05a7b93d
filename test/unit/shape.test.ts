import { describe, expect, it } from 'vitest';
import { arrayOf, checkShape, literal, number, object, optional, string } from '../../src/core/shape';
import { parseEnvelope } from '../../src/platform/message-types';

describe('shape', () => {
  const message = object({ name: string(10), count: number, tags: arrayOf(literal('a', 'b'), 3), note: optional(string()) });

  it('accepts a value of the declared shape', () => {
    expect(checkShape(message, { name: 'x', count: 2, tags: ['a'] })).toEqual({ ok: true, value: { name: 'x', count: 2, tags: ['a'] } });
  });

  it.each([
    [{ name: 'x', count: '2', tags: [] }, 'value.count: expected a number, found string'],
    [{ name: 'far too long a name', count: 2, tags: [] }, 'value.name: longer than 10 characters'],
    [{ name: 'x', count: 2, tags: ['c'] }, 'value.tags[0]: expected one of a, b, found c'],
    [{ name: 'x', count: 2, tags: ['a', 'a', 'a', 'a'] }, 'value.tags: more than 3 items'],
    [{ name: 'x', count: 2, tags: [], note: 5 }, 'value.note: expected a string, found number'],
    [null, 'value: expected an object, found null'],
  ])('rejects %j with a message that says where', (value, error) => {
    expect(checkShape(message, value)).toEqual({ ok: false, error });
  });
});

describe('message envelopes', () => {
  it('accepts a declared message', () => {
    expect(parseEnvelope({ type: 'PopupToContent.revealEntity', payload: { entityId: 'fentanyl' } })).toMatchObject({ ok: true });
  });
  it('rejects unknown types and malformed payloads', () => {
    expect(parseEnvelope({ type: 'PageToBackground.stealData', payload: {} })).toMatchObject({ ok: false, error: expect.stringContaining('unknown message type') });
    expect(parseEnvelope({ type: 'PopupToContent.revealEntity', payload: { entityId: 42 } })).toMatchObject({ ok: false, error: expect.stringContaining('entityId') });
    expect(parseEnvelope('hello')).toMatchObject({ ok: false });
  });
});
