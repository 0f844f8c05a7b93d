// Folds text for matching: case and diacritics ignored, invisible characters dropped, every run of
// spaces, line breaks and hyphens between letters read as one space, typographic apostrophes as '.
// Each folded character remembers where it came from, so matches map back to the original exactly.

const SPACE = 0x20;
const APOSTROPHE = 0x27;

/** Characters that vanish: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const APOSTROPHES = new Set([0x2018, 0x2019, 0x02bc, 0x0060, 0x00b4]);
const HYPHENS = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013]);

const foldCache = new Map<number, number>();

/** One UTF-16 unit folded to one unit (0 when it folds away entirely). */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  let folded = code;
  if (code >= 0xd800 && code <= 0xdfff) folded = code; // surrogate halves: kept as they are
  else {
    const base = String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded = base.length === 1 ? base.charCodeAt(0) : base.length === 0 ? 0 : code;
  }
  if (foldCache.size < 4096) foldCache.set(code, folded);
  return folded;
}

export const isWordCode = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000 && !INVISIBLE.has(code)) || (code >= 0x41 && code <= 0x5a);

const isSpaceCode = (code: number): boolean => code === SPACE || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0xa0 || code === 0x2007 || code === 0x202f || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;

export interface FoldedText {
  codes: Uint16Array;
  /** origin[i]: index in the original of folded unit i; origin[length]: the original's length. */
  origin: Int32Array;
  length: number;
}

export function foldText(text: string): FoldedText {
  const codes = new Uint16Array(text.length);
  const origin = new Int32Array(text.length + 1);
  let length = 0;
  let pendingSpace = -1;
  for (let index = 0; index < text.length; index++) {
    const raw = text.charCodeAt(index);
    // Plain ASCII letters and digits are most of any page: the fast path skips the table lookups.
    if ((raw >= 0x61 && raw <= 0x7a) || (raw >= 0x30 && raw <= 0x39) || (raw >= 0x41 && raw <= 0x5a)) {
      if (pendingSpace >= 0) {
        codes[length] = SPACE;
        origin[length] = pendingSpace;
        length++;
        pendingSpace = -1;
      }
      codes[length] = raw <= 0x5a && raw >= 0x41 ? raw + 32 : raw;
      origin[length] = index;
      length++;
      continue;
    }
    if (INVISIBLE.has(raw)) continue;
    if (isSpaceCode(raw)) {
      if (pendingSpace < 0 && length > 0) pendingSpace = index;
      continue;
    }
    // A hyphen between two letters joins a name ("López-Obrador"); it reads as a space.
    if (HYPHENS.has(raw) && length > 0 && isWordCode(codes[length - 1]!) && index + 1 < text.length && isWordCode(foldUnit(text.charCodeAt(index + 1)))) {
      if (pendingSpace < 0) pendingSpace = index;
      continue;
    }
    if (pendingSpace >= 0) {
      codes[length] = SPACE;
      origin[length] = pendingSpace;
      length++;
      pendingSpace = -1;
    }
    const folded = APOSTROPHES.has(raw) ? APOSTROPHE : foldUnit(raw);
    if (folded === 0) continue;
    codes[length] = folded;
    origin[length] = index;
    length++;
  }
  origin[length] = text.length;
  return { codes, origin, length };
}

/** The folded form of a short string (an alias or a cue word), as a plain string. */
export function foldString(text: string): string {
  const { codes, length } = foldText(text.trim());
  let out = '';
  for (let index = 0; index < length; index++) out += String.fromCharCode(codes[index]!);
  return out;
}
