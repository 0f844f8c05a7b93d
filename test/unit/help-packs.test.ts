// The two packs the help page offers for download must import as they are.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltInPack } from '../../scripts/lib/lexicon';
import { importPack } from '../../src/core/fact-packs';
import { loadCorpus } from '../../src/node/factbase-files';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const builtIn = loadBuiltInPack();
const corpus = loadCorpus(DATA, builtIn);

describe('the help page’s downloads', () => {
  it.each(['template-pack.json', 'example-pack.json'])('%s imports with no problems', (file) => {
    const result = importPack(readFileSync(join(DATA, 'packs', file), 'utf8'), file, builtIn, [], corpus);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('the template and the example can be switched on together (their ids do not clash)', () => {
    const template = importPack(readFileSync(join(DATA, 'packs', 'template-pack.json'), 'utf8'), 'template-pack.json', builtIn, [], corpus);
    if (!template.ok) throw new Error(template.errors.join('\n'));
    const example = importPack(readFileSync(join(DATA, 'packs', 'example-pack.json'), 'utf8'), 'example-pack.json', builtIn, [template.stored], corpus);
    expect(example.ok ? [] : example.errors).toEqual([]);
  });
});
