// The real pages in ../shared/pages: which files, what their MANIFEST notes say, and how to serve them.
// The pages belong to their publishers, so they are read from that folder and never copied here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { htmlOf } from '../../src/cli/page-text';
import { PROJECT_ROOT } from '../demo/routes';
import type { Route } from '../lib/static-server';

export const DEFAULT_PAGES_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'pages');
/** Every folder of shared real pages: English (and a few Spanish) news, and other languages. */
export const SHARED_PAGES_DIRS = [DEFAULT_PAGES_DIR, resolve(PROJECT_ROOT, '..', 'shared', 'pages-multilingual')];

export interface RealPage {
  /** The folder it is read from. */
  dir: string;
  file: string;
  /** The path to open on the local server. */
  path: string;
  note: string;
  /** Words the note calls traps: nothing may be highlighted inside them. */
  traps: string[];
}

/** "trap: heroine(s)", "FALSE-POSITIVE TRAP: DEA = Deutsche Erdoel AG", "'cartelera' (cartel prefix)". */
export function trapsFromNote(note: string): string[] {
  const traps = new Set<string>();
  const trapPart = /trap:\s*(.*)$/i.exec(note)?.[1];
  if (!trapPart) return [];
  for (const piece of trapPart.split(/[;,]/)) {
    const word = /'([^']+)'/.exec(piece)?.[1] ?? /^\s*([\p{L}]+)(?:\(s\))?/u.exec(piece)?.[1];
    if (word) traps.add(word);
    if (/\(s\)/.test(piece) && word) traps.add(`${word}s`);
  }
  return [...traps];
}

export function resolvePagesDir(argument?: string): string {
  const dir = resolve(argument ?? process.env.COUNTERPOINT_PAGES ?? DEFAULT_PAGES_DIR);
  if (!existsSync(dir)) throw new Error(`No pages folder at ${dir}. Pass the folder as an argument, or set COUNTERPOINT_PAGES.`);
  return dir;
}

/** `prefix` serves several folders from one server (realPagesRoute with the same prefix). */
export function listRealPages(dir: string, prefix = ''): RealPage[] {
  const notes = new Map<string, string>();
  const manifest = join(dir, 'MANIFEST.tsv');
  if (existsSync(manifest)) {
    const [header = '', ...lines] = readFileSync(manifest, 'utf8').split('\n');
    // "file, from, note" in ../shared/pages; "file, repo, commit, path, language" in pages-multilingual.
    const noteColumn = header.split('\t').findIndex((name) => name.trim() === 'note');
    for (const line of lines) {
      const columns = line.split('\t');
      if (columns[0]) notes.set(columns[0].trim(), noteColumn >= 0 ? (columns[noteColumn] ?? '').trim() : '');
    }
  }
  return readdirSync(dir)
    .filter((file) => /\.(html?|md|txt)$/i.test(file) && !/^readme\./i.test(file))
    .sort()
    .map((file) => {
      const note = notes.get(file) ?? '';
      const wrapped = !/\.html?$/i.test(file);
      return { dir, file, path: `${prefix}${wrapped ? `/wrapped/${basename(file, extname(file))}.html` : `/pages/${encodeURIComponent(file)}`}`, note, traps: trapsFromNote(note) };
    });
}

/** Plain text and Markdown become the article page the CLI reads them as (its prose only). */
export const wrapAsArticle = (file: string, text: string): string => htmlOf(file, text);

export function realPagesRoute(dir: string, prefix = ''): Route {
  const files = new Set(readdirSync(dir));
  return async (fullPath) => {
    if (!fullPath.startsWith(`${prefix}/`)) return undefined;
    const path = fullPath.slice(prefix.length);
    const wrapped = /^\/wrapped\/(.+)\.html$/.exec(path);
    if (wrapped) {
      const name = decodeURIComponent(wrapped[1]!);
      const file = ['.md', '.txt'].map((extension) => `${name}${extension}`).find((candidate) => files.has(candidate));
      return file ? { body: wrapAsArticle(file, readFileSync(join(dir, file), 'utf8')), type: 'text/html; charset=utf-8' } : undefined;
    }
    const page = /^\/pages\/(.+)$/.exec(path);
    const file = page && decodeURIComponent(page[1]!);
    return file && files.has(file) ? { body: readFileSync(join(dir, file)), type: 'text/html; charset=utf-8' } : undefined;
  };
}
