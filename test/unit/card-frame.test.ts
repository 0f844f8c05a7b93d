// @vitest-environment happy-dom
// The card frame's side, in a DOM but no browser: it takes its port only from its parent with the
// right secret, shows what the content script asks for with data it fetches itself, says why a
// card failed and tries again, and records a prediction without any page address in it.
import { afterEach, describe, expect, it } from 'vitest';
import { compileFactBase } from '../../src/node/factbase-files';
import { pickQuestion } from '../../src/core/classroom';
import { PORT_OFFER, type FrameToPage, type PageToFrame } from '../../src/core/card-protocol';
import { createFactBase } from '../../src/core/factbase';
import { isPrediction, type Prediction } from '../../src/core/reading-log';
import type { CardData } from '../../src/core/types';
import { acceptPortFromParent } from '../../src/frame/accept-port';
import { startCardFrameSession, type FrameSettings } from '../../src/frame/card-session';
import { isEditable } from '../../src/page/editable';

const { pack } = compileFactBase({ dataDir: `${import.meta.dirname}/../../data` });
const factBase = createFactBase(pack);
/** What the background answers: the card, with classroom mode's question for it. */
const lookupCard = async (entityId: string): Promise<CardData | null> => {
  const card = factBase.lookup(entityId);
  return card ? { ...card, question: pickQuestion(pack.questions, card) } : null;
};
const NONCE = '0123456789abcdef0123456789abcdef';
const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
  document.body.replaceChildren();
});

/** A frame window whose parent we control, and a way to send it window messages. */
function frameWindow() {
  const parent = {};
  const frame = Object.assign(new EventTarget(), { parent }) as unknown as Window;
  const post = (data: unknown, { source = parent, ports = [] as MessagePort[] } = {}) =>
    frame.dispatchEvent(Object.assign(new Event('message'), { data, source, ports }));
  return { frame, parent, post };
}

function channel() {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  return { port1, port2 };
}

describe('the card frame takes its port', () => {
  it('only from its parent, only with the secret from its own URL, and only once', () => {
    const { frame, post } = frameWindow();
    const accepted: MessagePort[] = [];
    acceptPortFromParent(frame, NONCE, (port) => accepted.push(port));
    const forged = channel();
    post({ type: PORT_OFFER, nonce: NONCE }, { source: {}, ports: [forged.port2] });
    post({ type: PORT_OFFER, nonce: 'f'.repeat(32) }, { ports: [forged.port2] });
    post({ type: PORT_OFFER, nonce: NONCE });
    post({ type: 'show', nonce: NONCE }, { ports: [forged.port2] });
    post(`{"type":"${PORT_OFFER}","nonce":"${NONCE}"}`, { ports: [forged.port2] });
    expect(accepted).toEqual([]);
    const real = channel();
    post({ type: PORT_OFFER, nonce: NONCE }, { ports: [real.port2] });
    post({ type: PORT_OFFER, nonce: NONCE }, { ports: [forged.port2] });
    expect(accepted).toEqual([real.port2]);
  });

  it('never, when opened without a well-formed secret', () => {
    const { frame, post } = frameWindow();
    const accepted: MessagePort[] = [];
    acceptPortFromParent(frame, '', (port) => accepted.push(port));
    const real = channel();
    post({ type: PORT_OFFER, nonce: '' }, { ports: [real.port2] });
    expect(accepted).toEqual([]);
  });
});

interface Session {
  send(message: PageToFrame | Record<string, unknown>): void;
  /** Resolves with the first message from the frame that passes `test`. */
  next(test: (message: FrameToPage) => boolean): Promise<FrameToPage>;
  received: FrameToPage[];
  reports: string[];
  recorded: Prediction[];
  lookups: string[];
  root: HTMLElement;
}

