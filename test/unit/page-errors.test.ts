// @vitest-environment happy-dom
// Errors on the content script's side are reported, never swallowed: a crash in the first pass
// leaves the page as it was and is told once; a rescan that fails after the page changed is told
// once and the page is no longer watched. Failures are forced with a scanner that throws.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../support/static-range';
import { defaultSettings } from '../../src/core/settings';
import type { Mention } from '../../src/core/types';
import { startPageSession, type PageSession } from '../../src/page/page-session';

const sessions: PageSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.destroy();
  document.body.replaceChildren();
});

function start(scan: (text: string) => Mention[]) {
  const reports: { problem: string; error: unknown }[] = [];
  const session = startPageSession({
    document,
    scan,
    entityTypes: new Map([['fentanyl', 'substance']]),
    settings: defaultSettings(),
    frameLocation: () => ({ url: 'about:blank', origin: 'null' }),
    report: (problem, error) => reports.push({ problem, error }),
  });
  sessions.push(session);
  return { session, reports };
}

const fentanylIn = (text: string): Mention[] => {
  const start = text.indexOf('fentanyl');
  return start < 0 ? [] : [{ entityId: 'fentanyl', start, end: start + 'fentanyl'.length, text: 'fentanyl', alias: 'fentanyl', fuzzy: false, score: 1 } as Mention];
};

describe('an annotator crash', () => {
  it('is reported once, with its error, and leaves the page untouched: no host, nothing painted', async () => {
    document.body.innerHTML = '<p>Fentanyl seizures rose.</p><p>More on fentanyl.</p>';
    const before = document.documentElement.outerHTML;
    const crash = new Error('forced failure in the first pass');
    let calls = 0;
    const { session, reports } = start(() => {
      calls++;
      throw crash;
    });
    await session.ready;
    await session.card.move('next');
    expect(calls).toBeGreaterThan(0);
    expect(reports).toEqual([{ problem: expect.stringMatching(/could not be annotated/) as string, error: crash }]);
    expect(session.painted()).toEqual([]);
    expect(session.signal.aborted).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('a rescan after the page changed', () => {
  it('is reported once when it fails, and the page is not rescanned again', async () => {
    document.body.innerHTML = '<p>Reports on fentanyl.</p>';
    const rescanError = new Error('forced failure in a rescan');
    let failing = false;
    let callsWhileFailing = 0;
    const { session, reports } = start((text) => {
      if (!failing) return fentanylIn(text);
      callsWhileFailing++;
      throw rescanError;
    });
    await session.ready;
    expect(reports).toEqual([]);
    failing = true;

    const added = document.createElement('p');
    added.textContent = 'A live update on fentanyl.';
    document.body.append(added);
    await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 20_000, interval: 20 });
    expect(reports[0]).toEqual({ problem: expect.stringMatching(/could not be read again/) as string, error: rescanError });

    const calls = callsWhileFailing;
    const later = document.createElement('p');
    later.textContent = 'Another update on fentanyl.';
    document.body.append(later);
    // Give the observer every chance to fire: it would have queued its rescan by the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(callsWhileFailing).toBe(calls);
    expect(reports).toHaveLength(1);
  });
});
