// CSV as the reading log writes and reads it, cell by cell: formulas defused and restored, RFC 4180
// quoting, every kind of line end, and one claim described in a cell.
import { describe, expect, it } from 'vitest';
import type { ClaimView } from '../../src/core/card-view';
import { csvCell, describeClaimForCsv, parseCsv, toCsv } from '../../src/core/csv-export';

describe('one cell', () => {
  it.each([
    ['plain', 'plain'],
    [42, '42'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ["'=x", "''=x"],
    ["''+x", "'''+x"],
    ["it's", "it's"],
    ['a=b', 'a=b'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['line\rbreak', '"line\rbreak"'],
    ['', ''],
  ])('%j is written %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes rows with CRLF and a line end after the last', () => {
    expect(toCsv(['a', 'b'], [['1', 2], ['=x', 'y,z']])).toBe(`a,b\r\n1,2\r\n'=x,"y,z"\r\n`);
    expect(toCsv(['only'], [])).toBe('only\r\n');
  });
});

describe('reading CSV', () => {
  it.each([
    ['one row', 'a,b,c', [['a', 'b', 'c']]],
    ['CRLF, LF and CR line ends', 'a\r\nb\nc\rd', [['a'], ['b'], ['c'], ['d']]],
    ['a line end after the last row', 'a,b\r\n', [['a', 'b']]],
    ['empty cells', ',a,,', [['', 'a', '', '']]],
    ['a quoted comma, quote and line break', '"a,b","say ""hi""","x\r\ny"', [['a,b', 'say "hi"', 'x\r\ny']]],
    ['a quote inside a cell is a quote', 'a"b,c', [['a"b', 'c']]],
    ['an empty quoted cell', '"",x', [['', 'x']]],
    ['a blank line between rows', 'a\n\nb', [['a'], [''], ['b']]],
    ['nothing', '', []],
  ])('%s', (_label, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('reads back what it writes', () => {
    const rows = [['=1+1', 'a,"b"', 'x\ny'], ["'@z", '', '-3']];
    const [, ...read] = parseCsv(toCsv(['h1', 'h2', 'h3'], rows));
    expect(read).toEqual(rows.map((row) => row.map(csvCell).map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell))));
  });
});

describe('a claim in a cell', () => {
  const view: ClaimView = {
    id: 'c1',
    kind: 'quote',
    text: 'We Americans must own this problem.',
    lang: 'en',
    speaker: 'Rex Tillerson',
    speakerRole: 'Secretary of State',
    speakerUnnamed: false,
    voice: 'us-government',
    date: { value: '2017-05-18', inferred: null },
    era: 'Trump administration',
    outlet: { named: true, outlet: 'Reuters' },
    sourceDate: '2017-05-18',
    sourceId: 'doc-000',
    stance: null,
    verified: true,
  };
  it.each([
    ['everything stated', {}, '[quote] Rex Tillerson, Secretary of State [us-government] — doc-000 (Reuters; 2017-05-18, Trump administration; checked word for word against the bundled document doc-000): We Americans must own this problem.'],
    ['the outlet itself, unnamed, undated, no era', { speaker: null, speakerRole: null, voice: 'outlet', outlet: { named: false, id: 'doc-000' }, date: null, era: null }, '[quote] the outlet itself [outlet] — doc-000 (outlet not stated; date not stated; checked word for word against the bundled document doc-000): We Americans must own this problem.'],
    ['a speaker without a role, an inferred date', { speakerRole: null, date: { value: '2017', inferred: 'the conference year' } }, '[quote] Rex Tillerson [us-government] — doc-000 (Reuters; 2017 (inferred), Trump administration; checked word for word against the bundled document doc-000; date inferred: the conference year): We Americans must own this problem.'],
  ] as [string, Partial<ClaimView>, string][])('%s', (_label, change, cell) => {
    expect(describeClaimForCsv({ ...view, ...change })).toBe(cell);
  });
});
