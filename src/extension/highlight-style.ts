// Runs at document_start, before the page has elements: adopts the sheet of ::highlight() rules
// for this page's random names, which the content script takes over at document_idle
// (src/page/highlight-sheet.ts says why: adopted later, it restyles the whole page).
import { DEFAULT_HIGHLIGHT_STYLE } from '../core/settings';
import { LOG_PREFIX } from '../core/report';
import { adoptEarlySheet } from '../page/highlight-sheet';

if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
  try {
    adoptEarlySheet(document, DEFAULT_HIGHLIGHT_STYLE);
  } catch (error) {
    // The content script then makes the sheet itself, as it does where this script did not run.
    console.warn(LOG_PREFIX, 'Could not prepare the highlight styles early; they are made when the page is read.', error);
  }
}
