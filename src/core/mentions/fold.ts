// Folds text for matching: case and diacritics ignored, invisible characters dropped, every run of
// spaces, line breaks and hyphens between letters read as one space, typographic apostrophes as '.
// Each folded character remembers where it came from, so matches map back to the original exactly.

const SPACE = 0x20;
const APOSTROPHE = 0x27;

/** What one UTF-16 unit is to the folder; one table lookup per character keeps the loop tight. */
const enum Kind {
  Other = 0,
  /** A–Z, a–z, 0–9: folded by arithmetic. */
  AsciiWord = 1,
  Space = 2,
  /** Soft hyphen, zero-width space and joiners, word joiner, BOM: dropped. */
  Invisible = 3,
  Hyphen = 4,
  Apostrophe = 5,
  /** Beyond ASCII: folded through foldUnit. */
  Wide = 6,
}

const KIND = new Uint8Array(0x10000);
for (let code = 0x80; code < 0x10000; code++) KIND[code] = Kind.Wide;
for (let code = 0x30; code <= 0x39; code++) KIND[code] = Kind.AsciiWord;
for (let code = 0x41; code <= 0x5a; code++) KIND[code] = Kind.AsciiWord;
for (let code = 0x61; code <= 0x7a; code++) KIND[code] = Kind.AsciiWord;
for (const code of [0x20, 0x09, 0x0a, 0x0d, 0x0c, 0xa0, 0x2007, 0x202f, 0x3000]) KIND[code] = Kind.Space;
for (let code = 0x2000; code <= 0x200a; code++) KIND[code] = Kind.Space;
for (const code of [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) KIND[code] = Kind.Invisible;
for (const code of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013]) KIND[code] = Kind.Hyphen;
for (const code of [0x2018, 0x2019, 0x02bc, 0x0060, 0x00b4]) KIND[code] = Kind.Apostrophe;

/** 1 where a folded unit is part of a word: ASCII letters and digits, and letters beyond Latin-1 punctuation. */
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

/** Folded forms of units beyond ASCII, computed on first sight (0xffff: not yet). */
const WIDE_FOLD = new Uint16Array(0x10000).fill(0xffff);

/** One UTF-16 unit folded to one unit (0 when it folds away entirely). */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const latin = code - LATIN_FOLD_FIRST;
  if (latin >= 0 && latin < LATIN_FOLD.length) return LATIN_FOLD.charCodeAt(latin);
  const known = WIDE_FOLD[code]!;
  if (known !== 0xffff) return known;
  let folded = code;
  // Surrogate halves are kept as they are; anything else loses its marks and its case.
  if (code < 0xd800 || code > 0xdfff) {
    const base = String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded = base.length === 1 ? base.charCodeAt(0) : base.length === 0 ? 0 : code;
  }
  WIDE_FOLD[code] = folded;
  return folded;
}

export interface FoldedText {
  codes: Uint16Array;
  /** origin[i]: index in the original of folded unit i; origin[length]: the original's length. */
  origin: Int32Array;
  length: number;
  /** Where each word begins in `codes`, in order: the matcher visits these and nothing else. */
  wordStarts: Int32Array;
  wordCount: number;
}

const SCRATCH_LIMIT = 65_536;

/** Buffers reused from call to call: allocating and zeroing three arrays per chunk shows in profiles. */
let scratch = { codes: new Uint16Array(0), origin: new Int32Array(1), wordStarts: new Int32Array(1) };

/**
 * Folds `text`. The result's arrays are reused by the next call, so read it before folding again
 * (the matcher folds one chunk at a time and is done with it before the next).
 */
export function foldText(text: string): FoldedText {
  let buffers = scratch;
  if (buffers.codes.length < text.length + 2) {
    const size = Math.max(text.length, 1024);
    buffers = { codes: new Uint16Array(size + 2), origin: new Int32Array(size + 1), wordStarts: new Int32Array((size >> 1) + 1) };
    // Page chunks are 32 KB; one huge text is folded in buffers of its own, which are not kept.
    if (size <= SCRATCH_LIMIT) scratch = buffers;
  }
  const { codes, origin, wordStarts } = buffers;
  let wordCount = 0;
  let inWord = false;
  let length = 0;
  let pendingSpace = -1;
  for (let index = 0; index < text.length; index++) {
    const raw = text.charCodeAt(index);
    const kind = KIND[raw];
    if (kind === Kind.Space) {
      if (pendingSpace < 0 && length > 0) pendingSpace = index;
      continue;
    }
    if (kind === Kind.Invisible) continue;
    let folded: number;
    if (kind === Kind.AsciiWord) folded = raw <= 0x5a && raw >= 0x41 ? raw + 32 : raw;
    else if (kind === Kind.Apostrophe) folded = APOSTROPHE;
    else if (kind === Kind.Hyphen && length > 0 && WORD[codes[length - 1]!] === 1 && index + 1 < text.length && WORD[foldUnit(text.charCodeAt(index + 1))] === 1) {
      // A hyphen between two letters joins a name ("López-Obrador"); it reads as a space.
      if (pendingSpace < 0) pendingSpace = index;
      continue;
    } else {
      folded = foldUnit(raw);
      if (folded === 0) continue;
    }
    if (pendingSpace >= 0) {
      codes[length] = SPACE;
      origin[length] = pendingSpace;
      length++;
      pendingSpace = -1;
      inWord = false;
    }
    const isWord = WORD[folded] === 1;
    if (isWord && !inWord) wordStarts[wordCount++] = length;
    inWord = isWord;
    codes[length] = folded;
    origin[length] = index;
    length++;
  }
  origin[length] = text.length;
  // Reused buffers hold the last text's codes: two zeros after the end keep look-aheads from reading them.
  codes[length] = 0;
  codes[length + 1] = 0;
  return { codes, origin, length, wordStarts, wordCount };
}

/** The folded form of a short string (an alias or a cue word), as a plain string. */
export function foldString(text: string): string {
  const { codes, length } = foldText(text.trim());
  let out = '';
  for (let index = 0; index < length; index++) out += String.fromCharCode(codes[index]!);
  return out;
}
