// What the content script's matcher is given of the fact base: the highlighted entities' names,
// aliases and cues, and nothing of what only cards show.
import { describe, expect, it } from 'vitest';
import { isHighlighted, lexiconFrom } from '../../src/core/factbase/lexicon';
import type { Entity } from '../../src/core/types';

const entity = (id: string, fields: Partial<Entity>): Entity =>
  ({ id, type: 'person', name: { en: id, es: id }, aliases: [], description: { en: 'shown on cards', es: 'en las tarjetas' }, mentionedIn: ['doc-1'], topics: [], ...fields }) as Entity;

describe('the lexicon the content script reads', () => {
  it('keeps the highlighted entities’ names, aliases without their notes, and cues where there are any', () => {
    const entities = [
      entity('with-cues', { aliases: [{ text: 'Kelly', note: 'why this alias', lang: 'en' }], cues: ['Secretary'] }),
      entity('without-cues', { aliases: [{ text: 'Graham' }] }),
      entity('never-named', { unnamed: true, namedAs: ['a senior official'] }),
    ];
    expect(lexiconFrom({ entities })).toEqual([
      { id: 'with-cues', type: 'person', name: { en: 'with-cues', es: 'with-cues' }, aliases: [{ text: 'Kelly', lang: 'en' }], cues: ['Secretary'] },
      { id: 'without-cues', type: 'person', name: { en: 'without-cues', es: 'without-cues' }, aliases: [{ text: 'Graham' }] },
    ]);
    expect(entities.map(isHighlighted)).toEqual([true, true, false]);
  });
});
