// A large page for the benchmarks: the corpus documents repeated inside realistic article markup.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../demo/routes';
import { escapeHtml } from '../demo/site';

/** The five corpus documents repeated inside realistic article markup, to about 5 MB. */
export function syntheticPage(targetBytes = 5 * 1024 * 1024): string {
  const corpusDir = join(PROJECT_ROOT, 'data', 'corpus');
  const documents = readdirSync(corpusDir).filter((file) => file.endsWith('.txt')).sort().map((file) => readFileSync(join(corpusDir, file), 'utf8'));
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic 5 MB page</title></head><body><div class="site"><nav><ul><li><a href="#">World</a></li><li><a href="#">Politics</a></li></ul></nav><main>'];
  let size = parts[0]!.length;
  for (let index = 0; size < targetBytes; index++) {
    const text = documents[index % documents.length]!;
    const article = `<article class="story" data-index="${index}"><header><h2>Story ${index}</h2><p class="byline"><span>By staff</span> <time>2023</time></p></header>${text
      .split(/\n+/)
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join('')}<aside class="related"><ul><li><a href="#">Related story ${index}</a></li></ul></aside></article>`;
    parts.push(article);
    size += article.length;
  }
  parts.push('</main></div></body></html>');
  return parts.join('');
}

