// The bundled demo: a small local "news site" whose articles are the five corpus documents,
// laid out the way news sites are (masthead, headline, byline, body, sidebar). The article text
// is the documents' own, unchanged; only the layout is ours.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isStated } from '../../src/core/provenance';

export interface DemoArticle {
  slug: string;
  sourceId: string;
  headline: string;
  byline: string | null;
  blocks: { kind: 'paragraph' | 'subhead'; text: string }[];
}

interface SourceInfo {
  id: string;
  file?: string;
  outlet?: string;
  title?: string;
  date?: string;
  author?: string;
}


const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'at', 'of', 'to', 'in', 'on', 'by', 'from', 'with', 'and', 'or', 'that', 'are', 'is', 'was', 'for']);

/** Plain text wrapped at arbitrary points becomes paragraphs; short unpunctuated lines become subheads. */
export function blocksFromText(text: string): DemoArticle['blocks'] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: string[] = [];
  let current: string | null = null;
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (!line) {
      if (current !== null) paragraphs.push(current);
      current = null;
      continue;
    }
    if (current !== null && continuesSentence(current, line)) current = `${current} ${line}`;
    else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs.map((paragraph) => ({
    kind: paragraph.length < 80 && !/[.!?:”"’)]$/.test(paragraph) && /^[A-Z]/.test(paragraph) ? 'subhead' : 'paragraph',
    text: paragraph,
  }));
}

