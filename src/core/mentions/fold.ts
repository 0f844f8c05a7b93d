// Folds text for matching: case and diacritics ignored, invisible characters dropped, every run of
// spaces, line breaks and hyphens between letters read as one space (a blank line as a block break),
// words hyphenated at a line end read whole, typographic apostrophes as '.
// Each folded character remembers where it came from, so matches map back to the original exactly.
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the engine reads typed arrays and tables at indices in bounds by construction, in its hottest loops; a check per read would cost speed (npm run bench) and add branches no input can reach */

import { TEXT_CHUNK_SIZE } from './chunk-size';

const SPACE = 0x20;
const APOSTROPHE = 0x27;

/** What one UTF-16 unit is to the folder; one table lookup per character keeps the loop tight. */
const enum Kind {
  /** Not met yet: learn() works it out once. */
  Unknown = 0,
  /** Folds to a letter or digit. */
  Word = 1,
  /** Folds to anything else: punctuation, symbols, apostrophes. */
  Other = 2,
  Space = 3,
  /** Soft hyphen, zero-width space and joiners, word joiner, BOM, NUL, combining marks: dropped. */
  Invisible = 4,
  /** Joins two words into one name ("López-Obrador"), or stays a dash. */
  Hyphen = 5,
}

/**
 * 1 where a folded unit is part of a word: ASCII letters and digits, and every unit from U+00C0 to
 * U+1FFF but × and ÷. That takes in Greek and Armenian punctuation too, which the languages we read
 * never put inside a name.
 */
const WORD = new Uint8Array(0x10000);
for (let code = 0x30; code <= 0x39; code++) WORD[code] = 1;
for (let code = 0x41; code <= 0x5a; code++) WORD[code] = 1;
for (let code = 0x61; code <= 0x7a; code++) WORD[code] = 1;
for (let code = 0xc0; code < 0x2000; code++) WORD[code] = code === 0xd7 || code === 0xf7 || code === 0xad ? 0 : 1;

export const isWordCode = (code: number): boolean => WORD[code] === 1;

/**
 * U+00C0–U+024F (Latin-1 letters, Latin Extended-A and -B) folded: the accented letters of nearly
 * every page. Written out because deriving them with normalize() costs a page load several ms;
 * a unit test checks this table against that derivation.
 */
export const LATIN_FOLD_FIRST = 0xc0;
export const LATIN_FOLD =
  "aaaaaaæceeeeiiiiðnooooo×øuuuuyþßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþy" +
  "aaaaaaccccccccddđđeeeeeeeeeegggggggghhħħiiiiiiiiiıĳĳjjkkĸllllllŀ" +
  "ŀłłnnnnnnŉŋŋooooooœœrrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzſ" +
  "ƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿ" +
  "ǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaaaaææǥǥggkkooooʒʒjǳǳǳggƕƿnnaaææøø" +
  "aaaaeeeeiiiioooorrrruuuussttȝȝhhƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿ" +
  "ɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ";

/** KIND[unit] and FOLD[unit]: what a unit is and what it folds to, filled in as units are first met. */
const KIND = new Uint8Array(0x10000);
const FOLD = new Uint16Array(0x10000);

function setFold(code: number, folded: number): void {
  FOLD[code] = folded;
  KIND[code] = folded === 0 ? Kind.Invisible : WORD[folded] === 1 ? Kind.Word : Kind.Other;
}
for (let code = 0; code < 0x80; code++) setFold(code, code >= 0x41 && code <= 0x5a ? code + 32 : code);
for (let offset = 0; offset < LATIN_FOLD.length; offset++) setFold(LATIN_FOLD_FIRST + offset, LATIN_FOLD.charCodeAt(offset));
for (const code of [0x20, 0x09, 0x0a, 0x0d, 0x0c, 0xa0, 0x2007, 0x202f, 0x3000]) KIND[code] = Kind.Space;
for (let code = 0x2000; code <= 0x200a; code++) KIND[code] = Kind.Space;
for (const code of [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) setFold(code, 0);
for (const code of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013]) (FOLD[code] = code), (KIND[code] = Kind.Hyphen);
for (const code of [0x2018, 0x2019, 0x02bc, 0x0060, 0x00b4]) setFold(code, APOSTROPHE);

/**
 * Works out how a unit beyond the tables folds, once: without its marks and its case; a mark alone
 * to nothing. A lone surrogate half normalizes to itself, so it stays as it is.
 */
function learn(code: number): number {
  const base = String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  setFold(code, base.length === 1 ? base.charCodeAt(0) : base.length === 0 ? 0 : code);
  return KIND[code]!;
}

