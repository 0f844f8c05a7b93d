// The fact base is only as good as its sources: every file validates, every quote is found in its
// document, every reference resolves, and broken data is rejected with a message a person can act on.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileFactBase } from '../../src/node/factbase-files';
import { createFactBase, mergePacks } from '../../src/core/factbase';
import { createEntitySearch } from '../../src/core/factbase/search';
import { validatePack } from '../../src/core/factbase/validate';
import type { FactPack } from '../../src/core/types';

const ROOT = join(import.meta.dirname, '..', '..');
// Stryker runs the tests from a copy under .stryker-tmp/, so its config says where ../shared really is.
const SHARED = process.env.COUNTERPOINT_SHARED ?? join(ROOT, '..', 'shared');
const DATA = join(ROOT, 'data');
const { pack, report } = compileFactBase({ dataDir: DATA });

const REQUIRED_IDS = [
  'sinaloa-cartel', 'cjng', 'mexican-cartels', 'fentanyl', 'heroin', 'opioids', 'methamphetamine', 'precursor-chemicals',
  'merida-initiative', 'war-on-drugs', 'hugs-not-bullets', 'nafta', 'high-level-security-dialogue', 'terrorist-designation', 'drug-demand-reduction',
  'dea', 'state-department', 'dhs', 'inl', 'nida', 'global-commission-on-drug-policy', 'border-patrol', 'nsc', 'wilson-center',
  'rex-tillerson', 'john-kelly', 'antony-blinken', 'alejandro-mayorkas', 'merrick-garland', 'liz-sherwood-randall', 'brian-nichols', 'todd-robinson',
  'daniel-foote', 'anne-milgram', 'lindsey-graham', 'william-barr', 'donald-trump', 'joe-biden', 'nancy-reagan', 'ronald-reagan', 'kris-mayes',
  'andres-manuel-lopez-obrador', 'luis-videgaray', 'miguel-angel-osorio-chong', 'felipe-calderon', 'enrique-pena-nieto',
];
const AMBIGUOUS = ['Kelly', 'Graham', 'Barr', 'Garland', 'Watson', 'Milgram', 'Foote', 'Sinaloa', 'Jalisco', 'Mérida', 'DEA'];

