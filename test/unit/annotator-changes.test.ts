// @vitest-environment happy-dom
// How the annotator follows the page's own changes: what a burst of DOM changes costs it, and that
// the shortcuts it takes for that never keep a mention of text that left the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../support/static-range';
import { startAnnotator, type Annotator, type MentionChange, type PageMention, type ScanText } from '../../src/page/annotator';
import type { Mention } from '../../src/core/types';

/** Finds every "fentanyl": the matcher is not under test, only how changes are followed. */
const scan: ScanText = (text) => {
  const found: Mention[] = [];
  for (let start = text.indexOf('fentanyl'); start >= 0; start = text.indexOf('fentanyl', start + 1)) {
    found.push({ entityId: 'fentanyl', start, end: start + 8, text: 'fentanyl', alias: 'fentanyl', fuzzy: false, score: 1, reason: { rule: 'exact' } });
  }
  return found;
};

const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

let controller = new AbortController();
afterEach(() => controller.abort());

async function annotate(paragraphs: string[]) {
  document.body.replaceChildren(...paragraphs.map(paragraph));
  controller = new AbortController();
  const changes: MentionChange[] = [];
  const annotator = startAnnotator({
    root: document.body,
    scan,
    exclude: null,
    signal: controller.signal,
    onMentionsChanged: (_mentions, change) => changes.push(change),
    onRescanFailed: (error) => {
      throw error;
    },
  });
  await annotator.ready;
  changes.length = 0;
  return { annotator, changes };
}

/** Until the annotator has read a change (its observer, then its rescan a task later). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

const heldTexts = (annotator: Annotator) => annotator.mentions().map((mention: PageMention) => mention.range.startContainer.textContent);

describe('following the page’s changes', () => {
  it('a burst that inserts and removes 2,000 rows walks none of them and reports no change', async () => {
    const { annotator, changes } = await annotate(['One on fentanyl.', 'Two on fentanyl.']);
    const walkers = vi.spyOn(document, 'createTreeWalker');
    for (let index = 0; index < 2000; index++) {
      const row = paragraph(`Row ${index} on fentanyl.`);
      document.body.prepend(row);
      row.remove();
    }
    await settled();
    expect(walkers).not.toHaveBeenCalled();
    expect(changes).toEqual([]);
    expect(heldTexts(annotator)).toEqual(['One on fentanyl.', 'Two on fentanyl.']);
    walkers.mockRestore();
  });

  it('drops the mentions of a paragraph that was on the page, put back and removed again in one batch', async () => {
    const { annotator } = await annotate(['Kept on fentanyl.', 'Gone on fentanyl.']);
    const gone = document.body.lastElementChild!;
    gone.remove();
    document.body.append(gone);
    gone.remove();
    await settled();
    expect(heldTexts(annotator)).toEqual(['Kept on fentanyl.']);
  });

  it('holds a new paragraph that is added, moved and left on the page in one batch', async () => {
    const { annotator } = await annotate(['First on fentanyl.']);
    const added = paragraph('New on fentanyl.');
    document.body.append(added);
    added.remove();
    document.body.prepend(added);
    await settled();
    expect(heldTexts(annotator)).toEqual(['New on fentanyl.', 'First on fentanyl.']);
  });

  it('drops a scanned paragraph moved into a new wrapper that is then removed', async () => {
    const { annotator } = await annotate(['Kept on fentanyl.', 'Wrapped on fentanyl.']);
    const wrapped = document.body.lastElementChild!;
    const wrapper = document.createElement('section');
    document.body.append(wrapper);
    wrapper.append(wrapped);
    wrapper.remove();
    await settled();
    expect(heldTexts(annotator)).toEqual(['Kept on fentanyl.']);
  });

  it('reads a paragraph again when its text changes, and reports just that change', async () => {
    const { annotator, changes } = await annotate(['One on fentanyl.', 'Two on heroin.']);
    document.body.lastElementChild!.firstChild!.textContent = 'Two on fentanyl, then fentanyl.';
    await settled();
    expect(heldTexts(annotator)).toEqual(['One on fentanyl.', 'Two on fentanyl, then fentanyl.', 'Two on fentanyl, then fentanyl.']);
    expect(changes.map((change) => [change.added.length, change.removed.length])).toEqual([[2, 0]]);
  });
});
