// The page's text as the content script reads it, run in Node over domino: block boundaries, line
// breaks, skipped elements and the languages the page declares.
import { describe, expect, it } from 'vitest';
import { pageTextOf } from '../../src/cli/page-text';

const html = (body: string, lang = 'es') => `<!doctype html><html lang="${lang}"><head><title>Título</title></head><body>${body}</body></html>`;

describe('page text', () => {
  it('parts blocks with a blank line and a <br> with a line break, and skips what the extension skips', () => {
    const { text } = pageTextOf('a.html', html('<p>Uno<br>dos</p><ul><li>Kelly</li><li>Clarkson</li></ul><pre>código</pre><button>Botón</button><p hidden>oculto</p>'));
    expect(text).toBe('Uno\ndos\n\nKelly\n\nClarkson');
  });

  it('gives each stretch the language its nearest lang attribute declares, an empty one included', () => {
    const page = pageTextOf('a.html', html('<p>Hola</p><blockquote lang="de"><p>Das <b>Blinken</b></p><p lang="">sin</p></blockquote><p>Adiós</p>', 'es-MX'));
    const { chunk } = page.chunks[0]!;
    const spans = chunk.languages.map((span) => `${chunk.text.slice(span.start, span.start + 4)}:${span.lang}`);
    expect(spans).toEqual(['Hola:es-MX', 'Das :de', 'sin\n:null', 'Adió:es-MX']);
  });

  it('reads plain text as one paragraph per blank-line block', () => {
    expect(pageTextOf('a.txt', 'First line\nsame block.\n\nSecond <b>block</b>.').text).toBe('First line\nsame block.\n\nSecond <b>block</b>.');
  });
});
