// Source viewer entry: ?source=ID&claim=ID opens a corpus document with the claim's words marked.
import browser from 'webextension-polyfill';
import { render } from 'preact';
import pack from 'counterpoint:factbase';
import corpus from 'counterpoint:corpus';
import { locateQuote } from '../../core/locate-quote';
import { pickLanguage, translator } from '../../ui/i18n';
import { SourceViewer } from '../../ui/viewer/SourceViewer';
import styles from '../../ui/viewer/viewer.css';
import { loadSettings } from '../../platform/settings-store';

document.head.append(Object.assign(document.createElement('style'), { textContent: styles }));

async function show(): Promise<void> {
  const settings = await loadSettings();
  const lang = pickLanguage(settings.language, browser.i18n.getUILanguage());
  const t = translator(lang);
  document.documentElement.lang = lang;
  const params = new URLSearchParams(location.search);
  const source = pack.sources.find((candidate) => candidate.id === params.get('source')) ?? null;
  const claim = pack.claims.find((candidate) => candidate.id === params.get('claim') && candidate.source === source?.id) ?? null;
  const text = source ? (corpus[source.id] ?? null) : null;
  const speaker = claim?.speaker ? pack.entities.find((entity) => entity.id === claim.speaker) : undefined;
  document.title = `${t('viewerTitle')}: ${source?.outlet ?? ''}`;
  render(
    <SourceViewer
      t={t}
      source={source}
      text={text}
      claim={claim}
      speakerName={speaker ? speaker.name[lang] : null}
      spans={claim && text !== null ? locateQuote(text, claim.text) : null}
    />,
    document.getElementById('app')!,
  );
}

void show();
