// Who changed the page? A recorder that runs in the page's own world from document start (puppeteer
// evaluateOnNewDocument, in the runs with and without the extension alike) and writes down every DOM
// change with its author:
//
// - "page": made while a page script runs. Every way the page's code is called back is wrapped:
//   timers, animation and idle callbacks, microtasks, promise reactions, event listeners and on*
//   handlers, the observers (mutation, intersection, resize, performance) and custom-element
//   reactions. Before such a callback the pending records are taken (they were someone else's),
//   after it they are taken again: those are the page's.
// - "none": made with no page callback on the stack. The parser; a script's top-level code and an
//   async function after its first `await` (no hook sees either); inline on*="…" attributes; and
//   any change of ours, since the content script runs in an isolated world (Chromium) or behind
//   Xray wrappers (Firefox) and never goes through the page's wrapped functions.
//
// The suite then fails on a "none" change while Counterpoint is on, unless it is our host, or the
// same change (same kind, place and attribute) also happens in the run without the extension.
// Written as plain JavaScript so that nothing the TypeScript compiler adds can be missing in the page.
import type { Page } from 'puppeteer';

export interface RecordedChange {
  seq: number;
  author: 'page' | 'none';
  type: 'childList' | 'attributes' | 'characterData';
  /** Tag path from <html>, counting same-name siblings ("html>body>main>p:3>#text"). */
  path: string;
  attribute: string | null;
  added: string[];
  removed: string[];
  /** The change is our host, or inside it. */
  ours: boolean;
  /** The attribute's or text's value after the change (80 characters), for messages. */
  value: string | null;
}

/** [text node id, visible (1/0), its text] for every non-blank text node in <body>, in order. */
export type TextSnapshot = [number, number, string][];

