// `npm run eval [-- --pages DIR …] [--no-pages] [--quiet]`: the engine's quality.
// 1. Both labelled sets (test/fixtures/mentions/): precision, recall and F1 per language, exact
//    against fuzzy, per entity type, with every error.
// 2. The judged listing of the real pages (../shared/pages and ../shared/pages-multilingual by
//    default): every highlight with its verdict from test/fixtures/mentions/page-judgments.json.
//    It exits non-zero when a highlight is judged wrong or has no judgment yet.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileMatcher } from '../src/core/mentions';
import { evaluate, type Evaluation, type LabelledPassage, type Score } from '../src/core/mentions/evaluate';
import { reasonText } from '../src/ui/card/reason-text';
import { translator } from '../src/ui/i18n';
import { PROJECT_ROOT } from './demo/routes';
import { loadLexicon } from './lib/lexicon';
import { highlightsOf, JUDGMENTS_FILE, judgmentKey, loadJudgments, type Judgment } from './lib/page-listing';

const { values } = parseArgs({ options: { pages: { type: 'string', multiple: true }, 'no-pages': { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } } });
const matcher = compileMatcher(loadLexicon());
const english = translator('en');
const fixture = (file: string): LabelledPassage[] => JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'mentions', file), 'utf8'));

const line = (label: string, score: Score) =>
  `  ${label.padEnd(18)} precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}   (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`;

function report(title: string, passages: LabelledPassage[], result: Evaluation): void {
  const languages = [...new Set(passages.map((passage) => passage.lang))].join(', ');
  const nothing = passages.filter((passage) => passage.expected.length === 0).length;
  console.log(`\n${title}: ${passages.length} passages (${languages}), ${nothing} where nothing may be found\n`);
  console.log(line('overall', result.overall));
  console.log('\nBy language, then exact against fuzzy:');
  for (const [lang, score] of Object.entries(result.byLang)) {
    console.log(line(lang, score));
    console.log(line(`  ${lang} exact`, result.byLangMatch[lang]!.exact));
    console.log(line(`  ${lang} fuzzy`, result.byLangMatch[lang]!.fuzzy));
  }
  console.log(line('all exact', result.byMatch.exact));
  console.log(line('all fuzzy', result.byMatch.fuzzy));
  console.log('\nBy entity type:');
  for (const [type, score] of Object.entries(result.byType)) console.log(line(type, score));
  console.log(`\nErrors (${result.errors.length}):`);
  for (const error of result.errors) {
    const passage = passages.find((candidate) => candidate.id === error.passage);
    const why = error.reason ? ` — ${reasonText(english, { alias: '', reason: error.reason })}` : '';
    console.log(`  ${error.passage} ${error.kind}: ${error.entity} "${error.text.replace(/\n/g, '\\n')}"${why}\n      ${passage?.text.replace(/\n/g, '\\n').slice(0, 160) ?? ''}`);
  }
}

for (const [title, file] of [['First set', 'passages.json'], ['Hard set', 'hard-passages.json']] as const) {
  const passages = fixture(file);
  report(title, passages, evaluate(passages, matcher));
}

if (!values['no-pages']) {
  const defaults = ['pages', 'pages-multilingual'].map((name) => resolve(PROJECT_ROOT, '..', 'shared', name));
  const dirs = (values.pages ?? defaults).map((dir) => resolve(dir)).filter((dir) => existsSync(dir));
  const judgments = new Map(loadJudgments().map((judgment) => [judgmentKey(judgment), judgment]));
  const seen = new Set<string>();
  let failures = 0;
  for (const dir of dirs) {
    const highlights = highlightsOf(dir, matcher);
    const tally = { right: 0, wrong: 0, unjudged: 0 };
    console.log(`\nJudged highlights in ${dir}:`);
    let page = '';
    for (const highlight of highlights) {
      const key = judgmentKey(highlight);
      seen.add(key);
      const judgment = judgments.get(key);
      const verdict = judgment ? judgment.verdict : 'unjudged';
      tally[verdict]++;
      if (verdict !== 'right') failures++;
      if (values.quiet && verdict === 'right') continue;
      if (highlight.page !== page) console.log(`  ${(page = highlight.page)}`);
      const mark = verdict === 'right' ? 'right' : verdict === 'wrong' ? 'WRONG' : 'NOT JUDGED';
      console.log(`    ${mark.padEnd(10)} ${highlight.entity}${highlight.fuzzy ? ' (fuzzy)' : ''}: ${highlight.context}${judgment ? ` — ${judgment.why}` : ` — ${highlight.reason}`}`);
    }
    console.log(`  ${highlights.length} highlights: ${tally.right} right, ${tally.wrong} wrong, ${tally.unjudged} not judged`);
  }
  const folders = new Set(dirs.map((dir) => dir.split('/').pop()));
  const gone = [...judgments.values()].filter((judgment: Judgment) => !seen.has(judgmentKey(judgment)) && folders.has(judgment.page.split('/')[0]));
  const goneWrong = gone.filter((judgment) => judgment.verdict === 'wrong');
  console.log(`\nJudged earlier and no longer highlighted: ${gone.length} (${goneWrong.length} of them judged wrong)`);
  for (const judgment of goneWrong) console.log(`  fixed: ${judgment.page} ${judgment.entity}: ${judgment.context} — ${judgment.why}`);
  if (failures) {
    console.error(`\neval: ${failures} highlights on the real pages are judged wrong or not judged yet (judgments: ${JUDGMENTS_FILE})`);
    process.exitCode = 1;
  }
}
