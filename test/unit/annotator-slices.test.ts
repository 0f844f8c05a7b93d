// @vitest-environment happy-dom
// How the first pass is sliced: it yields to the page between chunks, never after the last one, so
// a one-chunk page (most articles) is painted in one task.
import { describe, expect, it } from 'vitest';
import '../support/static-range';
import { startAnnotator, type ScanText } from '../../src/page/annotator';
import { BLOCK_SEPARATOR } from '../../src/page/collect-text';

/** A scanner that finds nothing: only the slicing is under test. */
const scan: ScanText = () => [];

function annotate(paragraphs: string[]) {
  document.body.replaceChildren(...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  const controller = new AbortController();
  // A budget of 0 ms: every chunk has used it up, so each would end its slice.
  const annotator = startAnnotator({ root: document.body, scan, exclude: null, signal: controller.signal, sliceBudgetMs: 0, onMentionsChanged: () => {}, onRescanFailed: (error) => { throw error; } });
  return { annotator, controller };
}

describe('the first pass in slices', () => {
  it('paints a one-chunk page in one slice, with no yield after it', async () => {
    const { annotator, controller } = annotate(['Rex Tillerson spoke.', 'Luis Videgaray answered.']);
    await annotator.ready;
    expect(annotator.stats().slices).toBe(1);
    controller.abort();
  });

  it('yields between chunks: a page of three chunks takes three slices', async () => {
    // Three paragraphs of just over a chunk each (TEXT_CHUNK_SIZE cuts at block boundaries).
    const long = 'word '.repeat(6_600 + BLOCK_SEPARATOR.length);
    const { annotator, controller } = annotate([long, long, long]);
    await annotator.ready;
    expect(annotator.stats().slices).toBe(3);
    controller.abort();
  });
});
