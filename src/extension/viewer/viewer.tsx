// Source viewer entry: ?source=ID&claim=ID opens a corpus document with the claim's words marked.
import { render } from 'preact';
import { claimView } from '../../core/card-view';
import { locateQuote } from '../../core/locate-quote';
import { translator } from '../../ui/i18n';
import { SourceViewer } from '../../ui/viewer/SourceViewer';
import styles from '../../ui/viewer/viewer.css';
import { bundledText, loadMergedPack } from '../../platform/fact-packs-store';
import { uiLanguage } from '../../platform/ui-language';
import { loadSettings } from '../../platform/settings-store';
import { adoptStyles } from '../../ui/adopt-styles';
import { appRoot } from '../../ui/app-root';

adoptStyles(document, styles);

async function show(): Promise<void> {
  const [settings, pack] = await Promise.all([loadSettings(), loadMergedPack()]);
  const lang = uiLanguage(settings.language);
  const t = translator(lang);
  document.documentElement.lang = lang;
  const params = new URLSearchParams(location.search);
  const source = pack.sources.find((candidate) => candidate.id === params.get('source')) ?? null;
  // A teacher pack's claim may cite a built-in document: it was checked word for word on import.
  const claim = pack.claims.find((candidate) => candidate.id === params.get('claim') && candidate.source === source?.id) ?? null;
  const text = source ? bundledText(source.id) : null;
  const context = { speakers: Object.fromEntries(pack.entities.map((entity) => [entity.id, entity])), sources: Object.fromEntries(pack.sources.map((item) => [item.id, item])) };
  document.title = `${t('viewerTitle')}: ${source?.id ?? ''}`;
  render(
    <SourceViewer t={t} lang={lang} source={source} text={text} claim={claim && claimView(context, claim, lang)} spans={claim && text !== null ? locateQuote(text, claim.text) : null} />,
    appRoot(document),
  );
}

void show();