describe('the built-in fact base', () => {
  it('validates, with every quote found word for word in its document', () => {
    console.log(`fact base: ${report.summary}; ${report.quotesChecked} claims checked word for word against their documents`);
    expect(report.quotesChecked).toBe(pack.claims.length);
    expect(pack.claims.filter((claim) => claim.kind === 'quote').length).toBeGreaterThan(30);
  });

  it('has every id other parts of the product refer to, and the surname-only people', () => {
    const ids = new Set(pack.entities.map((entity) => entity.id));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
    const partial = pack.entities.filter((entity) => entity.nameKnownInPart).map((entity) => entity.name.en);
    expect(partial).toEqual(expect.arrayContaining(['Feeley', 'Donahue', 'Rudman', expect.stringContaining('Watson')]));
  });

  it('marks each alias that is ambiguous on its own', () => {
    const ambiguous = new Set(pack.entities.flatMap((entity) => entity.aliases.filter((alias) => alias.ambiguous).map((alias) => alias.text)));
    expect(AMBIGUOUS.filter((alias) => !ambiguous.has(alias))).toEqual([]);
  });

  it('gives every topic two or more positions backed by two or more speakers or sources', () => {
    const claims = new Map(pack.claims.map((claim) => [claim.id, claim]));
    for (const topic of pack.topics) {
      expect(topic.positions.length, topic.id).toBeGreaterThanOrEqual(2);
      const voices = new Set(topic.positions.flatMap((position) => position.claims.map((id) => claims.get(id)!.speaker ?? `outlet:${claims.get(id)!.source}`)));
      expect(voices.size, topic.id).toBeGreaterThanOrEqual(2);
    }
    expect(pack.topics.length).toBeGreaterThanOrEqual(8);
  });

  it('links people, cartels, substances and programs to the topics where they appear', () => {
    const factBase = createFactBase(pack);
    for (const entity of pack.entities.filter((candidate) => ['person', 'cartel', 'substance', 'program'].includes(candidate.type))) {
      const appearsIn = factBase.lookup(entity.id)!.topics.map((topic) => topic.id).sort();
      expect([...entity.topics].sort(), entity.id).toEqual(appearsIn);
    }
  });

  it('says "not stated" rather than guessing a source’s date, outlet or author', () => {
    for (const source of pack.sources) for (const field of ['outlet', 'title', 'date', 'author'] as const) expect(source[field].trim(), `${source.id}.${field}`).not.toBe('');
    expect(pack.sources.find((source) => source.id === 'doc-001')?.outlet).toBe('CNN');
    expect(pack.sources.filter((source) => source.date === 'not stated')).toHaveLength(5);
  });

  it('ships the corpus byte for byte', () => {
    for (const source of pack.sources) {
      expect(readFileSync(join(DATA, 'corpus', source.file!)).equals(readFileSync(join(SHARED, 'corpus', source.file!))), source.file).toBe(true);
    }
  });

  it('has generated validators that match the schemas', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts', 'gen-validators.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});

describe('lookup and search', () => {
  const factBase = createFactBase(pack);
  it('gives a card its entity, key claims, topics and figures', () => {
    const card = factBase.lookup('fentanyl')!;
    expect(card.entity.name.es).toBe('Fentanilo');
    expect(card.topics.map((topic) => topic.id)).toEqual(expect.arrayContaining(['who-is-responsible', 'fentanyl-production']));
    // Four figures, four different measures; NIDA's "yearly" figure has no year (doc-004 states none).
    expect(card.statistics.map((claim) => [claim.id, claim.statistic!.year ?? null])).toEqual([
      ['tillerson-2015-overdoses', 2015],
      ['overdoses-2021', 2021],
      ['overdoses-2021-fentanyl', 2021],
      ['nida-fentanyl-deaths', null],
    ]);
    expect(new Set(card.statistics.map((claim) => claim.statistic!.measure.id)).size).toBe(4);
    for (const topic of card.topics) for (const position of topic.positions) for (const id of position.claims) expect(card.claims[id], id).toBeDefined();
    expect(factBase.lookup('no-such-entity')).toBeUndefined();
  });
  it.each([
    ['Tilerson', 'rex-tillerson'],
    ['fentanilo', 'fentanyl'],
    ['Lopez Obrador', 'andres-manuel-lopez-obrador'],
    ['merida', 'merida-initiative'],
    ['cartel de sinaloa', 'sinaloa-cartel'],
  ])('search(%j) finds %s first', (query, id) => {
    expect(createEntitySearch(factBase.pack)(query)[0]?.entityId).toBe(id);
  });
});

describe('broken data is rejected with a message a person can act on', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function brokenCopy(file: string, change: (items: Record<string, unknown>[]) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'counterpoint-data-'));
    dirs.push(dir);
    cpSync(DATA, dir, { recursive: true });
    const items = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    change(items);
    writeFileSync(join(dir, file), JSON.stringify(items));
    return dir;
  }
  const problems = (dir: string) => {
    try {
      compileFactBase({ dataDir: dir });
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('a missing field', () => {
    const dir = brokenCopy('entities.json', (items) => delete items[0]!.description);
    expect(problems(dir)).toContain('data/entities.json: at /0/description: expected a "description" field, found no such field');
  });
  it('an unknown entity reference', () => {
    const dir = brokenCopy('claims.json', (items) => ((items[0]!.entities as string[])[0] = 'rex-tilerson'));
    expect(problems(dir)).toContain('data/claims.json: at /0/entities/0: expected the id of an existing entity, found "rex-tilerson"');
  });
  it('an altered quote', () => {
    const dir = brokenCopy('claims.json', (items) => (items[0]!.text = String(items[0]!.text).replace('market', 'markets')));
    expect(problems(dir)).toMatch(/data\/claims\.json: at \/0\/text: expected words found as written in source doc-000/);
  });
  it('a duplicate id', () => {
    const dir = brokenCopy('topics.json', (items) => (items[1]!.id = items[0]!.id));
    expect(problems(dir)).toContain('data/topics.json: at /1/id: expected an id not used by another item in topics, found "who-is-responsible"');
  });
  it('a wrong type', () => {
    const dir = brokenCopy('entities.json', (items) => (items[2]!.type = 'gang'));
    expect(problems(dir)).toMatch(/data\/entities\.json: at \/2\/type: expected one of "person", .*found "gang"/);
  });
  it('invalid JSON', () => {
    const dir = brokenCopy('sources.json', () => {});
    writeFileSync(join(dir, 'sources.json'), '[{"id": "doc-000",');
    expect(problems(dir)).toMatch(/data\/sources\.json: at \/: expected valid JSON/);
  });
  it('a whole pack checked against known ids, and clashes reported on merge', () => {
    const teacherPack: FactPack = { schemaVersion: 1, id: 'class-pack', title: 'Class pack', sources: [], entities: [], claims: [], topics: [], questions: [{ id: 'q1', prompt: { en: 'Who?', es: '¿Quién?' }, appliesTo: { entities: ['fentanyl'] } }] };
    expect(validatePack(teacherPack, { fileLabel: 'pack.json' }).ok).toBe(false);
    expect(validatePack(teacherPack, { fileLabel: 'pack.json', knownPack: pack }).ok).toBe(true);
    const clash = { ...teacherPack, questions: [{ ...teacherPack.questions[0]!, id: pack.questions[0]!.id }] };
    expect(mergePacks(pack, clash).clashes).toEqual([{ kind: 'questions', id: pack.questions[0]!.id, existingIn: 'the built-in fact base' }]);
  });
});