function startSession(lookup: (entityId: string) => Promise<CardData | null>, settings: FrameSettings = { lang: 'en', classroom: false }, shortcuts?: () => Promise<{ next: string; previous: string }>): Session {
  const { port1, port2 } = channel();
  const root = document.createElement('div');
  document.body.append(root);
  const received: FrameToPage[] = [];
  const waiting: { test: (message: FrameToPage) => boolean; resolve: (message: FrameToPage) => void }[] = [];
  port1.onmessage = (event: MessageEvent) => {
    received.push(event.data);
    if (event.data.type === 'problem') session.reports.push(event.data.text);
    for (const waiter of [...waiting]) {
      if (waiter.test(event.data)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(event.data);
      }
    }
  };
  const session: Session = {
    send: (message) => port1.postMessage(message),
    next: (test) => {
      const found = received.find(test);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiting.push({ test, resolve }));
    },
    received,
    reports: [],
    recorded: [],
    lookups: [],
    root,
  };
  startCardFrameSession({
    document,
    root,
    port: port2,
    settings: Promise.resolve(settings),
    onSettingsChanged: () => {},
    lookup: (entityId) => {
      session.lookups.push(entityId);
      return lookup(entityId);
    },
    record: async (prediction) => void session.recorded.push(prediction),
    openSource: async () => undefined,
    isContextGone: (error) => /context invalidated/i.test(String(error)),
    retryDelayMs: 1,
    ...(shortcuts ? { shortcuts } : {}),
  });
  return session;
}

const tillerson = {
  entityId: 'rex-tillerson',
  text: 'Rex Tillerson',
  alias: 'Rex Tillerson',
  fuzzy: false,
  score: 1,
  reason: { rule: 'exact' as const },
};
const quote = { exact: 'Rex Tillerson', prefix: 'Secretary of State ', suffix: ' and Department' };
const show = (requestId: number, focus = false): PageToFrame => ({ type: 'show', requestId, mention: tillerson, quote, pinned: false, focus });

