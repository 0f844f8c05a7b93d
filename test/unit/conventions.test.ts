// The repository's own rules, checked so they stay true without a reviewer.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [{ path, text: readFileSync(join(ROOT, path), 'utf8') }] : [];
  });
}
const src = sourceFiles('src');
const offenders = (files: typeof src, pattern: RegExp) => files.filter((file) => pattern.test(file.text)).map((file) => relative(ROOT, join(ROOT, file.path)));

describe('conventions', () => {
  it('never writes HTML from data', () => {
    expect(offenders(src, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/)).toEqual([]);
  });

  it('runs no remote or generated code', () => {
    expect(offenders(src, /\beval\(|new Function\(|importScripts\(/)).toEqual([]);
  });

  it('makes no network requests', () => {
    expect(offenders(src, /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(/)).toEqual([]);
  });

  it('keeps src/core free of the DOM, the browser and the other layers', () => {
    const core = src.filter((file) => file.path.startsWith('src/core/') && !file.path.endsWith('.generated.js'));
    expect(offenders(core, /from '\.\.\/(page|ui|extension|platform)\/|webextension-polyfill|\bdocument\.[a-zA-Z_]|\bwindow\.[a-zA-Z_]|\bbrowser\.[a-zA-Z_]/)).toEqual([]);
    // Reading files is src/node's job (the build and the command line); core runs in the extension too.
    expect(offenders(core, /from '(node:|fs'|path'|zlib')|from '(\.\.\/)+node\//)).toEqual([]);
  });

  it('keeps src/ui free of browser APIs: views take data as props', () => {
    expect(offenders(src.filter((file) => file.path.startsWith('src/ui/')), /webextension-polyfill|\bbrowser\.|\bchrome\./)).toEqual([]);
  });

  it('keeps the content script out of rendering: src/page imports no Preact and no views (the card frame draws the card)', () => {
    expect(offenders(src.filter((file) => file.path.startsWith('src/page/')), /from '(preact|preact\/[^']*)'|from '\.\.\/ui\//)).toEqual([]);
  });

  it('keeps entry points short: logic lives in named modules', () => {
    const long = src.filter((file) => file.path.startsWith('src/extension/') && file.text.split('\n').length > 150).map((file) => file.path);
    expect(long).toEqual([]);
  });
});