function continuesSentence(previous: string, next: string): boolean {
  if (/[,;(—–-]$/.test(previous)) return true;
  if (!/[a-z]$/.test(previous)) return false;
  if (/^[a-z0-9]/.test(next)) return true;
  const lastWord = previous.split(/\s+/).pop()?.toLowerCase() ?? '';
  return FUNCTION_WORDS.has(lastWord);
}

function headlineFor(source: SourceInfo | undefined, blocks: DemoArticle['blocks']): string {
  if (isStated(source?.title)) return source.title;
  const first = blocks.find((block) => block.kind === 'paragraph')?.text ?? blocks[0]?.text ?? 'Untitled';
  const sentence = first.split(/(?<=[.!?])\s/)[0] ?? first;
  return sentence.length <= 110 ? sentence : `${sentence.slice(0, sentence.lastIndexOf(' ', 105))}…`;
}

function bylineFor(source: SourceInfo | undefined): string | null {
  if (!source) return null;
  const parts = [isStated(source.author) ? `By ${source.author}` : null, isStated(source.outlet) ? source.outlet : null, isStated(source.date) ? source.date : null];
  const byline = parts.filter(Boolean).join(' · ');
  return byline || null;
}

export function loadDemoArticles(dataDir: string): DemoArticle[] {
  const corpusDir = join(dataDir, 'corpus');
  const sourcesFile = join(dataDir, 'sources.json');
  const sourcesJson: unknown = existsSync(sourcesFile) ? JSON.parse(readFileSync(sourcesFile, 'utf8')) : [];
  const sources: SourceInfo[] = Array.isArray(sourcesJson) ? sourcesJson : ((sourcesJson as { sources?: SourceInfo[] }).sources ?? []);
  const files = readdirSync(corpusDir).filter((file) => file.endsWith('.txt')).sort();
  return files.map((file, position) => {
    const source = sources.find((candidate) => candidate.file === file);
    const blocks = blocksFromText(readFileSync(join(corpusDir, file), 'utf8'));
    return {
      slug: `article-${position + 1}`,
      sourceId: source?.id ?? file.replace(/\.txt$/, ''),
      headline: headlineFor(source, blocks),
      byline: bylineFor(source),
      blocks,
    };
  });
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

const SITE_CSS = `
  :root { color-scheme: light dark; --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --paper: #fff; --accent: #8b1e1e; }
  @media (prefers-color-scheme: dark) { :root { --ink: #e8e8ea; --muted: #a0a4aa; --rule: #3a3b3f; --paper: #17181a; --accent: #ff8a80; } }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--paper); color: var(--ink); font: 18px/1.6 Georgia, 'Times New Roman', serif; }
  header.masthead { border-bottom: 3px double var(--rule); padding: 14px 24px 10px; display: flex; align-items: baseline; gap: 24px; flex-wrap: wrap; }
  header.masthead a.brand { font: 700 30px/1 Georgia, serif; color: var(--ink); text-decoration: none; letter-spacing: -0.5px; }
  header.masthead nav a { font: 14px/1.4 system-ui, sans-serif; color: var(--muted); margin-right: 14px; text-decoration: none; }
  .notice { font: 13px/1.4 system-ui, sans-serif; color: var(--muted); background: color-mix(in srgb, var(--rule) 35%, transparent); padding: 6px 24px; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 40px; max-width: 1100px; margin: 0 auto; padding: 28px 24px 64px; }
  @media (max-width: 860px) { .layout { grid-template-columns: 1fr; } }
  h1 { font-size: 38px; line-height: 1.15; margin: 0 0 12px; }
  .byline { font: 14px/1.4 system-ui, sans-serif; color: var(--muted); margin-bottom: 24px; }
  article h2 { font-size: 22px; margin: 28px 0 8px; }
  article p { margin: 0 0 18px; }
  aside { font: 15px/1.5 system-ui, sans-serif; border-left: 1px solid var(--rule); padding-left: 24px; }
  aside h2 { font: 700 13px/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 1px; color: var(--accent); }
  aside ol { padding-left: 18px; } aside li { margin-bottom: 12px; }
  aside a, .front a { color: var(--ink); }
  .front { max-width: 1100px; margin: 0 auto; padding: 28px 24px; display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 28px; }
  .front article { border-top: 1px solid var(--rule); padding-top: 14px; }
  .front h2 { font-size: 22px; line-height: 1.25; margin: 0 0 8px; }
  .front p { color: var(--muted); font-size: 16px; }
  footer { font: 13px/1.4 system-ui, sans-serif; color: var(--muted); text-align: center; padding: 24px; border-top: 1px solid var(--rule); }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — The Demo Ledger</title>
<style>${SITE_CSS}</style>
</head>
<body>
<header class="masthead"><a class="brand" href="/">The Demo Ledger</a>
<nav aria-label="Sections"><a href="/">Front page</a><a href="/#world">World</a><a href="/#policy">Policy</a></nav></header>
<div class="notice" role="note">A local demo site for Counterpoint. Each article is one of the extension's corpus documents, its text unchanged.</div>
${body}
<footer>The Demo Ledger is a demo served from your own machine. No data leaves it.</footer>
</body>
</html>
`;
}

function sidebar(articles: DemoArticle[], current: DemoArticle): string {
  const items = articles
    .filter((article) => article !== current)
    .map((article) => `<li><a href="/articles/${article.slug}.html">${escapeHtml(article.headline)}</a></li>`)
    .join('\n');
  return `<aside aria-label="More stories"><h2>More stories</h2><ol>${items}</ol>
<h2>About this site</h2><p>Hover or tap an underlined name to see what the sources say, and what the other side said.</p></aside>`;
}

export function renderArticlePage(articles: DemoArticle[], article: DemoArticle): string {
  const body = article.blocks
    .map((block) => (block.kind === 'subhead' ? `<h2>${escapeHtml(block.text)}</h2>` : `<p>${escapeHtml(block.text)}</p>`))
    .join('\n');
  return page(
    article.headline,
    `<div class="layout"><main><article>
<h1>${escapeHtml(article.headline)}</h1>
${article.byline ? `<div class="byline">${escapeHtml(article.byline)}</div>` : ''}
${body}
</article></main>
${sidebar(articles, article)}</div>`,
  );
}

export function renderFrontPage(articles: DemoArticle[]): string {
  const teasers = articles
    .map((article) => {
      const teaser = article.blocks.find((block) => block.kind === 'paragraph' && block.text.length > 120)?.text ?? '';
      return `<article><h2><a href="/articles/${article.slug}.html">${escapeHtml(article.headline)}</a></h2>
<p>${escapeHtml(teaser.length > 240 ? `${teaser.slice(0, teaser.lastIndexOf(' ', 235))}…` : teaser)}</p></article>`;
    })
    .join('\n');
  return page('Front page', `<main class="front">${teasers}</main>`);
}