describe('the card frame session', () => {
  it('says hello, then shows the card with the data it fetched itself', async () => {
    const session = startSession(lookupCard);
    await session.next((message) => message.type === 'hello');
    session.send(show(1));
    const ready = await session.next((message) => message.type === 'rendered' && message.state === 'ready');
    expect(ready).toMatchObject({ requestId: 1, label: 'Counterpoint card: Rex Tillerson' });
    expect(session.root.querySelector('[role=dialog]')?.getAttribute('aria-labelledby')).toBe('cp-card-title');
    expect(session.root.querySelector('.title')?.textContent).toBe('Rex Tillerson');
    expect(session.lookups).toEqual(['rex-tillerson']);
  });

  it('shows the mention shortcuts the background reports, and announces the first card once, politely', async () => {
    let asked = 0;
    const session = startSession(lookupCard, { lang: 'en', classroom: false }, async () => {
      asked += 1;
      return { next: 'Alt+Shift+Period', previous: '' };
    });
    const announcer = session.root.nextElementSibling as HTMLElement;
    expect(announcer.getAttribute('role')).toBe('status');
    const changes: string[] = [];
    new MutationObserver(() => changes.push(announcer.textContent ?? '')).observe(announcer, { childList: true, characterData: true, subtree: true });
    session.send(show(1));
    await session.next((message) => message.type === 'rendered' && message.state === 'ready');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(session.root.querySelector('.shortcuts')?.textContent).toBe('Next mention: Alt+Shift+Period · previous: no shortcut set');
    session.send({ ...show(2), mention: { ...tillerson, entityId: 'john-kelly', text: 'John Kelly', alias: 'John Kelly' } });
    await session.next((message) => message.type === 'rendered' && message.state === 'ready' && message.requestId === 2);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(changes).toEqual(['Counterpoint card open: Rex Tillerson. Press Escape to close it. Alt+Shift+Period moves to the next mention.']);
    expect(asked).toBe(1);
  });

  it('ignores messages that are not declared, and says so once each', async () => {
    const session = startSession(lookupCard);
    await session.next((message) => message.type === 'hello');
    session.send({ type: 'show', requestId: 1, mention: { ...tillerson, text: 42 }, quote, pinned: false, focus: false });
    session.send({ type: 'innerHTML', html: '<img src=x onerror=alert(1)>' });
    session.send(show(2));
    await session.next((message) => message.type === 'rendered' && message.state === 'ready');
    expect(session.reports).toEqual([expect.stringContaining('mention.text: expected a string'), expect.stringContaining('type: expected one of')]);
    expect(session.received.filter((message) => message.type === 'rendered').every((message) => message.type === 'rendered' && message.requestId === 2)).toBe(true);
  });

  it('says why a card failed, offers "Try again", and loads it on the next try', async () => {
    let failures = 2;
    const session = startSession(async (entityId) => {
      if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return lookupCard(entityId);
    });
    session.send(show(1));
    await session.next((message) => message.type === 'rendered' && message.state === 'failed');
    // One automatic retry before the reader is asked: a restarting service worker is not a failure.
    expect(session.lookups).toEqual(['rex-tillerson', 'rex-tillerson']);
    expect(session.reports).toEqual([expect.stringMatching(/Could not load the card for “rex-tillerson”.*Receiving end does not exist/)]);
    expect(session.root.textContent).toContain('This card could not be loaded.');
    expect(session.root.textContent).not.toMatch(/reload/i);
    (session.root.querySelector('.status button') as HTMLButtonElement).click();
    await session.next((message) => message.type === 'rendered' && message.state === 'ready');
    expect(session.root.querySelector('.title')?.textContent).toBe('Rex Tillerson');
  });

  it('asks for a reload only when the extension context is really gone', async () => {
    const session = startSession(async () => {
      throw new Error('Extension context invalidated.');
    });
    session.send(show(1));
    await session.next((message) => message.type === 'rendered' && message.state === 'gone');
    expect(session.root.textContent).toMatch(/Reload this page/);
  });

  it('records a prediction with no page address or title: the background adds those from the tab', async () => {
    const session = startSession(lookupCard, { lang: 'en', classroom: true });
    session.send(show(1));
    await session.next((message) => message.type === 'rendered' && message.state === 'ready');
    const radios = session.root.querySelectorAll<HTMLInputElement>('.predict input[type=radio]');
    expect(radios.length).toBeGreaterThan(1);
    radios[1]!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    (session.root.querySelector('.predict button[type=submit]') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(session.recorded).toHaveLength(1);
    const [prediction] = session.recorded;
    expect(isPrediction(prediction)).toBe(true);
    expect(prediction).not.toHaveProperty('url');
    expect(prediction).toMatchObject({ entityId: 'rex-tillerson', quote, answer: radios[1]!.value });
  });

  it('passes pin, close and the mention keys back to the content script, but leaves keys typed into a field alone', async () => {
    const session = startSession(lookupCard);
    session.send(show(1));
    await session.next((message) => message.type === 'rendered' && message.state === 'ready');
    (session.root.querySelector('[aria-pressed]') as HTMLButtonElement).click();
    expect(await session.next((message) => message.type === 'pin')).toEqual({ type: 'pin', pinned: true });
    const press = (target: EventTarget, init: KeyboardEventInit) => target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    const field = document.createElement('textarea');
    session.root.append(field);
    expect(press(field, { code: 'Period', key: '˘', altKey: true, shiftKey: true })).toBe(true);
    expect(press(session.root, { code: 'Period', key: '>', altKey: true, shiftKey: true })).toBe(false);
    expect(await session.next((message) => message.type === 'move')).toEqual({ type: 'move', direction: 'next' });
    press(field, { key: 'Escape', code: 'Escape' });
    expect(await session.next((message) => message.type === 'close')).toEqual({ type: 'close', returnFocus: true });
    expect(session.received.filter((message) => message.type === 'move')).toHaveLength(1);
  });
});

describe('typing', () => {
  it.each([
    ['<textarea></textarea>', true],
    ['<input>', true],
    ['<input type="search">', true],
    ['<input type="checkbox">', false],
    ['<select></select>', true],
    ['<div contenteditable="true"></div>', true],
    ['<p>text</p>', false],
  ])('%s is %s', (markup, editable) => {
    document.body.innerHTML = markup;
    expect(isEditable(document.body.firstElementChild)).toBe(editable);
  });
});