const RECORDER = String.raw`(hostSelector) => {
  const KEY = Symbol.for('counterpoint.changeRecorder');
  if (window[KEY]) return;
  const OriginalObserver = window.MutationObserver;
  const takeRecords = OriginalObserver.prototype.takeRecords;
  const addListener = EventTarget.prototype.addEventListener;
  const records = [];
  const pageTouched = new WeakSet();
  const nodesOf = new Map();
  let pageStyled = false;
  let depth = 0;
  let seq = 0;
  let loadedAt = 0;
  const ids = new WeakMap();
  const nodesById = new Map();
  let nextId = 1;
  const idOf = (node) => {
    let id = ids.get(node);
    if (!id) { id = nextId++; ids.set(node, id); nodesById.set(id, node); }
    return id;
  };
  const isHost = (node) => !!node && node.nodeType === 1 && node.matches(hostSelector);
  const inHost = (node) => { for (let n = node; n; n = n.parentNode) if (isHost(n)) return true; return false; };
  const nameOf = (node) => node.nodeType === 1 ? node.nodeName.toLowerCase() : node.nodeName;
  const pathOf = (node) => {
    const parts = [];
    let n = node;
    for (; n && n.nodeType !== 9; n = n.parentNode) {
      let index = 1;
      if (n.nodeType === 1) { for (let s = n.previousElementSibling; s; s = s.previousElementSibling) if (s.nodeName === n.nodeName) index++; }
      else for (let s = n.previousSibling; s; s = s.previousSibling) if (s.nodeType === n.nodeType) index++;
      parts.push(nameOf(n) + (index > 1 ? ':' + index : ''));
    }
    if (!n) parts.push('(detached)');
    return parts.reverse().join('>');
  };
  const ingest = (list, author) => {
    for (const record of list) {
      const added = Array.from(record.addedNodes);
      const removed = Array.from(record.removedNodes);
      const moved = added.concat(removed);
      const entry = {
        seq: ++seq,
        author,
        type: record.type,
        path: pathOf(record.target),
        attribute: record.attributeName,
        added: added.map(nameOf),
        removed: removed.map(nameOf),
        // A removed host no longer matches the selector: a <div> leaving <html> itself is the host leaving.
        ours: inHost(record.target) || (record.type === 'childList' && moved.length > 0 && moved.every((node) => isHost(node) || (record.target === document.documentElement && node.nodeType === 1 && node.localName === 'div'))),
        value: record.type === 'characterData' ? String(record.target.data).slice(0, 80) : record.type === 'attributes' ? String(record.target.getAttribute(record.attributeName)).slice(0, 80) : null,
      };
      records.push(entry);
      // A text node changes on its own; an element's attributes change what its subtree shows; an
      // added or removed node takes its subtree with it. Page styles can change any text's visibility.
      const touched = record.type === 'childList' ? moved : [record.target];
      if (author === 'page') {
        for (const node of touched) pageTouched.add(node);
        if (moved.some((node) => node.nodeName === 'STYLE' || node.nodeName === 'LINK') || (record.type === 'characterData' && record.target.parentNode && record.target.parentNode.nodeName === 'STYLE')) pageStyled = true;
      } else nodesOf.set(entry.seq, touched);
    }
  };
  const observer = new OriginalObserver((list) => ingest(list, 'none'));
  const flush = (author) => { const list = takeRecords.call(observer); if (list.length) ingest(list, author); };
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  const wrappers = new WeakMap();
  const originals = new WeakMap();
  const wrap = (fn) => {
    if (typeof fn !== 'function') return fn;
    let wrapper = wrappers.get(fn);
    if (wrapper) return wrapper;
    wrapper = function (...args) {
      flush(depth > 0 ? 'page' : 'none');
      depth++;
      try { return fn.apply(this, args); } finally { depth--; flush('page'); }
    };
    wrappers.set(fn, wrapper);
    originals.set(wrapper, fn);
    return wrapper;
  };
  const patchCallbackTaker = (owner, name) => {
    const original = owner && owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function (callback, ...rest) { return original.call(this, typeof callback === 'function' ? wrap(callback) : callback, ...rest); };
  };
  for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback', 'queueMicrotask']) patchCallbackTaker(window, name);
  const then = Promise.prototype.then;
  Promise.prototype.then = function (onFulfilled, onRejected) { return then.call(this, wrap(onFulfilled), wrap(onRejected)); };
  const handlers = new WeakMap();
  const listenerOf = (listener) => {
    if (typeof listener === 'function') return wrap(listener);
    if (listener && typeof listener.handleEvent === 'function') {
      if (!handlers.has(listener)) handlers.set(listener, wrap(function (event) { return listener.handleEvent(event); }));
      return handlers.get(listener);
    }
    return listener;
  };
  const removeListener = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) { return addListener.call(this, type, listenerOf(listener), options); };
  EventTarget.prototype.removeEventListener = function (type, listener, options) { return removeListener.call(this, type, listenerOf(listener), options); };
  const owners = [window, 'Window', 'Document', 'Element', 'HTMLElement', 'SVGElement', 'HTMLBodyElement', 'HTMLFrameSetElement', 'HTMLMediaElement', 'XMLHttpRequestEventTarget', 'XMLHttpRequest', 'MessagePort', 'FileReader', 'WebSocket', 'EventSource', 'Worker', 'BroadcastChannel', 'IDBRequest', 'IDBTransaction', 'IDBDatabase', 'Animation', 'MediaQueryList', 'VisualViewport', 'ScreenOrientation', 'TextTrack', 'AbortSignal', 'Notification', 'PerformanceObserver'];
  for (const owner of owners) {
    const target = typeof owner === 'string' ? window[owner] && window[owner].prototype : owner;
    if (!target) continue;
    for (const key of Object.getOwnPropertyNames(target)) {
      if (!key.startsWith('on')) continue;
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (!descriptor || !descriptor.set || !descriptor.configurable) continue;
      Object.defineProperty(target, key, {
        ...descriptor,
        set(value) { descriptor.set.call(this, typeof value === 'function' ? wrap(value) : value); },
        get() { const value = descriptor.get.call(this); return originals.get(value) || value; },
      });
    }
  }
  for (const name of ['MutationObserver', 'IntersectionObserver', 'ResizeObserver', 'PerformanceObserver', 'ReportingObserver']) {
    const Original = window[name];
    if (typeof Original !== 'function') continue;
    const Wrapped = function (callback, ...rest) { return Reflect.construct(Original, [wrap(callback), ...rest], new.target || Wrapped); };
    Wrapped.prototype = Original.prototype;
    Object.setPrototypeOf(Wrapped, Original);
    Object.defineProperty(Wrapped, 'name', { value: name });
    window[name] = Wrapped;
  }
  if (window.CustomElementRegistry) {
    const define = CustomElementRegistry.prototype.define;
    CustomElementRegistry.prototype.define = function (name, definition, options) {
      for (const key of ['connectedCallback', 'disconnectedCallback', 'adoptedCallback', 'attributeChangedCallback', 'connectedMoveCallback']) {
        if (definition && definition.prototype && typeof definition.prototype[key] === 'function') definition.prototype[key] = wrap(definition.prototype[key]);
      }
      return define.call(this, name, definition, options);
    };
  }
  addListener.call(document, 'DOMContentLoaded', () => { flush(depth > 0 ? 'page' : 'none'); loadedAt = seq; }, { capture: true, once: true });

  Object.defineProperty(window, KEY, {
    enumerable: false,
    value: {
      mark: () => { flush(depth > 0 ? 'page' : 'none'); return seq; },
      loadedAt: () => loadedAt,
      since: (from, to) => records.filter((record) => record.seq > from && record.seq <= to),
      text: () => {
        const out = [];
        if (!document.body) return out;
        const visible = new Map();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !node.data.trim() || inHost(parent)) continue;
          let shown = visible.get(parent);
          if (shown === undefined) {
            shown = typeof parent.checkVisibility === 'function' ? parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true }) : true;
            visible.set(parent, shown);
          }
          out.push([idOf(node), shown ? 1 : 0, node.data]);
        }
        return out;
      },
      masked: (excused) => {
        if (pageStyled) return null;
        const roots = new Set();
        for (const seqNumber of excused) for (const node of nodesOf.get(seqNumber) || []) roots.add(node);
        const isMasked = (node) => { for (let n = node; n; n = n.parentNode) if (pageTouched.has(n) || roots.has(n)) return true; return false; };
        const out = [];
        for (const [id, node] of nodesById) if (isMasked(node)) out.push(id);
        return out;
      },
    },
  });
}`;

