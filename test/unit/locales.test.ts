import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = join(import.meta.dirname, '..', '..', '_locales');
const locales = readdirSync(LOCALES_DIR);
const messages = Object.fromEntries(locales.map((locale) => [locale, JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>]));

describe('locales', () => {
  it('has English and Spanish', () => {
    expect(locales.sort()).toEqual(['en', 'es']);
  });

  it.each(locales.flatMap((a) => locales.filter((b) => b !== a).map((b) => [a, b])))('every key in %s is also in %s', (from, to) => {
    const missing = Object.keys(messages[from]!).filter((key) => !(key in messages[to]!));
    expect(missing).toEqual([]);
  });

  it('has no empty messages and the same placeholders in every language', () => {
    for (const key of Object.keys(messages.en!)) {
      const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((match) => match[0]).sort();
      for (const locale of locales) {
        expect(messages[locale]![key]!.message.trim(), `${locale}/${key}`).not.toBe('');
        expect(placeholders(messages[locale]![key]!.message), `${locale}/${key}`).toEqual(placeholders(messages.en![key]!.message));
      }
    }
  });

  it('has every key the code asks for', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(import.meta.dirname, '..', '..', 'src'));
    const used = new Set(sources.flatMap((source) => [...source.matchAll(/\b(?:t|phrase)\('([A-Za-z0-9_]+)'/g)].map((match) => match[1]!)));
    const manifest = readFileSync(join(import.meta.dirname, '..', '..', 'manifest.json'), 'utf8');
    for (const match of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1]!);
    expect([...used].filter((key) => !(key in messages.en!))).toEqual([]);
  });
});
