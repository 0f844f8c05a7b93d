// Which parts of a claim's date the words that give it leave unstated: the year as a whole word, the
// month by name or abbreviation, the day as a number; anything else must be marked as inferred.
import { describe, expect, it } from 'vitest';
import { unstatedDateParts } from '../../src/core/factbase/rules/dates';
import { inEnglish } from '../../src/core/phrase';

const missing = (date: string, words: string) => unstatedDateParts(date, words).map(inEnglish);

describe('the parts of a date the words do not state', () => {
  it.each([
    ['a year stated', '2017', 'In 2017, he said', []],
    ['a year not stated', '2017', 'Last year, he said', ['the year 2017']],
    ['a year only inside a longer number', '2017', 'case 120175', ['the year 2017']],
    ['a month by name, any case', '2017-05', 'In MAY 2017', []],
    ['a month abbreviated, with its dot', '2017-09', 'on Sep. 4, 2017', []],
    ['a month abbreviated without a dot', '2017-12', 'Dec 2017', []],
    ['a month abbreviated inside a longer word', '2017-12', 'a decade since 2017', ['the month December']],
    ['a month only inside a word', '2017-03', 'marching in 2017', ['the month March']],
    ['a month not stated', '2017-01', 'In 2017', ['the month January']],
    ['a day stated without its leading zero', '2017-05-04', 'May 4, 2017', []],
    ['a day not stated', '2017-05-04', 'May 2017', ['the day 4']],
    ['a day only inside a longer number', '2017-05-04', 'May 14, 2017', ['the day 4']],
    ['only the day stated', '2017-05-18', 'on the 18 of that month', ['the year 2017', 'the month May']],
    ['nothing stated', '2017-12-31', 'recently', ['the year 2017', 'the month December', 'the day 31']],
  ])('%s', (_label, date, words, parts) => {
    expect(missing(date, words)).toEqual(parts);
  });
});
