// What the fuzzy step's edit distance charges, read back from the score of the name it finds: a
// slip (a neighbouring key, a vowel for a vowel, a doubled or neighbouring extra letter, two letters
// swapped) costs one edit, any other change two; and which written words a name of several may span.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Mentions = typeof import('../../src/core/mentions');
type Fuzzy = typeof import('../../src/core/mentions/fuzzy');
type Fold = typeof import('../../src/core/mentions/fold');
let mentions: Mentions;
let fuzzy: Fuzzy;
let fold: Fold;

// A fresh engine per test: the distance table's rows grow for a long name and stay grown, folding
// learns characters beyond its tables, and each matcher caches the words it weighed.
beforeEach(async () => {
  vi.resetModules();
  mentions = await import('../../src/core/mentions');
  fuzzy = await import('../../src/core/mentions/fuzzy');
  fold = await import('../../src/core/mentions/fold');
});

/** A matcher of the given names: people (capitalized) or, for a lowercase alias, substances. */
const matcherOf = (...aliases: string[]) =>
  mentions.compileMatcher(
    aliases.map((text, index) => {
      const person = text[0] !== text[0]!.toLowerCase();
      return { id: `name-${index}`, type: person ? ('person' as const) : ('substance' as const), name: { en: text, es: text }, aliases: [{ text }] };
    }),
  );

/**
 * What the fuzzy step finds from the first word of `text`: "the words written=the alias/weighted
 * edits", the edits read back from the score (1 - edits / the alias's length), or null.
 */
function near(text: string, ...aliases: string[]): string | null {
  // Compiled first: folding the aliases reuses the buffers the page's fold is read from.
  const matcher = matcherOf(...aliases);
  const candidate = fuzzy.fuzzyAt(text, fold.foldText(text), matcher, 0, null);
  if (!candidate) return null;
  const edits = (1 - candidate.score) * candidate.record.folded.length;
  return `${text.slice(candidate.start, candidate.end)}=${candidate.record.text}/${Number.isFinite(edits) ? Math.round(edits * 1000) / 1000 : String(edits)}`;
}

/**
 * A word of 64 letters needs one slot more than the distance table's rows hold at first. Only a
 * later word of a name can be that long: first words past 63 letters are filed under no bucket.
 */
const LONG_64 = 'Rex Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochgogogo';
const LONG_85 = 'Rex Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu';
/** A long name with one slip: "g" for its neighbour "h". */
const slipIn = (name: string) => name.replace(/h/, 'g');

const CASES: [string, string, string[], string | null][] = [
  // A changed letter.
  ['a neighbouring key costs one edit', 'Tollerson', ['Tillerson'], 'Tollerson=Tillerson/1'],
  ['a key far from the one meant costs two', 'Tizlerson', ['Tillerson'], 'Tizlerson=Tillerson/2'],
  ['a vowel for a vowel costs one edit', 'Tillarson', ['Tillerson'], 'Tillarson=Tillerson/1'],
  ['a vowel slip and a far key cost three edits, too many', 'Tazlerson', ['Tillerson'], null],
  // The key tables stop at ASCII. "ø" is "x" + 128: read past its end, "r" beside "ø" would be "s" beside "x", neighbours.
  ['a letter beyond ASCII for an ASCII one costs two', 'Tilleøson', ['Tillerson'], 'Tilleøson=Tillerson/2'],
  ['an ASCII letter for one beyond ASCII costs two', 'Tillersrn', ['Tillersøn'], 'Tillersrn=Tillersøn/2'],
  // A letter the name has not.
  ['a doubled letter costs one edit', 'Tilllerson', ['Tillerson'], 'Tilllerson=Tillerson/1'],
  ['a doubled last letter costs one edit', 'Tillersonn', ['Tillerson'], 'Tillersonn=Tillerson/1'],
  ['an extra key beside the letter before it costs one edit', 'Tillertson', ['Tillerson'], 'Tillertson=Tillerson/1'],
  ['an extra key beside the letter after it costs one edit', 'Tillrerson', ['Tillerson'], 'Tillrerson=Tillerson/1'],
  ['an extra letter beside neither costs two', 'Tillerqson', ['Tillerson'], 'Tillerqson=Tillerson/2'],
  ['an extra ASCII letter beside one beyond ASCII costs two', 'Tillersørn', ['Tillersøn'], 'Tillersørn=Tillersøn/2'],
  // Two letters swapped, and what is not a swap.
  ['two letters swapped cost one edit', 'Tilelrson', ['Tillerson'], 'Tilelrson=Tillerson/1'],
  ['the name’s letter moved on, with another after it, is no swap', 'Tillrqson', ['Tillerson'], null],
  ['the name’s letter moved back, with another before it, is no swap', 'Tillqeson', ['Tillerson'], null],
  // A swap is read inside the word: the apostrophe before "Ddarcysonn" is not the name's (taken for
  // one, "d'" swapped with "'d", it would cost one edit and the doubled "n" another).
  ['no swap with the character before the word', "'Ddarcysonn", ["Dd'Darcyson"], null],
  // Which names are weighed at all: two slips that change four of the letters are not looked at.
  ['two slips that change four letters are not weighed', 'Tullwrson', ['Tillerson'], null],
  ['two slips that change two letters are', 'Tollwrson', ['Tillerson'], 'Tollwrson=Tillerson/2'],
  // The length cut-off: two letters longer is still within two edits.
  ['a word two letters longer, two slips away, in a later word', 'Rex Tilllerrson', ['Rex Tillerson'], 'Rex Tilllerrson=Rex Tillerson/2'],
  // A name of several words spans words a single space joins.
  ['a name of two words through one space', 'coca passte', ['coca paste'], 'coca passte=coca paste/1'],
  ['no name through a space and a comma', 'coca ,paste', ['coca paste'], null],
  ['no name through a comma', 'coca,passte', ['coca paste'], null],
  // "Rex \u200b Tillerson" writes three words and folds to two: the word after the name decides nothing.
  ['a name’s capitals are read no further than its words', 'Rex Tilerson said', ['Rex \u200b Tillerson'], 'Rex Tilerson=Rex \u200b Tillerson/1'],
  // Names longer than the rows of the distance table first hold.
  ['a name’s word of 64 letters, one slip away', slipIn(LONG_64), [LONG_64], `${slipIn(LONG_64)}=${LONG_64}/1`],
  ['a name’s word of 85 letters, one slip away', slipIn(LONG_85), [LONG_85], `${slipIn(LONG_85)}=${LONG_85}/1`],
];

describe('the fuzzy step’s edit costs', () => {
  it.each(CASES)('%s', (_label, text, aliases, expected) => {
    expect(near(text, ...aliases)).toBe(expected);
  });

  // Every case again in one test: a mutation tool credits a test only with the branches its own run reached.
  it('gives every case above, together', () => {
    for (const [label, text, aliases, expected] of CASES) expect(near(text, ...aliases), label).toBe(expected);
  });

  it('reads no word past the text’s last, whatever an earlier text left in the buffers', () => {
    // A name whose last word is punctuation, and an earlier text with a word where "..." now stands:
    // the fold's word arrays still hold that word after the shorter text's last, and reading it
    // would end the name there.
    const matcher = matcherOf('Rex Tillerson ...');
    fold.foldText('Rex Tilerson abc');
    const text = 'Rex Tilerson ...';
    expect(fuzzy.fuzzyAt(text, fold.foldText(text), matcher, 0, null)).toBeNull();
  });
});
