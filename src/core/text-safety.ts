// Characters a pack's text may not carry: bidi controls, which make text display in an order other
// than the one it is stored in (a name that reads "SAID MEXICO" can be stored as its mirror), and
// invisible format and control characters, which make an alias or a quote differ from what it shows.
// Refused rather than removed, so a pack is never shown as saying something its author did not write.

const NAMES: Record<number, string> = {
  0x061c: 'an Arabic letter mark',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop directional formatting',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2060: 'a word joiner',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first strong isolate',
  0x2069: 'a pop directional isolate',
  0xfeff: 'a zero-width no-break space (BOM)',
  0x00ad: 'a soft hyphen',
};

// Tab, line feed and carriage return are ordinary text; every other C0 and C1 control is not.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** Why a text may not be stored as it is, or null when it may. */
export function unsafeCharacterProblem(text: string): string | null {
  const found = UNSAFE.exec(text);
  if (!found) return null;
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a match of UNSAFE is at least one character
  const code = found[0].codePointAt(0)!;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `contains U+${hex} (${NAMES[code] ?? 'an invisible control character'}) at character ${found.index + 1}, which can make the text display differently from what it says; remove it`;
}