/** Whether the unit after a hyphen starts a word, so the hyphen joins two. */
function startsWord(code: number): boolean {
  const kind = KIND[code] === Kind.Unknown ? learn(code) : KIND[code];
  return kind === Kind.Word;
}

export interface FoldedText {
  codes: Uint16Array;
  /** origin[i]: index in the original of folded unit i; origin[length]: the original's length. */
  origin: Int32Array;
  length: number;
  /** Where each word begins in `codes`, in order: the matcher visits these and nothing else. */
  wordStarts: Int32Array;
  /** Where each word ends (exclusive), so the fuzzy step knows a word's length without reading it. */
  wordEnds: Int32Array;
  wordCount: number;
  /** The words before each block break (BLOCK_BREAK), in order: blocks are the runs of words between them. */
  breakWords: Int32Array;
  breakCount: number;
}

/** A blank line (two line breaks or more) between two stretches of text folds to this: no name spans it. */
export const BLOCK_BREAK = 0x0a;

/** Text longer than this is folded in buffers of its own, which are not kept for the next call. */
const SCRATCH_LIMIT = 2 * TEXT_CHUNK_SIZE;

const encoder = new TextEncoder();
/**
 * The text as UTF-8, a page chunk at a time. Reading bytes costs the same whatever the string's
 * representation; charCodeAt in the loop ran at half speed once V8 had seen short strings folded.
 */
const bytes = new Uint8Array(3 * TEXT_CHUNK_SIZE + 8);

/** Buffers reused from call to call: allocating and zeroing three arrays per chunk shows in profiles. */
let scratch = { codes: new Uint16Array(0), origin: new Int32Array(1), wordStarts: new Int32Array(1), wordEnds: new Int32Array(1), breakWords: new Int32Array(1) };

/** How far past a hyphen a line break is looked for ("fen-\n  tanyl"). */
const HYPHENATION_REACH = 16;

/**
 * After a hyphen that ends a word: the index of the letter that continues it on the next line, when
 * the hyphen is followed by spaces holding exactly one line break; -1 otherwise.
 */
function nextLineLetter(text: string, from: number): number {
  let lineBreaks = 0;
  const limit = Math.min(text.length, from + HYPHENATION_REACH);
  for (let index = from; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (KIND[code] !== Kind.Space) return lineBreaks === 1 && startsWord(code) ? index : -1;
    if (code === 0x0a) lineBreaks++;
  }
  return -1;
}

const isLowercase = (code: number): boolean => {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const character = String.fromCharCode(code);
  return character !== character.toUpperCase();
};

/**
 * Folds `text`. The result's arrays are reused by the next call, so read it before folding again
 * (the matcher folds one chunk at a time and is done with it before the next).
 */
