// Three of the build's faithfulness rules, run on a pack of a few items and a two-sentence document
// so that each finding is checked whole (file, place, item, what was expected and what was found):
// every speaker has a side resting on words that name them, a position rests on two voices or says
// it rests on one, and a quote is words in quotation marks.
import { describe, expect, it } from 'vitest';
import { ruleContext } from '../../src/core/factbase/rules';
import { quoteMarkErrors } from '../../src/core/factbase/rules/quote-marks';
import { sideErrors } from '../../src/core/factbase/rules/sides';
import { voiceErrors } from '../../src/core/factbase/rules/voices';
import type { PackLocations } from '../../src/core/factbase/validate';
import type { Claim, Entity, FactPack, Topic } from '../../src/core/types';

const DOCUMENT = 'Ana Ruiz, the envoy of the State Department, said "we will act soon" on Monday. Luis Soto, a Mexican official, said the plan was fair.';
const CORPUS = { 'doc-1': DOCUMENT };
/** One file per kind, as the built-in fact base is laid out. */
const FILES: PackLocations = { sources: 'sources.json', entities: 'entities.json', claims: 'claims.json', topics: 'topics.json', questions: 'questions.json' };
/** One file for everything, as a teacher pack is. */
const PACK_FILE: PackLocations = { sources: 'pack.json', entities: 'pack.json', claims: 'pack.json', topics: 'pack.json', questions: 'pack.json' };

const person = (id: string, name: string, fields: Partial<Entity> = {}): Entity => ({ id, type: 'person', name: { en: name, es: name }, aliases: [], ...fields }) as unknown as Entity;
const claim = (id: string, speaker: string | null, fields: Partial<Claim> = {}): Claim =>
  ({ id, kind: 'reported', speaker, source: 'doc-1', date: 'not stated', lang: 'en', entities: [], text: 'said the plan was fair', ...fields }) as unknown as Claim;
const pack = (fields: Partial<FactPack>): FactPack => ({ sources: [], entities: [], claims: [], topics: [], questions: [], ...fields }) as unknown as FactPack;
const messages = (errors: { message: string }[]) => errors.map((error) => error.message);

describe('every speaker has a side, resting on words that name them', () => {
  it('finds each kind of problem, in the order of the entities, and nothing in sides that hold', () => {
    const entities = [
      person('no-side', 'Nadie Nada'),
      person('not-stated-with-evidence', 'Ana Ruiz', { side: 'not-stated', sideEvidence: { source: 'doc-1', text: 'Ana Ruiz, the envoy' } } as Partial<Entity>),
      person('stated-no-evidence', 'Luis Soto', { side: 'mexican-government' } as Partial<Entity>),
      person('evidence-not-in-document', 'Luis Soto', { side: 'mexican-government', sideEvidence: { source: 'doc-1', text: 'a Mexican minister' } } as Partial<Entity>),
      person('evidence-not-naming', 'Ana Ruiz', { side: 'us-government', sideEvidence: { source: 'doc-1', text: 'a Mexican official' } } as Partial<Entity>),
      person('evidence-naming', 'Luis Soto', { side: 'mexican-government', sideEvidence: { source: 'doc-1', text: 'Luis Soto, a Mexican official' } } as Partial<Entity>),
      person('evidence-naming-by-alias', 'Ana María Ruiz', { aliases: [{ text: 'Ana Ruiz' }], side: 'us-government', sideEvidence: { source: 'doc-1', text: 'Ana Ruiz, the envoy of the State Department' } } as Partial<Entity>),
      person('evidence-not-bundled', 'Luis Soto', { side: 'mexican-government', sideEvidence: { source: 'doc-9', text: 'anything at all' } } as Partial<Entity>),
      person('not-stated', 'Luis Soto', { side: 'not-stated' } as Partial<Entity>),
      person('silent-and-no-side', 'Nadie Nunca'),
    ];
    const claims = [claim('said-by-no-side', 'no-side'), claim('said-again-by-no-side', 'no-side')];
    expect(messages(sideErrors(ruleContext(pack({ entities, claims }), CORPUS, FILES)))).toEqual([
      'entities.json: at /0/side (no-side): expected a side, since Nadie Nada speaks in claim said-by-no-side ("not-stated" where the documents do not say), found none',
      'entities.json: at /1/sideEvidence (not-stated-with-evidence): expected no evidence for a side that is "not-stated", found “Ana Ruiz, the envoy”',
      'entities.json: at /2/sideEvidence (stated-no-evidence): expected the words of a document that show Luis Soto is on the side "mexican-government", found none',
      'entities.json: at /3/sideEvidence/text (evidence-not-in-document): expected words found as written in doc-1, found “a Mexican minister”',
      'entities.json: at /4/sideEvidence/text (evidence-not-naming): expected evidence that names Ana Ruiz, found “a Mexican official”, which does not',
    ]);
  });

  it('in a teacher pack, asks a side of a built-in entity that its claims make speak, and of nothing else', () => {
    const builtIn = pack({ entities: [person('built-in-silent', 'Ana Ruiz'), person('built-in-with-side', 'Luis Soto', { side: 'mexican-government' } as Partial<Entity>)] });
    const teacher = pack({ claims: [claim('pack-claim-1', 'built-in-with-side'), claim('pack-claim-2', 'built-in-silent'), claim('pack-claim-3', null), claim('pack-claim-4', 'not-known-anywhere')] });
    expect(messages(sideErrors(ruleContext(teacher, CORPUS, PACK_FILE, builtIn)))).toEqual([
      'pack.json: at /claims/1/speaker (pack-claim-2): expected a speaker with a side, found built-in-silent, which has none',
    ]);
    // The built-in fact base itself is not asked this: its own entities are checked one by one above.
    expect(messages(sideErrors(ruleContext(pack({ claims: teacher.claims, entities: builtIn.entities }), CORPUS, FILES)))).toEqual([
      'entities.json: at /0/side (built-in-silent): expected a side, since Ana Ruiz speaks in claim pack-claim-2 ("not-stated" where the documents do not say), found none',
      'entities.json: at /1/sideEvidence (built-in-with-side): expected the words of a document that show Luis Soto is on the side "mexican-government", found none',
    ]);
  });

  it('in a teacher pack, reports its own entity with no side once, as its own', () => {
    const teacher = pack({ entities: [person('pack-person', 'Ana Ruiz')], claims: [claim('pack-claim', 'pack-person')] });
    expect(messages(sideErrors(ruleContext(teacher, CORPUS, PACK_FILE, pack({}))))).toEqual([
      'pack.json: at /entities/0/side (pack-person): expected a side, since Ana Ruiz speaks in claim pack-claim ("not-stated" where the documents do not say), found none',
    ]);
  });
});

