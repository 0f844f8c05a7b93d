// Finds English of ours left in a surface drawn with the Spanish catalog, for the Spanish tests.
// What may stay English is only what is not ours to translate: proper names, ids, quotes and text
// marked with another lang; everything else counts, as a catalog sentence or as an English word.
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import en from '../../_locales/en/messages.json';
import es from '../../_locales/es/messages.json';
import { compileFactBase } from '../../src/node/factbase-files';

const { pack } = compileFactBase({ dataDir: join(import.meta.dirname, '..', '..', 'data') });

/** Names no catalog translates: entities (both languages' names and aliases), outlets, ids. */
export const PROPER_NAMES = [
  ...pack.entities.flatMap((entity) => [entity.name.en, entity.name.es, ...entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))]),
  ...pack.sources.flatMap((source) => [source.outlet, source.id]),
  'Counterpoint', 'JSON-LD', 'CSV', 'Alt+Shift+Period', 'Alt+Shift+Comma', 'Escape',
].filter((name) => name && name !== 'not stated');

/**
 * English words that are not also Spanish: one of them left in the text is a string of ours that
 * was not translated. (Claims and names are taken out before this is read.)
 */
export const ENGLISH = new Set(
  'the of and not stated is are was were this that these those with from by for to its it on or an as at be been has have had which who whom what when where why how year years since deaths death source sources document documents figure figures quote quotes card cards loading could would should there their they them you your our more than about almost nearly least between side government outlet named unnamed only one two three said says say view views represented also debated background inferred date dates relayed partisan promotional page teacher checked bundled text shortcut shortcuts next previous mention mentions press close open pin keep let predict first reveal answer question prediction revealed log reading import export clear empty entries entry worksheet printable'
    .concat(
      // The extension pages' words: settings, sites, packs and what becomes of them.
      ' add added adds after again already always another any anywhere ask asked back because before both browser button can cancel cannot change changed changes choose delete download drawn each else even every everything everywhere expected file find found full give here highlight highlighted highlights if imported install installed into itself keeps kept language larger letters limit limits link list listed look made make many may missing must name names needs new nothing now off once other out over own pack packs pages pause paused pick read refused reload remove removed replace reset same save saved see set settings show shown shows site sites some still storage stored damaged switch switched then try turn under until used valid whether while without word words write',
    )
    .split(' '),
);

/** The English catalog's messages (long enough to be telling) that Spanish words differently. */
export const ENGLISH_MESSAGES = Object.entries(en as Record<string, { message: string }>)
  .filter(([key, { message }]) => message.replace(/\$\d/g, '').trim().length >= 12 && (es as Record<string, { message: string }>)[key]?.message !== message)
  .map(([, { message }]) => message.split(/\$\d/).map((part) => part.trim()).filter((part) => part.length >= 12))
  .flat();

type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

/** The text a reader (or a screen reader) meets: text nodes and the attributes that are read out. */
export function readableText(html: string): string[] {
  const document = parseDocument(html);
  const out: string[] = [];
  const walk = (nodes: ReturnType<typeof parseDocument>['children']) => {
    for (const node of nodes) {
      if (node.type === 'text') out.push((node as unknown as { data: string }).data);
      else if ('attribs' in node) {
        const element = node as Element;
        // Claims keep their source's language, marked so: not ours to translate.
        const lang = DomUtils.getAttributeValue(element, 'lang');
        if (lang && lang !== 'es') continue;
        for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
          const value = DomUtils.getAttributeValue(element, attribute);
          if (value) out.push(value);
        }
        if (element.name !== 'script' && element.name !== 'style') walk(element.children as typeof nodes);
      }
    }
  };
  walk(document.children);
  return out.map((text) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
}

/** The English left in a rendering, after the allowed names and words are taken out. */
export function englishIn<P>(vnode: VNode<P>, allowed: readonly string[] = []): string[] {
  return englishInHtml(renderToString(vnode as VNode), allowed);
}

/** The same for markup a live DOM holds (a surface clicked into a state no first render shows). */
export function englishInHtml(html: string, allowed: readonly string[] = []): string[] {
  const texts = readableText(html);
  const strip = (text: string) => [...PROPER_NAMES, ...allowed].sort((a, b) => b.length - a.length).reduce((rest, name) => rest.split(name).join(' '), text);
  const found: string[] = [];
  for (const text of texts) {
    const whole = text.replace(/\s+/g, ' ').trim();
    // Words the data quotes inside a Spanish sentence ("the Jalisco cartel") are the source's own.
    const ours = strip(whole).replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, ' ');
    for (const message of ENGLISH_MESSAGES) if (ours.includes(message)) found.push(`catalog English: “${message}” in “${whole}”`);
    const words = ours.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
    const english = words.filter((word) => ENGLISH.has(word.replace(/[’']s$/, '')));
    if (english.length) found.push(`${english.join(', ')} in “${whole}”`);
  }
  return [...new Set(found)];
}
