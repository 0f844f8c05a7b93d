// `counterpoint worksheet FILE`: the printable classroom worksheet for an article, offline, as one
// self-contained HTML file. The same component renders the extension's worksheet page.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { pickQuestion } from '../core/classroom';
import { createFactBase } from '../core/factbase';
import type { FactPack, Lang } from '../core/types';
import { worksheetFromMentions } from '../core/worksheet';
import { Worksheet, WORKSHEET_CSS } from '../ui/classroom/Worksheet';
import { translator } from '../ui/i18n';
import type { ScannedFile } from './scan';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);

export function worksheetHtml(scanned: ScannedFile, pack: FactPack, lang: Lang, title: string): string {
  const factBase = createFactBase(pack);
  const lookup = (entityId: string) => {
    const card = factBase.lookup(entityId);
    return card && { ...card, question: pickQuestion(pack.questions, card) };
  };
  const t = translator(lang);
  const model = worksheetFromMentions(title, scanned.file, scanned.mentions.map((mention) => ({ entityId: mention.entityId, text: mention.text })), lookup, lang);
  // renderToString escapes every text it writes; nothing from the article is trusted as HTML.
  const body = renderToString(h(Worksheet, { t, lang, model }));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`${t('worksheetKicker')}: ${model.title}`)}</title>
<style>${WORKSHEET_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
