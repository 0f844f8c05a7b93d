import { describe, expect, it } from 'vitest';
import { arrayOf, boolean, checkShape, guarded, literal, number, object, optional, recordOf, string, tagged, trusted, type Shape } from '../../src/core/shape';
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

describe('each shape at its edges', () => {
  it.each([
    [string(3), 'abc', null],
    [string(3), 'abcd', 'v: longer than 3 characters'],
    [string(), 'x'.repeat(10_000), null],
    [string(), 'x'.repeat(10_001), 'v: longer than 10000 characters'],
    [string(), [], 'v: expected a string, found an array'],
    [string(), null, 'v: expected a string, found null'],
    [number, 0, null],
    [number, -1.5, null],
    [number, Number.NaN, 'v: expected a number, found number'],
    [number, Number.POSITIVE_INFINITY, 'v: expected a number, found number'],
    [number, '1', 'v: expected a number, found string'],
    [boolean, false, null],
    [boolean, 0, 'v: expected true or false, found number'],
    [literal<'a' | 1 | true>('a', 1, true), 1, null],
    [literal<'a' | 1 | true>('a', 1, true), true, null],
    [literal<'a' | 1 | true>('a', 1, true), '1', 'v: expected one of a, 1, true, found 1'],
    [arrayOf(number, 2), [1, 2], null],
    [arrayOf(number, 2), [1, 2, 3], 'v: more than 2 items'],
    [arrayOf(number), [1, 'x'], 'v[1]: expected a number, found string'],
    [arrayOf(number), {}, 'v: expected an array, found object'],
    [arrayOf(number), Array.from({ length: 10_001 }, () => 1), 'v: more than 10000 items'],
    [optional(number), undefined, null],
    [optional(number), null, 'v: expected a number, found null'],
    [object({ a: number }), [], 'v: expected an object, found an array'],
    [object({ a: number, b: number }), { a: 1, b: 'x' }, 'v.b: expected a number, found string'],
    [object({ a: optional(number) }), {}, null],
    [recordOf(number, 2), { a: 1, b: 2 }, null],
    [recordOf(number, 2), { a: 1, b: 2, c: 3 }, 'v: more than 2 keys'],
    [recordOf(number), { a: 1, b: 'x' }, 'v.b: expected a number, found string'],
    [recordOf(number), null, 'v: expected an object, found null'],
    [recordOf(number), [1], 'v: expected an object, found an array'],
    [recordOf(number), 'ab', 'v: expected an object, found string'],
    [trusted<number>(), 'anything', null],
    [guarded((value): value is 7 => value === 7, 'seven'), 7, null],
    [guarded((value): value is 7 => value === 7, 'seven'), 8, 'v: expected seven'],
  ] as [Shape<unknown>, unknown, string | null][])('shape %# of %j', (shape, value, error) => {
    expect(shape.check(value, 'v')).toBe(error);
    expect(checkShape(shape, value, 'v')).toEqual(error === null ? { ok: true, value } : { ok: false, error });
  });

  it('tells the variants of a tagged shape apart by type, and names the known ones', () => {
    const message = tagged({ hello: {}, move: { direction: literal('next', 'previous') } });
    expect(message.check({ type: 'hello' }, 'm')).toBeNull();
    expect(message.check({ type: 'move', direction: 'next' }, 'm')).toBeNull();
    expect(message.check({ type: 'move', direction: 'up' }, 'm')).toBe('m.direction: expected one of next, previous, found up');
    expect(message.check({ type: 'toString' }, 'm')).toBe('m.type: expected one of hello, move, found toString');
    expect(message.check({ type: 7 }, 'm')).toBe('m.type: expected one of hello, move, found 7');
    expect(message.check({ type: 'x'.repeat(100) }, 'm')).toBe(`m.type: expected one of hello, move, found ${'x'.repeat(80)}`);
    expect(message.check(null, 'm')).toBe('m: expected an object, found null');
    expect(message.check('hello', 'm')).toBe('m: expected an object, found string');
    expect(message.check(['hello'], 'm')).toBe('m: expected an object, found an array');
    expect(checkShape(message, { type: 'hello' })).toEqual({ ok: true, value: { type: 'hello' } });
  });
});