/** Installs the recorder in every document this page loads from now on. */
export async function recordChanges(page: Page, hostSelector: string): Promise<void> {
  await page.evaluateOnNewDocument(`(${RECORDER})(${JSON.stringify(hostSelector)})`);
}

const call = <T>(page: Page, expression: string): Promise<T> => page.evaluate(`(() => { const recorder = window[Symbol.for('counterpoint.changeRecorder')]; return recorder ? ${expression} : null; })()`) as Promise<T>;

/** The number of the last change recorded so far (0 when the recorder is missing). */
export const markChanges = async (page: Page): Promise<number> => (await call<number | null>(page, 'recorder.mark()')) ?? 0;
/** Where the parser was done: changes after this are the page's (or ours), not its markup being read. */
export const loadedAt = async (page: Page): Promise<number> => (await call<number | null>(page, 'recorder.loadedAt()')) ?? 0;
export const changesBetween = async (page: Page, from: number, to: number): Promise<RecordedChange[]> => (await call<RecordedChange[] | null>(page, `recorder.since(${from}, ${to})`)) ?? [];
export const textSnapshot = async (page: Page): Promise<TextSnapshot> => (await call<TextSnapshot | null>(page, 'recorder.text()')) ?? [];
/** Text nodes the page changed (or that the excused changes touched); null when page styles changed, so any text may look different. */
export const maskedTextNodes = (page: Page, excused: number[]): Promise<number[] | null> => call<number[] | null>(page, `recorder.masked(${JSON.stringify(excused)})`);

/** What two runs must agree on for a change to be "the same": its kind, place, attribute and the node names it moved. */
export const changeSignature = (change: RecordedChange): string => [change.type, change.path, change.attribute ?? '', change.added.join(','), change.removed.join(',')].join('|');

export function describeChange(change: RecordedChange): string {
  const what = change.type === 'attributes' ? `attribute ${change.attribute} of ${change.path} set to ${JSON.stringify(change.value)}` : change.type === 'characterData' ? `text at ${change.path} changed to ${JSON.stringify(change.value)}` : `${change.path}: ${[...change.added.map((name) => `+${name}`), ...change.removed.map((name) => `-${name}`)].join(' ')}`;
  return what;
}
