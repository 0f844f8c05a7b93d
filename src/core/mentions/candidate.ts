// What the exact and the fuzzy step propose, in folded offsets, before the context rules decide.
import type { AliasRecord } from './compile';

export interface Candidate {
  start: number;
  end: number;
  record: AliasRecord;
  fuzzy: boolean;
  /** 1 for an exact match; 1 - edits / length for a close spelling. */
  score: number;
  /** Letters added, dropped, changed or swapped between the page and the name: 0 for an exact match. */
  edits: number;
}
