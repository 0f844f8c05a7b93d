// Teacher packs are untrusted files. Each hostile or broken one is rejected with a clear message,
// or, where it only carries markup in text, accepted as inert text. Nothing is stored on failure
// (importPack is pure; the options page stores only an accepted pack).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInPack } from '../../scripts/lib/lexicon';
import { importPack, mergeEnabledPacks } from '../../src/core/fact-packs';

const builtIn = loadBuiltInPack();
const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'packs', 'hostile');
const example = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'packs', 'example-pack.json'), 'utf8');

/** What each file must produce: a phrase of the message, or "inert" for markup kept as plain text. */
const EXPECTED: Record<string, string> = {
  '01-invalid-json.json': 'not valid JSON',
  '02-wrong-schema-version.json': 'schemaVersion 2 is not supported',
  '03-no-schema-version.json': 'schemaVersion null is not supported',
  '04-array-not-object.json': 'a pack is one JSON object',
  '05-circular-ref.json': '"$ref" is not allowed',
  '06-proto-pollution.json': '"__proto__" is not allowed',
  '07-javascript-url.json': 'only http and https links are allowed',
  '08-data-url.json': 'only http and https links are allowed',
  '09-script-in-name.json': 'inert',
  '10-html-in-description.json': 'inert',
  '11-deep-nesting.json': 'nested more than 16 levels deep',
  '12-clashes-with-built-in.json': 'entities id "fentanyl" is already used by the built-in fact base',
  '13-unknown-reference.json': 'expected the id of an existing entity, found "no-such-entity"',
  '14-duplicate-ids.json': 'expected an id not used by another item in claims',
  '15-wrong-type.json': '/entities/0/type: expected one of',
  '16-overlong-text.json': '/entities/0/description/en',
  '17-unknown-field.json': 'expected no field named "onclick"',
  '18-bad-id.json': '/entities/0/id: expected text matching',
  '19-too-many-aliases.json': '/entities/0/aliases',
  '20-topic-with-one-position.json': '/topics/0/positions',
};

describe('teacher packs', () => {
  it('accepts the example pack, and merges it with the built-in fact base', () => {
    const result = importPack(example, 'example-pack.json', builtIn, []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = mergeEnabledPacks(builtIn, [result.stored]);
    expect(merged.entities.find((entity) => entity.id === 'xylazine')?.name.es).toBe('Xilacina');
    expect(mergeEnabledPacks(builtIn, [{ ...result.stored, enabled: false }]).entities.some((entity) => entity.id === 'xylazine')).toBe(false);
    // Installing the same pack twice is a clash, not a silent overwrite.
    const again = importPack(example, 'example-pack.json', builtIn, [result.stored]);
    expect(again.ok).toBe(false);
  });

  const files = readdirSync(HOSTILE).sort();
  it('has at least 15 hostile or broken packs, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.filter((file) => !EXPECTED[file])).toEqual([]);
  });

  it.each(files)('%s is rejected with a clear message, or neutralized', (file) => {
    const result = importPack(readFileSync(join(HOSTILE, file), 'utf8'), file, builtIn, []);
    if (EXPECTED[file] === 'inert') {
      expect(result.ok).toBe(true);
      if (result.ok) expect(JSON.stringify(result.stored.pack)).toContain('<');
      return;
    }
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).toContain(EXPECTED[file]);
      expect(result.errors.every((error) => error.startsWith(file))).toBe(true);
    }
  });

  it('refuses a 50 MB file before parsing it', () => {
    const huge = `{"schemaVersion":1,"id":"huge","title":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const result = importPack(huge, 'huge.json', builtIn, []);
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('more than the 2,000,000 a pack may have')] });
  });

  it('does not let a parsed __proto__ key reach any object prototype', () => {
    importPack(readFileSync(join(HOSTILE, '06-proto-pollution.json'), 'utf8'), 'x.json', builtIn, []);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
