// The help page for teachers: the pack format, the rules a pack must pass, its limits, and two
// files to start from. Props in (the limits come from src/core, so the page cannot drift from them).
import type { Translate } from '../i18n';

export interface PackLimits {
  maxCharacters: number;
  maxAliases: number;
  maxEnabledAliases: number;
  minAliasLetters: number;
  maxListedErrors: number;
}

export interface HelpProps {
  t: Translate;
  /** Numbers written the reader's way ("1,000,000" or "1.000.000"). */
  formatNumber(value: number): string;
  limits: PackLimits;
  onDownloadTemplate(): void;
  onDownloadExample(): void;
}

const FIELDS = [
  ['schemaVersion', 'helpFieldSchemaVersion'],
  ['id', 'helpFieldId'],
  ['title, description', 'helpFieldTitle'],
  ['sources', 'helpFieldSources'],
  ['entities', 'helpFieldEntities'],
  ['claims', 'helpFieldClaims'],
  ['topics', 'helpFieldTopics'],
  ['questions', 'helpFieldQuestions'],
] as const;

export function HelpApp({ t, formatNumber, limits, onDownloadTemplate, onDownloadExample }: HelpProps) {
  return (
    <main class="help">
      <h1>{t('helpTitle')}</h1>
      <p>{t('helpIntro')}</p>
      <section aria-labelledby="help-downloads">
        <h2 id="help-downloads">{t('helpDownloadsHeading')}</h2>
        <div class="download">
          <button type="button" class="download-template" onClick={onDownloadTemplate}>
            {t('helpTemplateButton')}
          </button>
          <p class="hint">{t('helpTemplateHint')}</p>
        </div>
        <div class="download">
          <button type="button" class="download-example" onClick={onDownloadExample}>
            {t('helpExampleButton')}
          </button>
          <p class="hint">{t('helpExampleHint')}</p>
        </div>
      </section>
      <section aria-labelledby="help-fields">
        <h2 id="help-fields">{t('helpFieldsHeading')}</h2>
        <dl class="fields">
          {FIELDS.map(([field, key]) => (
            <div key={field}>
              <dt>
                <code>{field}</code>
              </dt>
              <dd>{t(key)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="help-rules">
        <h2 id="help-rules">{t('helpRulesHeading')}</h2>
        <ul>
          <li>{t('helpRuleOwnSource')}</li>
          <li>{t('helpRuleBundled')}</li>
          <li>{t('helpRuleRefused', [formatNumber(limits.maxListedErrors)])}</li>
        </ul>
      </section>
      <section aria-labelledby="help-limits">
        <h2 id="help-limits">{t('helpLimitsHeading')}</h2>
        <p>{t('helpLimitsWhy')}</p>
        <ul class="limits">
          <li>{t('helpLimitSize', [formatNumber(limits.maxCharacters)])}</li>
          <li>{t('helpLimitAliases', [formatNumber(limits.maxAliases), formatNumber(limits.maxEnabledAliases)])}</li>
          <li>{t('helpLimitLetters', [formatNumber(limits.minAliasLetters)])}</li>
          <li>{t('helpLimitStopWords')}</li>
          <li>{t('helpLimitCommon')}</li>
          <li>{t('helpLimitCues')}</li>
          <li>{t('helpLimitInvisible')}</li>
          <li>{t('helpLimitIds')}</li>
        </ul>
      </section>
      <section aria-labelledby="help-import">
        <h2 id="help-import">{t('helpImportHeading')}</h2>
        <p>{t('helpImportSteps')}</p>
      </section>
    </main>
  );
}
