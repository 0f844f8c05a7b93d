// The stress pages of the December 2026 audit (A4), generated: many mentions, a feed that grows
// for ever, a feed that recycles its rows, a page that changes its text every 10 ms. Each carries a
// heartbeat that records the longest stall of the main thread, so one figure compares a run with
// the extension against one without.

const NAMES = ['fentanyl', 'Rex Tillerson', 'the Sinaloa Cartel', 'the DEA', 'John Kelly', 'the Merida Initiative', 'heroin', 'Antony Blinken'];

/** One mention per paragraph: `note(i)` is paragraph i's text. */
export const note = (index: number) => `Item ${index}: a short report on ${NAMES[index % NAMES.length]} today.`;

/** Runs from the first byte: the longest gap between 10 ms ticks, beyond the 10 ms, is the longest stall. */
const HEARTBEAT = `<script>
  window.__stress = { maxStall: 0, last: performance.now() };
  setInterval(() => {
    const now = performance.now();
    window.__stress.maxStall = Math.max(window.__stress.maxStall, now - window.__stress.last - 10);
    window.__stress.last = now;
  }, 10);
</script>`;

const page = (title: string, body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${HEARTBEAT}</head><body><main id="main">${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;

/** `count` paragraphs, one mention each. */
export function manyMentions(count: number): string {
  const parts: string[] = [];
  for (let index = 0; index < count; index++) parts.push(`<p>${note(index)}</p>`);
  return page(`${count} mentions`, parts.join(''));
}

const NOTE_SOURCE = `const NAMES = ${JSON.stringify(NAMES)}; const note = (index) => 'Item ' + index + ': a short report on ' + NAMES[index % NAMES.length] + ' today.';`;

/** An infinite-scroll feed: 20 paragraphs every 200 ms, never removed (A4.5). Started by window.__start(). */
export function infiniteFeed(): string {
  return page('Infinite feed', '', `${NOTE_SOURCE}
    let next = 0;
    window.__start = () => (window.__timer = setInterval(() => {
      const main = document.getElementById('main');
      for (let i = 0; i < 20; i++) { const p = document.createElement('p'); p.textContent = note(next++); main.append(p); }
      window.scrollTo(0, document.body.scrollHeight);
    }, 200));
    window.__stop = () => clearInterval(window.__timer);
    window.__onPage = () => document.querySelectorAll('#main p').length;`);
}

/** A recycling feed: 20 paragraphs every 200 ms, the oldest dropped past 400 (A4.6). */
export function recyclingFeed(): string {
  return page('Recycling feed', '', `${NOTE_SOURCE}
    let next = 0;
    window.__start = () => (window.__timer = setInterval(() => {
      const main = document.getElementById('main');
      for (let i = 0; i < 20; i++) { const p = document.createElement('p'); p.textContent = note(next++); main.append(p); }
      while (main.childElementCount > 400) main.firstElementChild.remove();
    }, 200));
    window.__stop = () => clearInterval(window.__timer);
    window.__onPage = () => document.querySelectorAll('#main p').length;`);
}

/** 200 paragraphs, two of whose text nodes change every 10 ms (A4.4). */
export function mutatingPage(): string {
  const parts: string[] = [];
  for (let index = 0; index < 200; index++) parts.push(`<p>${note(index)}</p>`);
  return page('Mutating every 10 ms', parts.join(''), `${NOTE_SOURCE}
    let tick = 0;
    window.__start = () => (window.__timer = setInterval(() => {
      const paragraphs = document.querySelectorAll('#main p');
      paragraphs[tick % 200].firstChild.data = note(tick + 1000);
      paragraphs[(tick * 7) % 200].firstChild.data = note(tick + 2000);
      tick++;
    }, 10));
    window.__stop = () => clearInterval(window.__timer);
    window.__onPage = () => document.querySelectorAll('#main p').length;`);
}
