// The command line, run as a teacher would run it: the real bin, real files, real exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTextOf } from '../../src/cli/page-text';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'counterpoint.mjs');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'counterpoint-cli-'));

describe('counterpoint scan', () => {
  it('prints one JSON object per file with offsets into the visible text', () => {
    const result = run(['scan', 'data/corpus/000_ae4827f7833c9395.txt', 'data/corpus/004_daabacd644dd7782.txt']);
    expect(result.status).toBe(0);
    const [first, second] = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    const text = readFileSync(join(ROOT, 'data/corpus/000_ae4827f7833c9395.txt'), 'utf8');
    expect(first.file).toBe('data/corpus/000_ae4827f7833c9395.txt');
    expect(first.chars).toBe(text.length);
    const tillerson = first.mentions.find((mention: { entity: string }) => mention.entity === 'rex-tillerson');
    expect(text.slice(tillerson.start, tillerson.end)).toBe(tillerson.text);
    expect(Object.keys(tillerson).sort()).toEqual(['end', 'entity', 'fuzzy', 'reason', 'rule', 'score', 'start', 'text']);
    expect(tillerson.rule).toEqual({ rule: 'exact' });
    expect(tillerson.reason).toBe('This name means only this, so it counts wherever it is written.');
    expect(second.mentions.map((mention: { entity: string }) => mention.entity)).toContain('antony-blinken');
  }, 60_000);

  it('reads HTML as the extension does, skipping scripts, styles, templates, hidden elements and code, and reads stdin', () => {
    const html = '<html><head><title>t</title><style>.x{}</style></head><body><p>Rex Tillerson spoke.</p><script>var fentanyl=1</script><template><p>heroin</p></template><div hidden>John Kelly</div><p style="display: none">NAFTA</p><noscript>Blinken</noscript><pre>Mayorkas</pre><p>The Sinaloa cartel &amp; more</p></body></html>';
    const file = join(scratch, 'page.html');
    writeFileSync(file, html);
    const fromFile = JSON.parse(run(['scan', file]).stdout);
    // An inline style is not read: the extension cannot know when the page will show that text, so it scans it too.
    expect(fromFile.mentions.map((mention: { entity: string }) => mention.entity)).toEqual(['rex-tillerson', 'nafta', 'sinaloa-cartel']);
    const fromStdin = JSON.parse(run(['scan', '-'], 'Lopez Obrador and AMLO').stdout);
    expect(fromStdin.file).toBe('-');
    expect(fromStdin.mentions).toHaveLength(2);
    expect(pageTextOf('page.html', html).text).not.toMatch(/fentanyl|heroin|Kelly|Blinken|Mayorkas/);
  }, 60_000);

  it('reads only the prose of Markdown: no front matter, link targets, images, code or bare URLs', () => {
    const markdown = [
      '---',
      'title: "Fentanyl and the DEA"',
      'source_url: https://example.org/cartel/fentanyl',
      '---',
      'Secretary [Blinken](https://example.org/Mayorkas "Garland") spoke. ![Kelly](kelly.png)',
      '',
      'See https://example.org/Tillerson and <https://example.org/NAFTA> for more; `Videgaray` is code.',
      '',
      '```',
      'Sherwood-Randall',
      '```',
      '',
      'The [Sinaloa Cartel](https://example.org) moves fen-',
      'tanyl north.',
    ].join('\n');
    const file = join(scratch, 'article.md');
    writeFileSync(file, markdown);
    const scanned = JSON.parse(run(['scan', file]).stdout);
    expect(scanned.mentions.map((mention: { entity: string; text: string }) => `${mention.entity}:${mention.text}`)).toEqual(['antony-blinken:Blinken', 'sinaloa-cartel:Sinaloa Cartel', 'fentanyl:fen-\ntanyl']);
    expect(pageTextOf('article.md', markdown).text).not.toMatch(/example|title|Kelly|Tillerson|NAFTA|Videgaray|Sherwood/);
  }, 60_000);

  it('gives a readable summary', () => {
    const result = run(['scan', '--summary', 'data/corpus/002_526864c1977376da.txt']);
    expect(result.stdout).toMatch(/mentions of \d+ entities/);
    expect(result.stdout).toMatch(/Anne Milgram\s+2\s+…/);
  }, 60_000);

  it('fails clearly on unreadable files and unknown options', () => {
    const missing = run(['scan', join(scratch, 'nope.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    const unknown = run(['scan', '--frobnicate', 'x.txt']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
    expect(run(['launch']).status).toBe(2);
  }, 60_000);
});

describe('counterpoint worksheet', () => {
  it('writes a self-contained worksheet with questions and counterpoints, escaping the article', () => {
    const article = join(scratch, 'article.html');
    writeFileSync(article, '<html><head><title>Cartels & <script>alert(1)</script></title></head><body><p>Fentanyl and the Sinaloa cartel. Rex Tillerson spoke.</p><p>&lt;img src=x onerror=alert(1)&gt;</p></body></html>');
    const out = join(scratch, 'worksheet.html');
    const result = run(['worksheet', article, '-o', out, '--lang', 'es']);
    expect(result.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Hoja de trabajo de Counterpoint');
    expect(html).toContain('¿Quién es responsable de la crisis de las drogas?');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).not.toMatch(/https?:\/\//);
  }, 60_000);
});