export function foldText(text: string): FoldedText {
  let buffers = scratch;
  // Read once: strings come in several representations, and a length read in the loop can turn megamorphic.
  const textLength = text.length;
  if (buffers.codes.length < textLength + 2) {
    const size = Math.max(textLength, 1024);
    const words = (size >> 1) + 1;
    buffers = { codes: new Uint16Array(size + 2), origin: new Int32Array(size + 1), wordStarts: new Int32Array(words), wordEnds: new Int32Array(words), breakWords: new Int32Array((size >> 1) + 1) };
    if (size <= SCRATCH_LIMIT) scratch = buffers;
  }
  const { codes, origin, wordStarts, wordEnds, breakWords } = buffers;
  let wordCount = 0;
  let breakCount = 0;
  let length = 0;
  /** Where a run of spaces began, or -1; spaces before the first character are dropped. */
  let pendingSpace = -1;
  /** Line breaks in that run: two or more make a block break. */
  let pendingBreaks = 0;
  /** Inside the line break of a hyphenated word: its spaces are dropped and the word goes on. */
  let joiningLine = false;
  let previousKind: Kind = Kind.Space;
  let index = 0;
  while (index < textLength) {
    // A lone surrogate arrives as U+FFFD: still one unit, and no part of a word either way.
    const written = encoder.encodeInto(index === 0 ? text : text.slice(index), bytes).written;
    if (written === 0) break;
    let at = 0;
    while (at < written) {
      const lead = bytes[at]!;
      /** The unit's code point, or -1 for a character beyond the BMP (two units, neither part of a word). */
      let raw: number;
      if (lead < 0x80) {
        raw = lead;
        at++;
      } else if (lead < 0xe0) {
        raw = ((lead & 0x1f) << 6) | (bytes[at + 1]! & 0x3f);
        at += 2;
      } else if (lead < 0xf0) {
        raw = ((lead & 0x0f) << 12) | ((bytes[at + 1]! & 0x3f) << 6) | (bytes[at + 2]! & 0x3f);
        at += 3;
      } else {
        raw = -1;
        at += 4;
      }
      const unit = index;
      index += raw < 0 ? 2 : 1;
      let kind: Kind = raw < 0 ? Kind.Other : KIND[raw]!;
      if (kind === Kind.Unknown) kind = learn(raw);
      if (kind === Kind.Space) {
        if (joiningLine || length === 0) continue;
        if (pendingSpace < 0) pendingSpace = unit;
        if (raw === 0x0a) pendingBreaks++;
        continue;
      }
      joiningLine = false;
      if (kind > Kind.Space) {
        if (kind === Kind.Invisible) continue;
        if (previousKind === Kind.Word && index < textLength) {
          const next = text.charCodeAt(index);
          // A hyphen between two letters joins a name ("López-Obrador"); it reads as a space.
          if (startsWord(next)) {
            if (pendingSpace < 0) pendingSpace = unit;
            continue;
          }
          // A hyphen at a line end: a word broken in two ("fen-\ntanyl") goes on as one word, a
          // name joined by a hyphen ("Sherwood-\nRandall") goes on after one space.
          const letter = KIND[next] === Kind.Space ? nextLineLetter(text, index) : -1;
          if (letter >= 0) {
            if (isLowercase(text.charCodeAt(letter))) joiningLine = true;
            else if (pendingSpace < 0) pendingSpace = unit;
            continue;
          }
        }
        kind = Kind.Other;
      }
      if (pendingSpace >= 0) {
        if (previousKind === Kind.Word) wordEnds[wordCount - 1] = length;
        const blockBreak = pendingBreaks >= 2;
        codes[length] = blockBreak ? BLOCK_BREAK : SPACE;
        if (blockBreak) breakWords[breakCount++] = wordCount;
        origin[length] = pendingSpace;
        length++;
        pendingSpace = -1;
        pendingBreaks = 0;
        previousKind = Kind.Space;
      }
      if (kind === Kind.Word) {
        if (previousKind !== Kind.Word) wordStarts[wordCount++] = length;
      } else if (previousKind === Kind.Word) wordEnds[wordCount - 1] = length;
      previousKind = kind;
      if (raw < 0) {
        codes[length] = text.charCodeAt(unit);
        origin[length] = unit;
        length++;
        codes[length] = text.charCodeAt(unit + 1);
        origin[length] = unit + 1;
      } else {
        codes[length] = FOLD[raw]!;
        origin[length] = unit;
      }
      length++;
    }
  }
  if (previousKind === Kind.Word) wordEnds[wordCount - 1] = length;
  origin[length] = textLength;
  // Reused buffers hold the last text's codes: two zeros after the end keep look-aheads from reading them.
  codes[length] = 0;
  codes[length + 1] = 0;
  return { codes, origin, length, wordStarts, wordEnds, wordCount, breakWords, breakCount };
}

/** The folded text from `start` to `end`, as a string. */
export function readFolded(folded: FoldedText, start: number, end: number): string {
  let out = '';
  for (let index = start; index < end; index++) out += String.fromCharCode(folded.codes[index]!);
  return out;
}

/** Whether the folded text at `start` spells `word`. */
export function spells(folded: FoldedText, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) if (folded.codes[start + index] !== word.charCodeAt(index)) return false;
  return true;
}

/** Whether the original character behind folded unit `start` is a capital. */
export function firstLetterIsUpper(text: string, folded: FoldedText, start: number): boolean {
  const code = text.charCodeAt(folded.origin[start]!);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const character = text[folded.origin[start]!] ?? '';
  return character !== character.toLowerCase();
}

/** The folded form of a short string (an alias or a cue word), as a plain string. */
export function foldString(text: string): string {
  // No trim: folding drops spaces at either end.
  const folded = foldText(text);
  return readFolded(folded, 0, folded.length);
}

// Every branch of the loop taken once as the module loads. A branch first met inside optimized code
// deoptimizes it, and V8 may then run only the slower on-stack-replacement code for every later chunk.
foldText('Ab 9-\u03a9 x-y - \u00ad\u2019s \u00e9\u00c9 \u03c9\u0301 \u200b\ud83d\ude00. fen-\nt Sher-\nR a\n\nb');
