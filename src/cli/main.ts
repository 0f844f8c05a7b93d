// The `counterpoint` command line: `scan` finds mentions in articles; `worksheet` writes a
// printable classroom worksheet. Node only; the extension never loads this.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compileFactBase, lexiconFrom } from '../node/factbase-files';
import type { Lang } from '../core/types';
import { asJson, asSummary, scanText } from './scan';
import { worksheetHtml } from './worksheet';

const USAGE = `Usage:
  counterpoint scan FILE… [--summary]     mentions in .html, .txt or .md files (- reads stdin)
  counterpoint worksheet FILE [-o OUT]    a printable worksheet for one article (HTML, stdout by default)
Options:
  --summary        a readable table (entity, count, first context) instead of JSON lines
  --lang en|es     the worksheet's language (default en)
  -o, --output     where to write the worksheet
  -h, --help       this help`;

export class UsageError extends Error {}

function readInput(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}

export function run(argv: string[], dataDir: string, out: (text: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        summary: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.lang !== 'en' && values.lang !== 'es') throw new UsageError(`--lang must be en or es, not "${values.lang}"`);
  const { pack } = compileFactBase({ dataDir });
  const lexicon = lexiconFrom(pack);
  if (command === 'scan') {
    if (!files.length) throw new UsageError(`scan needs at least one FILE (or - for stdin)\n\n${USAGE}`);
    const names = new Map(pack.entities.map((entity) => [entity.id, entity.name.en]));
    let failed = 0;
    for (const file of files) {
      try {
        const scanned = scanText(file, readInput(file), lexicon);
        out(values.summary ? asSummary(scanned, names) : asJson(scanned));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        process.stderr.write(`counterpoint: ${error.message}\n`);
        failed++;
      }
    }
    return failed ? 1 : 0;
  }
  if (command === 'worksheet') {
    const file = files[0];
    if (files.length !== 1 || file === undefined) throw new UsageError(`worksheet needs exactly one FILE\n\n${USAGE}`);
    const raw = readInput(file);
    const scanned = scanText(file, raw, lexicon);
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(raw)?.[1]?.trim() || /^title:\s*"?(.+?)"?\s*$/m.exec(raw)?.[1] || basename(file);
    const html = worksheetHtml(scanned, pack, values.lang as Lang, title);
    if (values.output) {
      writeFileSync(values.output, html);
      process.stderr.write(`counterpoint: wrote ${values.output} (${scanned.mentions.length} mentions)\n`);
    } else out(html);
    return 0;
  }
  throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
}
