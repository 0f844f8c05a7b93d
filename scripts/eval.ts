// `npm run eval [-- --pages DIR]`: precision, recall and F1 on the labelled passages, overall, per
// entity type, per language and exact against fuzzy, with every error listed; then every page's
// mentions, so false positives on off-topic pages can be read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scanText } from '../src/cli/scan';
import { compileMatcher } from '../src/core/mentions';
import { evaluate, type LabelledPassage, type Score } from '../src/core/mentions/evaluate';
import { PROJECT_ROOT } from './demo/routes';
import { loadLexicon } from './lib/lexicon';
import { listRealPages, resolvePagesDir } from './pages/page-set';

const { values } = parseArgs({ options: { pages: { type: 'string' }, 'no-pages': { type: 'boolean', default: false } } });
const lexicon = loadLexicon();
const passages: LabelledPassage[] = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'mentions', 'passages.json'), 'utf8'));
const result = evaluate(passages, compileMatcher(lexicon));
const line = (label: string, score: Score) =>
  `  ${label.padEnd(16)} precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}   (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`;

console.log(`eval: ${passages.length} passages (${passages.filter((p) => p.lang === 'es').length} Spanish, ${passages.filter((p) => p.kind !== 'positive').length} negatives or traps)\n`);
console.log(line('overall', result.overall));
console.log('\nBy entity type:');
for (const [type, score] of Object.entries(result.byType)) console.log(line(type, score));
console.log('\nBy language:');
for (const [lang, score] of Object.entries(result.byLang)) console.log(line(lang, score));
console.log('\nExact against fuzzy:');
console.log(line('exact', result.byMatch.exact));
console.log(line('fuzzy', result.byMatch.fuzzy));
console.log(`\nErrors (${result.errors.length}):`);
for (const error of result.errors) console.log(`  ${error.passage} ${error.kind}: ${error.entity} "${error.text}"${error.reason ? ` — ${error.reason}` : ''}`);

if (!values['no-pages']) {
  const dir = resolvePagesDir(values.pages);
  console.log(`\nMentions on every page in ${dir}:`);
  for (const page of listRealPages(dir)) {
    const scanned = scanText(page.file, readFileSync(join(dir, page.file), 'utf8'), lexicon);
    const counts = new Map<string, number>();
    for (const mention of scanned.mentions) counts.set(`${mention.entityId}${mention.fuzzy ? '~' : ''}`, (counts.get(`${mention.entityId}${mention.fuzzy ? '~' : ''}`) ?? 0) + 1);
    const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([id, count]) => `${id}×${count}`).join(', ');
    console.log(`  ${page.file.padEnd(58)} ${String(scanned.mentions.length).padStart(4)}  ${summary || '—'}${page.note ? `   [${page.note}]` : ''}`);
  }
}
