// Characters a pack's text may not carry: bidi controls, which make text display in an order other
// than the one it is stored in (a name that reads "SAID MEXICO" can be stored as its mirror), and
// invisible format and control characters, which make an alias or a quote differ from what it shows.
// Refused rather than removed, so a pack is never shown as saying something its author did not write.
import { phrase, type Phrase } from './phrase';

const NAMES: Record<number, Parameters<typeof phrase>[0]> = {
  0x061c: 'charArabicLetterMark',
  0x200b: 'charZeroWidthSpace',
  0x200c: 'charZeroWidthNonJoiner',
  0x200d: 'charZeroWidthJoiner',
  0x200e: 'charLeftToRightMark',
  0x200f: 'charRightToLeftMark',
  0x202a: 'charLeftToRightEmbedding',
  0x202b: 'charRightToLeftEmbedding',
  0x202c: 'charPopDirectionalFormatting',
  0x202d: 'charLeftToRightOverride',
  0x202e: 'charRightToLeftOverride',
  0x2060: 'charWordJoiner',
  0x2066: 'charLeftToRightIsolate',
  0x2067: 'charRightToLeftIsolate',
  0x2068: 'charFirstStrongIsolate',
  0x2069: 'charPopDirectionalIsolate',
  0xfeff: 'charZeroWidthNoBreakSpace',
  0x00ad: 'charSoftHyphen',
};

// Tab, line feed and carriage return are ordinary text; every other C0 and C1 control is not.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** Why a text may not be stored as it is, or null when it may. */
export function unsafeCharacterProblem(text: string): Phrase | null {
  const found = UNSAFE.exec(text);
  if (!found) return null;
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a match of UNSAFE is at least one character
  const code = found[0].codePointAt(0)!;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return phrase('unsafeCharacter', hex, phrase(NAMES[code] ?? 'charInvisibleControl'), found.index + 1);
}
