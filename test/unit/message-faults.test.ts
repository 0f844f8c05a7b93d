// Audit E5c (failure 5): a worker restart must not read as "extension context gone".
import { describe, expect, it } from 'vitest';
import { classifyMessageError, withRetries } from '../../src/platform/message-faults';

describe('message faults', () => {
  it('takes only an invalidated context for the end of the extension', () => {
    expect(classifyMessageError(new Error('Extension context invalidated.'))).toBe('context-gone');
    expect(classifyMessageError(new Error('Could not establish connection. Receiving end does not exist.'))).toBe('transient');
    expect(classifyMessageError(new Error('The message port closed before a response was received.'))).toBe('transient');
    expect(classifyMessageError(new Error('Quota exceeded'))).toBe('other');
  });

  it('retries a transient failure with growing waits, and gives up after the last', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls++;
        if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
        return 'ok';
      },
      { delaysMs: [10, 20, 40], sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([10, 20]);
    const failing = withRetries(async () => Promise.reject(new Error('Receiving end does not exist')), { delaysMs: [1, 2], sleep: async () => {} });
    await expect(failing).rejects.toThrow('Receiving end');
  });

  it('does not retry other failures, nor once the context is gone', async () => {
    let calls = 0;
    await expect(withRetries(async () => { calls++; throw new Error('Quota exceeded'); }, { sleep: async () => {} })).rejects.toThrow('Quota');
    expect(calls).toBe(1);
    calls = 0;
    await expect(withRetries(async () => { calls++; throw new Error('Receiving end does not exist'); }, { sleep: async () => {}, contextAlive: () => false })).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
