// Help page entry: the pack format in the reader's language, with the template and example packs
// bundled as they are in data/packs (a unit test imports both).
import { render } from 'preact';
import { MIN_ALIAS_LETTERS } from '../../core/alias-policy';
import { MAX_PACK_ERRORS } from '../../core/fact-packs';
import { MAX_ENABLED_PACK_ALIASES, MAX_PACK_ALIASES, MAX_PACK_CHARACTERS } from '../../core/pack-limits';
import { downloadText } from '../../platform/download';
import { loadSettings } from '../../platform/settings-store';
import { adoptStyles } from '../../ui/adopt-styles';
import { appRoot } from '../../ui/app-root';
import { HelpApp } from '../../ui/help/HelpApp';
import styles from '../../ui/help/help.css';
import { translator } from '../../ui/i18n';
import { uiLanguage } from '../../platform/ui-language';
import { reportProblem } from '../../core/report';
import examplePack from '../../../data/packs/example-pack.json';
import templatePack from '../../../data/packs/template-pack.json';

adoptStyles(document, styles);

async function main(): Promise<void> {
  const settings = await loadSettings();
  const lang = uiLanguage(settings.language);
  const t = translator(lang);
  document.documentElement.lang = lang;
  document.title = t('helpTitle');
  const numbers = new Intl.NumberFormat(lang);
  render(
    <HelpApp
      t={t}
      formatNumber={(value) => numbers.format(value)}
      limits={{ maxCharacters: MAX_PACK_CHARACTERS, maxAliases: MAX_PACK_ALIASES, maxEnabledAliases: MAX_ENABLED_PACK_ALIASES, minAliasLetters: MIN_ALIAS_LETTERS, maxListedErrors: MAX_PACK_ERRORS }}
      onDownloadTemplate={() => downloadText('counterpoint-pack-template.json', `${JSON.stringify(templatePack, null, 2)}\n`, 'application/json')}
      onDownloadExample={() => downloadText('counterpoint-example-pack.json', `${JSON.stringify(examplePack, null, 2)}\n`, 'application/json')}
    />,
    appRoot(document),
  );
}

main().catch((error: unknown) => reportProblem('The help page could not load its settings.', error));