describe('a position rests on two voices, or says it rests on one', () => {
  const topic = (positions: { id: string; claims: string[]; singleVoice?: boolean }[]) => ({ id: 'policy', positions }) as unknown as Topic;
  const claims = [claim('ruiz-1', 'ruiz'), claim('ruiz-2', 'ruiz'), claim('soto-1', 'soto'), claim('ruiz-other-source', 'ruiz', { source: 'doc-2' }), claim('outlet-1', null), claim('outlet-2', null, { source: 'doc-2' })];

  it('finds a single voice not declared and a declaration that is not true, and nothing else', () => {
    const topics = [
      topic([
        { id: 'one-speaker', claims: ['ruiz-1', 'ruiz-2'] },
        { id: 'declared-two-speakers', claims: ['ruiz-1', 'soto-1'], singleVoice: true },
        { id: 'declared-one-speaker', claims: ['ruiz-1', 'ruiz-2'], singleVoice: true },
        { id: 'two-speakers', claims: ['ruiz-1', 'soto-1'] },
        { id: 'one-speaker-two-sources', claims: ['ruiz-1', 'ruiz-other-source'] },
        { id: 'two-outlets', claims: ['outlet-1', 'outlet-2'] },
        // Claims the pack does not hold are reported by the reference check; here they weigh nothing.
        { id: 'claims-not-held', claims: ['no-such-claim', 'nor-this'] },
      ]),
    ];
    expect(messages(voiceErrors(ruleContext(pack({ claims, topics }), CORPUS, FILES)))).toEqual([
      'topics.json: at /0/positions/0 (policy/one-speaker): expected claims from at least two speakers or two sources, or "singleVoice": true so that the card flags it, found every claim from ruiz in doc-1',
      'topics.json: at /0/positions/1/singleVoice (policy/declared-two-speakers): expected no "singleVoice" declaration: the position has more than one voice, found ruiz, soto in doc-1',
    ]);
  });

  it('weighs the claims a teacher pack refers to in the built-in fact base, listing every voice and source', () => {
    const topics = [topic([{ id: 'declared', claims: ['ruiz-1', 'built-in-soto', 'built-in-outlet'], singleVoice: true }])];
    const known = [claim('built-in-soto', 'soto', { source: 'doc-3' }), claim('built-in-outlet', null, { source: 'doc-4' })];
    expect(messages(voiceErrors(ruleContext(pack({ claims, topics }), CORPUS, PACK_FILE, pack({ claims: known })), known))).toEqual([
      'pack.json: at /topics/0/positions/0/singleVoice (policy/declared): expected no "singleVoice" declaration: the position has more than one voice, found ruiz, soto, outlet:doc-4 in doc-1, doc-3, doc-4',
    ]);
    // Without them, the one claim left rests on one voice, as declared.
    expect(voiceErrors(ruleContext(pack({ claims, topics }), CORPUS, PACK_FILE, pack({})))).toEqual([]);
  });
});

describe('a quote is words in quotation marks', () => {
  it('finds a quote outside the marks, and reads no other kind of claim and no document not bundled', () => {
    const claims = [
      claim('inside', 'ruiz', { kind: 'quote', text: 'we will act soon' }),
      claim('outside', 'soto', { kind: 'quote', text: 'the plan was fair' }),
      claim('reported-outside', 'soto', { kind: 'reported', text: 'the plan was fair' }),
      claim('not-bundled', 'soto', { kind: 'quote', source: 'doc-9', text: 'the plan was fair' }),
      claim('not-in-document', 'soto', { kind: 'quote', text: 'words nobody said' }),
    ];
    expect(messages(quoteMarkErrors(ruleContext(pack({ claims }), CORPUS, FILES)))).toEqual([
      'claims.json: at /1/kind (outside): expected a quote that doc-1 puts inside quotation marks (else the kind is "reported" or "framing"), found words outside quotation marks: “…ll act soon" on Monday. Luis Soto, a Mexican official, said the plan was fair.”',
    ]);
  });
});
