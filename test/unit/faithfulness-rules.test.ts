// The build's faithfulness rules, each broken on purpose in a copy of data/: the build must stop with
// an error that names the file, the item's id and what the document actually says. Most cases put
// back one of the defects the December audit found (its row is named in the test).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileFactBase } from '../../src/node/factbase-files';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Item = Record<string, unknown> & { id: string };
type Change = (items: Item[], byId: (id: string) => Item) => void;

/** The build's error for a copy of data/ with `changes` made to its files ('' when it builds). */
function buildError(changes: Partial<Record<'claims' | 'entities' | 'topics' | 'sources', Change>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-rules-'));
  dirs.push(dir);
  cpSync(DATA, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(dir, `${file}.json`);
    const items = JSON.parse(readFileSync(path, 'utf8')) as Item[];
    const byId = (id: string) => {
      const found = items.find((item) => item.id === id);
      if (!found) throw new Error(`no ${id} in ${file}`);
      return found;
    };
    change!(items, byId);
    writeFileSync(path, JSON.stringify(items));
  }
  try {
    compileFactBase({ dataDir: dir });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const statistic = (claim: Item) => claim.statistic as Record<string, unknown>;
const position = (topic: Item, id: string) => (topic.positions as Item[]).find((candidate) => candidate.id === id)!;

describe('the fact base as it is', () => {
  it('passes every rule', () => {
    expect(buildError({})).toBe('');
  });
});

describe('statistics say only what their document says', () => {
  it('D01: a year the document does not state near the figure', () => {
    const error = buildError({ claims: (_, byId) => (statistic(byId('nida-fentanyl-deaths')).year = 2023) });
    expect(error).toMatch(/data\/claims\.json: at \/\d+\/statistic\/year \(nida-fentanyl-deaths\): expected the year 2023 stated within 150 characters of the figure in doc-004/);
    expect(error).toContain('The National Institute on Drug Abuse reports that 70,601 people die yearly from fentanyl-related overdoses');
  });
  it('D02: a figure without the document’s own hedge (“almost”, “more than”)', () => {
    const error = buildError({
      claims: (_, byId) => {
        delete statistic(byId('tillerson-2015-overdoses')).qualifier;
        delete statistic(byId('overdoses-2021-fentanyl')).qualifier;
      },
    });
    expect(error).toMatch(/\(tillerson-2015-overdoses\): expected the qualifier doc-000 gives the figure, “almost”, found no qualifier; the document says .*Almost 20,000 Americans/);
    expect(error).toMatch(/\(overdoses-2021-fentanyl\): expected the qualifier doc-002 gives the figure, “more than”/);
  });
  it('a hedge the document does not give', () => {
    expect(buildError({ claims: (_, byId) => (statistic(byId('nida-fentanyl-deaths')).qualifier = 'about') })).toMatch(
      /\(nida-fentanyl-deaths\): expected the qualifier doc-004 gives the figure, no qualifier, found “about”/,
    );
  });
  it('a number that is not in the claim’s words', () => {
    expect(buildError({ claims: (_, byId) => (statistic(byId('overdoses-2021')).value = 160000) })).toMatch(/\(overdoses-2021\): expected the figure 160,000 written in the claim's words, found only 2,021, 106,000 and 70,000/);
  });
  it('“since” a year the document does not give', () => {
    expect(buildError({ claims: (_, byId) => (statistic(byId('merida-assistance-figure')).since = 2008) })).toMatch(/\(merida-assistance-figure\): expected “since 2008” stated near the figure in doc-003/);
  });
  it('D02: one measure id for figures that count different things', () => {
    const error = buildError({ claims: (_, byId) => (statistic(byId('overdoses-2021-fentanyl')).measure = statistic(byId('overdoses-2021')).measure) });
    expect(error).toBe('');
    const mismatch = buildError({ claims: (_, byId) => (statistic(byId('nida-fentanyl-deaths')).measure = { ...(statistic(byId('overdoses-2021')).measure as object), name: { en: 'Overdose deaths', es: 'Muertes' } }) });
    expect(mismatch).toMatch(/\(nida-fentanyl-deaths\): expected the same unit and measure name as every other figure of the measure “us-opioid-overdose-deaths”/);
  });
});

describe('a quote is words in quotation marks', () => {
  it('the reporter’s sentence labelled a quote', () => {
    const error = buildError({
      claims: (_, byId) => Object.assign(byId('relationship-eroded'), { kind: 'quote', speaker: 'feeley', attribution: 'Feeley and other experts said' }),
    });
    expect(error).toMatch(/\(relationship-eroded\): expected a quote that doc-002 puts inside quotation marks \(else the kind is "reported" or "framing"\), found words outside quotation marks: .*The relationship has slowly eroded/);
  });
});

describe('the speaker is the one the document attributes the words to', () => {
  it('D06: a reporter’s sentence credited to the person it names', () => {
    const error = buildError({
      claims: (_, byId) => Object.assign(byId('terrorist-designation-proposal'), { kind: 'reported', speaker: 'feeley', attribution: 'some pundits such as Feeley' }),
    });
    expect(error).toMatch(/\(terrorist-designation-proposal\): expected a word of saying \(said, told, according to, …\) in the attribution, found “some pundits such as Feeley”, which attributes no words to anyone/);
  });
  it('D07: “the Trump administration” credited to Donald Trump', () => {
    const error = buildError({ claims: (_, byId) => (byId('trump-fresh-strategies').speaker = 'donald-trump') });
    expect(error).toMatch(/\(trump-fresh-strategies\): expected an attribution to Donald Trump, found “Trump administration today promised”: there the name qualifies someone else/);
  });
  it('a “she” that stands for someone else', () => {
    const error = buildError({
      claims: (_, byId) => (byId('milgram-betrayals').speaker = 'kris-mayes'),
      entities: (_, byId) => Object.assign(byId('kris-mayes'), { side: 'us-state-government', sideEvidence: { source: 'doc-002', text: 'Arizona Attorney General Kris Mayes' } }),
    });
    expect(error).toMatch(/\(milgram-betrayals\): expected “she” in “she said” to stand for Kris Mayes, found the nearest name before it is Anne Milgram: .*DEA Administrator Anne Milgram told Congress/);
  });
  it('no attribution at all', () => {
    expect(buildError({ claims: (_, byId) => delete byId('kelly-magnet').attribution })).toMatch(
      /\(kelly-magnet\): expected the words next to the claim that attribute it to John Kelly \(such as “Kelly said” or “according to Blinken”\), found none/,
    );
  });
  it('an attribution that stands elsewhere in the document', () => {
    expect(buildError({ claims: (_, byId) => (byId('kelly-magnet').attribution = 'Kelly continued') })).toMatch(
      /\(kelly-magnet\): expected the attribution “Kelly continued” within 160 characters of the claim, found it stands elsewhere; next to the claim the document says .*Kelly said/,
    );
  });
  it('a name inside the quoted words is no attribution', () => {
    expect(buildError({ claims: (_, byId) => (byId('tillerson-own-this-problem').attribution = 'We Americans must own this problem') })).toMatch(
      /\(tillerson-own-this-problem\): expected an attribution outside the quoted words/,
    );
  });
  it('an attribution that is not in the document', () => {
    expect(buildError({ claims: (_, byId) => (byId('watson-not-contemplating').attribution = 'Watson told reporters') })).toMatch(
      /\(watson-not-contemplating\): expected the attribution words as written in doc-002, found “Watson told reporters”, which is not there; the document has .*We are not contemplating military action against Mexico/,
    );
  });
  it('the outlet’s own framing given a speaker, and a quote without one', () => {
    const error = buildError({
      claims: (_, byId) => {
        byId('cooperation-lowest-point').speaker = 'feeley';
        byId('kelly-magnet').speaker = null;
      },
    });
    expect(error).toMatch(/\(cooperation-lowest-point\): expected null: "framing" is the outlet’s own words/);
    expect(error).toMatch(/\(kelly-magnet\): expected a speaker for a quote/);
  });
});

describe('a date is stated in the document, or marked inferred with a reason', () => {
  it('D09: a date with no words of the document behind it', () => {
    expect(buildError({ claims: (_, byId) => (byId('amlo-ended-cooperation').date = '2020-10') })).toMatch(
      /\(amlo-ended-cooperation\): expected the words of doc-002 that give the date 2020-10 \(or the date "not stated"\), found none; next to the claim the document says .*After the US arrested Mexico’s defense minister/,
    );
  });
  it('D20: an inferred year not marked as inferred', () => {
    expect(buildError({ claims: (_, byId) => delete byId('blinken-most-important-relationship').dateInferred })).toMatch(
      /\(blinken-most-important-relationship\): expected a reason why the year 2023 of 2023-10-03 is inferred, or a date the document states, found the document says only “During an Oct. 3 event”/,
    );
  });
  it('words for a date that the document does not hold near the claim', () => {
    expect(buildError({ claims: (_, byId) => (byId('amlo-hugs-not-bullets').dateEvidence = 'in October 2020') })).toMatch(/\(amlo-hugs-not-bullets\): expected “in October 2020” as written in doc-002, within 400 characters of the claim/);
  });
});

describe('every speaking entity has a side, and a stated side has evidence', () => {
  it('D04: a speaker with no side', () => {
    expect(buildError({ entities: (_, byId) => delete byId('state-department').side })).toMatch(
      /data\/entities\.json: at \/\d+\/side \(state-department\): expected a side, since State Department speaks in claim merida-state-department-figure \("not-stated" where the documents do not say\), found none/,
    );
  });
  it('D49: a side whose evidence does not name the entity', () => {
    const error = buildError({ entities: (_, byId) => Object.assign(byId('rudman'), { side: 'expert', sideEvidence: { source: 'doc-002', text: 'Feeley and other experts said' } }) });
    expect(error).toMatch(/\(rudman\): expected evidence that names Rudman, found “Feeley and other experts said”, which does not/);
  });
  it('a side with no evidence', () => {
    expect(buildError({ entities: (_, byId) => delete byId('lindsey-graham').sideEvidence })).toMatch(/\(lindsey-graham\): expected the words of a document that show Lindsey Graham is on the side "us-congress"/);
  });
});

describe('a position rests on two voices, or says it rests on one', () => {
  it('D37: one voice, not declared', () => {
    expect(buildError({ topics: (_, byId) => delete position(byId('terrorist-designation'), 'do-not-designate').singleVoice })).toMatch(
      /data\/topics\.json: at \/\d+\/positions\/1 \(terrorist-designation\/do-not-designate\): expected claims from at least two speakers or two sources, or "singleVoice": true so that the card flags it, found every claim from senior-administration-official in doc-002/,
    );
  });
  it('a declaration that is not true', () => {
    expect(buildError({ topics: (_, byId) => (position(byId('cooperation'), 'lowest-point').singleVoice = true) })).toMatch(/\(cooperation\/lowest-point\): expected no "singleVoice" declaration/);
  });
});

describe('names, roles and notes come from the documents', () => {
  it('D12: a full name from general knowledge', () => {
    expect(buildError({ entities: (_, byId) => ((byId('andres-manuel-lopez-obrador').name as Record<string, string>).en = 'Andrés Manuel López Obrador') })).toMatch(
      /\(andres-manuel-lopez-obrador\): expected the name as doc-002, doc-004 write it \(general knowledge goes in "background"\), found “Andrés Manuel López Obrador”, which they do not contain/,
    );
  });
  it('D19: an expansion the documents never give', () => {
    expect(buildError({ entities: (_, byId) => ((byId('dea').name as Record<string, string>).en = 'Drug Enforcement Administration (DEA)') })).toMatch(/\(dea\): expected the name as doc-002 writes it .*found “Drug Enforcement Administration”/);
  });
  it('D11: a role with no words of the document behind it', () => {
    const error = buildError({ entities: (_, byId) => (byId('donahue').roles = [{ title: { en: 'Expert quoted in the source', es: 'Experto' }, asOf: 'not stated', source: 'doc-002' }]) });
    expect(error).toMatch(/\(donahue\): expected the words of doc-002 that give Donahue the role “Expert quoted in the source”, found none/);
  });
  it('an era whose evidence is not in the document', () => {
    expect(buildError({ sources: (_, byId) => ((byId('doc-000') as Record<string, unknown>).era = { name: { en: 'Trump administration', es: 'gobierno de Trump' }, evidence: 'The Trump administration today promised' }) })).toMatch(
      /data\/sources\.json: at \/0\/era\/evidence \(doc-000\): expected words found as written in doc-000/,
    );
  });
});

describe('quotation marks in our own texts hold only the documents’ words', () => {
  it('D29: a paraphrase shown as a quote in a position heading', () => {
    expect(buildError({ topics: (_, byId) => ((position(byId('cooperation'), 'working').summary as Record<string, string>).en = 'Cooperating "more than ever"') })).toMatch(
      /\(cooperation\/working\): expected quotation marks only around words a document quotes someone as saying, found “more than ever”/,
    );
  });
  it('D50: a Spanish translation in quotation marks', () => {
    expect(buildError({ entities: (_, byId) => ((byId('rex-tillerson').description as Record<string, string>).es = 'Dijo que los estadounidenses "deben asumir este problema".') })).toMatch(
      /data\/entities\.json: at \/\d+\/description\/es \(rex-tillerson\): expected quotation marks only around words a document contains as written \(a translation or paraphrase goes without them\), found “deben asumir este problema”/,
    );
  });
});
