// Whose voices a set of claims carries: the speaker's side, or the outlet itself when it speaks in its
// own words. Cards, worksheets, the build's rules and its summary all count voices this way.
import type { Claim, Entity, Voice } from './types';

/** The order sides are listed in, wherever they are listed. */
export const VOICE_ORDER: readonly Voice[] = [
  'us-government',
  'us-congress',
  'us-state-government',
  'us-former-official',
  'mexican-government',
  'other-government',
  'expert',
  'independent',
  'not-stated',
  'outlet',
];

/** A claim's voice. A speaker with no side is "not-stated": a default would be a guess. */
export function voiceOf(claim: Claim, speaker: Entity | undefined): Voice {
  if (claim.speaker === null) return 'outlet';
  return speaker?.side ?? 'not-stated';
}

/** Who speaks: the speaker's id, or the outlet of the claim's source. */
export const speakerKey = (claim: Claim): string => claim.speaker ?? `outlet:${claim.source}`;

/** Claims from fewer than two speakers and fewer than two sources rest on one voice. */
export function restsOnOneVoice(claims: readonly Claim[]): boolean {
  return new Set(claims.map(speakerKey)).size < 2 && new Set(claims.map((claim) => claim.source)).size < 2;
}

/**
 * The sides heard, in order. A set of claims is one-sided when fewer than two sides other than the
 * outlets' own words are heard: an outlet's narration is not a second side.
 */
export function sidesHeard(voices: Iterable<Voice>): { sides: Voice[]; oneSided: boolean } {
  const heard = new Set(voices);
  const sides = VOICE_ORDER.filter((voice) => heard.has(voice));
  return { sides, oneSided: sides.filter((side) => side !== 'outlet').length < 2 };
}
