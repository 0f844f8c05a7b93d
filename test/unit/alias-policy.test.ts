// Which aliases and cues a teacher pack may add, as tables: letters counted across words, accents and
// punctuation ignored; stop words and common words refused unless the alias is marked for them.
import { describe, expect, it } from 'vitest';
import { aliasProblem, cueProblem } from '../../src/core/alias-policy';
import { inEnglish } from '../../src/core/phrase';
import type { Alias } from '../../src/core/types';

const problem = (alias: Alias) => {
  const said = aliasProblem(alias);
  return said ? inEnglish(said) : null;
};

describe('an alias', () => {
  it.each([
    [{ text: 'x' }, '"x" has one letter; an alias needs at least 3, or it would match inside ordinary text everywhere'],
    [{ text: ' x. ' }, '" x. " has one letter; an alias needs at least 3, or it would match inside ordinary text everywhere'],
    [{ text: 'é.u' }, '"é.u" has 2 letters; an alias needs at least 3, or it would match inside ordinary text everywhere'],
    [{ text: '—' }, '"—" has 0 letters; an alias needs at least 3, or it would match inside ordinary text everywhere'],
    [{ text: 'The' }, '"The" is a stop word (like "the", "and", "de"), so it would be highlighted on almost every page; use the name itself'],
    [{ text: 'of the', ambiguous: true }, '"of the" is made of stop words (like "the", "and", "de"), so it would be highlighted on almost every page; use the name itself'],
    [{ text: 'Él—de' }, '"Él—de" is made of stop words (like "the", "and", "de"), so it would be highlighted on almost every page; use the name itself'],
    [{ text: 'Water' }, '"Water" is a common English or Spanish word, so it would be highlighted on pages that are not about this entity; use a longer name, or mark it "ambiguous": true with "cues" so it is highlighted only near the full name or a cue'],
    [{ text: 'ice', caseSensitive: true }, expect.stringContaining('"ice" is a common English or Spanish word')],
    [{ text: 'Ice', caseSensitive: true }, expect.stringContaining('"Ice" is a common English or Spanish word')],
    [{ text: 'ICEs', caseSensitive: true }, null],
    [{ text: 'ICE' }, expect.stringContaining('"ICE" is a common English or Spanish word')],
    [{ text: 'WATer', caseSensitive: true }, expect.stringContaining('"WATer" is a common English or Spanish word')],
    [{ text: 'waTER', caseSensitive: true }, expect.stringContaining('"waTER" is a common English or Spanish word')],
  ] as [Alias, unknown][])('%j', (alias, expected) => {
    expect(problem(alias)).toEqual(expected);
  });

  it.each([
    { text: 'tranq' },
    { text: 'Sinaloa' },
    { text: 'water', ambiguous: true },
    { text: 'ICE', caseSensitive: true },
    { text: ' ICE ', caseSensitive: true },
    { text: 'water cannon' },
    { text: 'the cartel' },
    { text: 'xyl' },
  ] as Alias[])('accepts %j', (alias) => {
    expect(problem(alias)).toBeNull();
  });
});

describe('a cue', () => {
  it.each([
    ['sedative', null],
    ['Secretary of State', null],
    ['the', '"the" is a stop word, which stands near almost any text; a cue must say something about the entity'],
    ['of the', '"of the" is a stop word, which stands near almost any text; a cue must say something about the entity'],
    ['—', '"—" is not a word, which stands near almost any text; a cue must say something about the entity'],
    ['', '"" is not a word, which stands near almost any text; a cue must say something about the entity'],
  ])('%j', (cue, expected) => {
    const said = cueProblem(cue);
    expect(said ? inEnglish(said) : null).toBe(expected);
  });
});
