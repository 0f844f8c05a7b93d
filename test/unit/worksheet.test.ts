// What a printed worksheet lists, from the reading log and from a scanned article: each entity once,
// in the article's order, named as its card names it, with the question asked and the answer given.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardView } from '../../src/core/card-view';
import { createFactBase } from '../../src/core/factbase';
import type { LogEntry } from '../../src/core/reading-log';
import { worksheetFromLog, worksheetFromMentions } from '../../src/core/worksheet';
import { compileFactBase } from '../../src/node/factbase-files';

const { pack } = compileFactBase({ dataDir: join(import.meta.dirname, '..', '..', 'data') });
const factBase = createFactBase(pack);
const lookup = (id: string) => factBase.lookup(id);
const titleOf = (id: string, lang: 'en' | 'es') => cardView(factBase.lookup(id)!, lang).title;
const topicOf = (id: string, lang: 'en' | 'es') => cardView(factBase.lookup(id)!, lang).topic;

const entry = (entityId: string, exact: string, answer: string, extra: Partial<LogEntry> = {}): LogEntry => ({
  id: `${entityId}-${exact}`,
  url: 'https://news.example/article',
  pageTitle: 'The article',
  entityId,
  quote: { exact, prefix: '', suffix: '' },
  questionId: 'q',
  question: `Who is ${exact}?`,
  answer,
  revealedTopicId: null,
  revealedClaimIds: [],
  openedAt: '2026-12-01T10:00:00.000Z',
  revealedAt: '2026-12-01T10:01:00.000Z',
  ...extra,
});

describe('a worksheet from the reading log', () => {
  it('lists every entry in order, with its question and answer, named as its card names it', () => {
    const model = worksheetFromLog([entry('rex-tillerson', 'Tillerson', 'A US official'), entry('fentanyl', 'fentanyl', ''), entry('rex-tillerson', 'Rex Tillerson', 'Again')], lookup, 'es');
    expect(model.title).toBe('The article');
    expect(model.url).toBe('https://news.example/article');
    expect(model.items).toEqual([
      { mention: 'Tillerson', entityName: titleOf('rex-tillerson', 'es'), question: 'Who is Tillerson?', answer: 'A US official', topic: topicOf('rex-tillerson', 'es') },
      { mention: 'fentanyl', entityName: titleOf('fentanyl', 'es'), question: 'Who is fentanyl?', answer: '', topic: topicOf('fentanyl', 'es') },
      { mention: 'Rex Tillerson', entityName: titleOf('rex-tillerson', 'es'), question: 'Who is Rex Tillerson?', answer: 'Again', topic: topicOf('rex-tillerson', 'es') },
    ]);
    expect(model.items[0]!.entityName).not.toBe('rex-tillerson');
  });

  it('keeps an entry whose entity the fact base no longer holds, under its id', () => {
    const model = worksheetFromLog([entry('removed-pack-entity', 'Someone', 'x')], lookup, 'en');
    expect(model.items).toEqual([{ mention: 'Someone', entityName: 'removed-pack-entity', question: 'Who is Someone?', answer: 'x', topic: null }]);
  });

  it('is empty, with no title or address, for an empty log', () => {
    expect(worksheetFromLog([], lookup, 'en')).toEqual({ title: '', url: '', items: [] });
  });
});

describe('a worksheet from a scanned article', () => {
  it('lists each entity once, where the article first names it, with room to answer', () => {
    const model = worksheetFromMentions('Title', 'file.html', [{ entityId: 'fentanyl', text: 'fentanyl' }, { entityId: 'nobody', text: 'Nobody' }, { entityId: 'rex-tillerson', text: 'Tillerson' }, { entityId: 'fentanyl', text: 'Fentanyl' }], lookup, 'en');
    expect(model.title).toBe('Title');
    expect(model.url).toBe('file.html');
    expect(model.items.map((item) => [item.mention, item.entityName, item.answer])).toEqual([
      ['fentanyl', titleOf('fentanyl', 'en'), null],
      ['Tillerson', titleOf('rex-tillerson', 'en'), null],
    ]);
    expect(model.items[1]!.topic).toEqual(topicOf('rex-tillerson', 'en'));
  });

  it('asks the card’s question in the worksheet’s language, or nothing when the card has none', () => {
    const withQuestion = { ...factBase.lookup('fentanyl')!, question: { id: 'q', prompt: { en: 'What is it?', es: '¿Qué es?' }, appliesTo: {} } };
    const ask = (lang: 'en' | 'es') => worksheetFromMentions('T', 'u', [{ entityId: 'fentanyl', text: 'fentanyl' }], () => withQuestion, lang).items[0]!.question;
    expect([ask('en'), ask('es')]).toEqual(['What is it?', '¿Qué es?']);
    expect(worksheetFromMentions('T', 'u', [{ entityId: 'fentanyl', text: 'fentanyl' }], (id) => ({ ...factBase.lookup(id)!, question: undefined }), 'en').items[0]!.question).toBe('');
  });
});
