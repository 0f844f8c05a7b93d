// Each rule of the engine as a table of cases on the real lexicon: what is found, as which entity,
// with which text and why. Each row fails when its rule is taken out (see the hard set's probes).
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../scripts/lib/lexicon';
import { compileMatcher, createPageScanner, findMentions, newDocumentContext, type Matcher } from '../../src/core/mentions';
import type { MentionReason } from '../../src/core/types';

const matcher = compileMatcher(loadLexicon());
const why = (reason: MentionReason): string => {
  switch (reason.rule) {
    case 'exact':
      return 'exact';
    case 'fuzzy':
      return `fuzzy ${reason.edits}`;
    case 'cue':
      return `cue ${reason.cue}`;
    case 'title':
      return `title ${reason.title}`;
    case 'namedEarlier':
      return `earlier ${reason.fullName}`;
    case 'article':
      return `article ${reason.article}`;
  }
};
const found = (text: string) => findMentions(text, matcher, { context: newDocumentContext() }).map((mention) => `${mention.entityId}: ${mention.text} (${why(mention.reason)})`);

describe('context rules', () => {
  it.each([
    ['a place name needs cartel context in its own sentence', 'The Sinaloa Cartel has long dominated the region. Sinaloa’s farmers grow tomatoes.', ['sinaloa-cartel: Sinaloa Cartel (exact)']],
    ['a place name after a preposition is the place', 'Fentanyl labs have been found in Sinaloa, where the cartels operate.', ['fentanyl: Fentanyl (exact)', 'mexican-cartels: cartels (exact)']],
    ['a place name with a cartel beside it is the cartel', 'La guerra entre Sinaloa y el CJNG dejó cientos de muertos.', ['sinaloa-cartel: Sinaloa (cue CJNG)', 'cjng: CJNG (exact)']],
    ['"City, State" is a place', 'Guadalajara, Jalisco, is where the cartel began.', ['mexican-cartels: cartel (exact)']],
    ['another first name before a surname is another person', 'Melania Trump wore white. Hunter Biden testified.', []],
    ['at a sentence start too, but not an adverb', 'Later Trump spoke. Then Biden answered.', ['donald-trump: Trump (exact)', 'joe-biden: Biden (exact)']],
    ['the official’s own first name and initial are his', 'Donald J. Trump and Joseph R. Biden Jr. met.', ['donald-trump: Donald J. Trump (exact)', 'joe-biden: Joseph R. Biden Jr. (exact)']],
    ['"Jr." after a name without it is the son', 'Donald Trump Jr. posted a video.', []],
    ['a title links a capital to the surname', 'Secretary of State Blinken spoke, and Assistant Secretary Nichols.', ['antony-blinken: Blinken (exact)', 'brian-nichols: Nichols (title Secretary)']],
    ['a surname inside another full name is someone else’s, on the whole page', 'Secretary Tillerson thanked Kelly Clarkson. Julie Graham, a health officer, spoke. Graham said the senator was wrong.', ['rex-tillerson: Tillerson (exact)']],
    ['a generic verb is no cue', 'Later, Graham said the strikes were needed. Nichols told the council.', []],
    ['a Spanish title and comma', 'El senador Graham y el exprocurador, Barr, hablaron.', ['lindsey-graham: Graham (title senador)', 'william-barr: Barr (title exprocurador)']],
    ['the full name earlier decides a short form', 'Anne Milgram testified. Milgram said the cartels were to blame.', ['anne-milgram: Anne Milgram (exact)', 'anne-milgram: Milgram (earlier Anne Milgram)', 'mexican-cartels: cartels (exact)']],
    ['a longer body’s name containing ours is not ours', 'The Texas Department of State Health Services and Brazil’s National Security Council met.', []],
    ['our own bureau after our department is ours', 'The State Department Bureau of International Narcotics and Law Enforcement Affairs trains police.', ['state-department: State Department (exact)', 'inl: Bureau of International Narcotics and Law Enforcement Affairs (exact)']],
    ['"de México" after a Spanish name makes it Mexico’s', 'El Consejo de Seguridad Nacional de México sesionó; el Departamento de Estado de Estados Unidos, también.', ['state-department: Departamento de Estado (exact)']],
    ['an acronym beside another body’s name is theirs', 'The National Safety Council (NSC) and DEA (Deutsche Erdoel AG) reported.', []],
    ['"the DEA" and "la DEA" are the agency', 'The DEA agreed. ¿Qué sabía la DEA?', ['dea: DEA (article The)', 'dea: DEA (article la)']],
    ['"cartel" in another sense', 'OPEC, the oil cartel, cut output. A price-fixing cartel of truck makers was fined.', []],
    ['Spanish "cártel" is the group, "cartel" a poster unless drug context', 'Los cárteles de México pegaron carteles. Un cartel de la droga pagaba sobornos.', ['mexican-cartels: cárteles (exact)', 'mexican-cartels: cartel (cue droga)']],
    ['another country’s cartels are not Mexico’s', 'Police said Canada-based drug trafficking organizations and Colombian cartels cooperate.', []],
    ['a word the fact base names in full earlier counts', 'China controls precursor chemicals. Those precursors go to Mexico.', ['precursor-chemicals: precursor chemicals (exact)', 'precursor-chemicals: precursors (earlier precursor chemicals)']],
    ['nothing inside a web address', 'Read https://example.org/fentanyl-cartel and www.dea.gov/fentanyl for more.', []],
    ['blank lines part names', 'Rex\n\nTillerson spoke.', ['rex-tillerson: Tillerson (exact)']],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('languages', () => {
  it.each([
    ['German: no ordinary noun read as a surname', 'Das Blinken der Warnleuchte zeigt an, dass der Akku fast leer ist. Der Blinker links ist defekt.', []],
    ['German: after the full name, still no noun after an article', 'Antony Blinken besuchte Berlin am Montag. Das Blinken der Warnleuchte zeigt an, dass der Akku leer ist.', ['antony-blinken: Antony Blinken (exact)']],
    ['German: a full name, then the surname', 'Donald Trump hat neue Zölle angekündigt. Trump will die Grenze schließen, sagte er in der Rede.', ['donald-trump: Donald Trump (exact)', 'donald-trump: Trump (exact)']],
    ['French: no fuzzy step, no English words', 'Le cartel de l’acier a été condamné par Bruxelles. Bidon ou pas, Hunter Biden a été gracié.', []],
    ['French: a multi-word name is a name in any language', 'Le cartel de Sinaloa est l’une des organisations les plus puissantes du monde.', ['sinaloa-cartel: cartel de Sinaloa (exact)']],
    ['Portuguese: no Spanish words', 'A heroína da novela é uma professora. O cartel do cimento foi multado pelo tribunal.', []],
    ['a Spanish word is not read in English', 'The festival poster, or cartel as they say in Madrid, was lovely. The heroína of the story smiled.', []],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('takes the language the page declares over its guess', () => {
    const text = 'Melania Trump spoke.\n\nFentanilo y cárteles.';
    const asGerman = findMentions(text, matcher, { context: newDocumentContext(), languages: [{ start: 0, lang: 'de' }] });
    expect(asGerman.map((mention) => mention.text)).toEqual([]);
    const asSpanish = findMentions(text, matcher, { context: newDocumentContext(), languages: [{ start: 0, lang: 'en' }, { start: 22, lang: 'es-MX' }] });
    expect(asSpanish.map((mention) => mention.text)).toEqual(['Fentanilo', 'cárteles']);
  });
});

describe('typography and typos', () => {
  it.each([
    ['line-end hyphenation', 'enough fen-\ntanyl to kill, and Sherwood-\nRandall said so', ['fentanyl: fen-\ntanyl (exact)', 'liz-sherwood-randall: Sherwood-\nRandall (exact)']],
    ['soft hyphens and zero-width characters in acronyms', 'The C\u00adJNG and the D\u200bEA.', ['cjng: C\u00adJNG (exact)', 'dea: D\u200bEA (article the)']],
    ['decomposed accents and capitals', 'Caldero\u0301n dijo. LÓPEZ OBRADOR RECHAZA AL CÁRTEL.', ['andres-manuel-lopez-obrador: LÓPEZ OBRADOR (exact)', 'mexican-cartels: CÁRTEL (exact)']],
    ['a slip in the second letter', 'Secretary of State Tollerson arrived.', ['rex-tillerson: Tollerson (fuzzy 1)']],
    ['a slip in the first letter', 'Secretary Nayorkas toured the wall.', ['alejandro-mayorkas: Nayorkas (fuzzy 1)']],
    ['a transposition is one edit', 'Authorities seized fnetanyl pills.', ['fentanyl: fnetanyl (fuzzy 1)']],
    ['a name of eight words', 'The Bureau of International Narcotics and Law Enforcment Affairs trains police.', ['inl: Bureau of International Narcotics and Law Enforcment Affairs (fuzzy 1)']],
    ['a longer misspelt name over a shorter exact one', 'The Sinaloa Cartell smuggles drugs.', ['sinaloa-cartel: Sinaloa Cartell (fuzzy 1)']],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a word one letter from a name that is no slip', 'Blinker fluid. La policía llegó al cuartel. Tillers and plows.'],
    ['a correct Spanish singular is no close spelling', 'Un narcotraficante y un precursor químico.'],
  ])('%s', (label, text) => {
    const mentions = findMentions(text, matcher, { context: newDocumentContext() });
    expect(mentions.filter((mention) => mention.fuzzy).map((mention) => mention.text), label).toEqual([]);
  });

  it('says which letters differ, not a score, and the alias it meant', () => {
    const [mention] = findMentions('Videgarey urged both governments to stop blaming each other.', matcher);
    expect(mention).toMatchObject({ entityId: 'luis-videgaray', text: 'Videgarey', alias: 'Videgaray', fuzzy: true, reason: { rule: 'fuzzy', edits: 1 } });
  });
});

describe('engine errors', () => {
  const broken = { ...matcher, automaton: null } as unknown as Matcher;

  it('reach the caller of findMentions instead of turning into "no mentions"', () => {
    expect(() => findMentions('fentanyl', broken)).toThrow(TypeError);
  });

  it('are reported once by a page scanner that was given somewhere to report them, which then finds nothing more', () => {
    const reported: unknown[] = [];
    const scan = createPageScanner(broken, { onError: (error) => reported.push(error) });
    expect(scan('fentanyl')).toEqual([]);
    expect(scan('fentanyl again')).toEqual([]);
    expect(reported).toHaveLength(1);
    expect(createPageScanner(matcher)('fentanyl').map((mention) => mention.text)).toEqual(['fentanyl']);
  });

  it('reach the caller of a page scanner given nowhere to report them, every time', () => {
    const scan = createPageScanner(broken);
    expect(() => scan('fentanyl')).toThrow(TypeError);
    expect(() => scan('fentanyl again')).toThrow(TypeError);
  });
});

describe('a page scanner', () => {
  const spanishParagraph = 'Según las autoridades, el grupo que opera en la frontera fue el más activo de todos los que hay en el país, y sus jefes dijeron que no.';
  it.each([
    ['with nowhere to report errors', undefined],
    ['with somewhere to report them', () => undefined],
  ])('%s, reads every chunk as part of one page: the languages it is given, and what earlier chunks said', (_label, onError) => {
    const texts = (mentions: { text: string }[]) => mentions.map((mention) => mention.text);
    // An English word is not read in a block the page says is Spanish.
    expect(texts(createPageScanner(matcher, { onError })('heroin', [{ start: 0, lang: 'es' }]))).toEqual([]);
    expect(texts(createPageScanner(matcher, { onError })('heroin'))).toEqual(['heroin']);
    // A chunk too short to guess from is read in the language of the page so far.
    const scan = createPageScanner(matcher, { onError });
    scan(spanishParagraph);
    expect(texts(scan('heroin'))).toEqual([]);
  });
});
