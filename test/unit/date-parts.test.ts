// Which parts of a claim's date the words that give it leave unstated: the year as a whole word, the
// month by name or abbreviation, the day as a number; anything else must be marked as inferred. The
// rule that reads them from a document is in date-name-quote-rules.test.ts.
import { describe, expect, it } from 'vitest';
import { unstatedDateParts } from '../../src/core/factbase/rules/dates';
import { inEnglish } from '../../src/core/phrase';

const missing = (date: string, words: string) => unstatedDateParts(date, words).map(inEnglish);

describe('the parts of a date the words do not state', () => {
  const CASES: [string, string, string, string[]][] = [
    ['a year stated', '2017', 'In 2017, he said', []],
    ['a year not stated', '2017', 'Last year, he said', ['the year 2017']],
    ['a year only at the end of a longer number', '2017', 'case 12017', ['the year 2017']],
    ['a year only at the start of a longer number', '2017', 'case 20171', ['the year 2017']],
    ['a year only inside a longer number', '2017', 'case 120175', ['the year 2017']],
    ['a month by name, any case', '2017-05', 'In MAY 2017', []],
    ['a month by its full name, which its abbreviation alone would not match', '2017-01', 'January 2017', []],
    ['a month abbreviated, with its dot', '2017-09', 'on Sep. 4, 2017', []],
    ['a month abbreviated without a dot', '2017-12', 'Dec 2017', []],
    ['a month abbreviated at the start of a longer word', '2017-12', 'a decade since 2017', ['the month December']],
    ['a month only at the end of a word', '2017-05', 'to their dismay in 2017', ['the month May']],
    ['a month only inside a word', '2017-03', 'marching in 2017', ['the month March']],
    ['a month not stated', '2017-01', 'In 2017', ['the month January']],
    ['a month the calendar has not, by its number', '2017-13', 'In 2017', ['the month 13']],
    ['a day stated without its leading zero', '2017-05-04', 'May 4, 2017', []],
    ['a day not stated', '2017-05-04', 'May 2017', ['the day 4']],
    ['a day only at the end of a longer number', '2017-05-04', 'May 14, 2017', ['the day 4']],
    ['a day only at the start of a longer number', '2017-05-04', 'May 41, 2017', ['the day 4']],
    ['only the day stated', '2017-05-18', 'on the 18 of that month', ['the year 2017', 'the month May']],
    ['nothing stated', '2017-12-31', 'recently', ['the year 2017', 'the month December', 'the day 31']],
    ['a year alone asks no month or day', '2017', 'recently', ['the year 2017']],
    ['an empty date asks nothing', '', '', []],
  ];
  it.each(CASES)('%s', (_label, date, words, parts) => {
    expect(missing(date, words)).toEqual(parts);
  });

  it('gives every case above, together', () => {
    for (const [label, date, words, parts] of CASES) expect(missing(date, words), label).toEqual(parts);
  });

  it('knows every month by name, by abbreviation with and without a dot, and names it when it is missing', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    months.forEach((name, index) => {
      const date = `2017-${String(index + 1).padStart(2, '0')}`;
      const abbreviation = name.slice(0, 3);
      expect([name, abbreviation, `${abbreviation}.`, 'nothing'].map((words) => missing(date, `${words} 2017`)), name).toEqual([[], [], [], [`the month ${name}`]]);
    });
  });

});
