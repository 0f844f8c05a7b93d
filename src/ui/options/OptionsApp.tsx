// The options page's view. Every control saves at once; open tabs follow live.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CATEGORIES, HOVER_DELAY_RANGE, normalizeHostname, type Category, type Settings } from '../../core/settings';
import type { MentionShortcut } from '../../core/shortcut-text';
import type { Translate } from '../i18n';
import { MentionShortcuts } from '../popup/MentionShortcuts';
import { ResetSection } from './ResetSection';

export interface EntitySearchHit {
  entityId: string;
  name: string;
  typeLabel: string;
}

export interface OptionsProps {
  t: Translate;
  settings: Settings;
  onChange(settings: Settings): void;
  /** Called only after the reader confirmed in the Reset dialog. */
  onReset(): void;
  /** A fresh install's settings, for the Reset dialog to say what it changes. */
  defaults: Settings;
  searchEntities(query: string): EntitySearchHit[];
  /** Renders the card for a found entity. */
  renderEntity(entityId: string): ComponentChildren;
  /** As the browser reports them; null until read. */
  shortcuts: MentionShortcut[] | null;
  canOpenShortcutSettings: boolean;
  onOpenShortcutSettings(): void;
  /** Extra sections supplied by later features (classroom mode, fact packs). */
  children?: ComponentChildren;
}

const CATEGORY_KEY: Record<Category, 'typePeople' | 'typeCartels' | 'typeSubstances' | 'optionsCategoryPrograms' | 'typeOrganizations'> = {
  people: 'typePeople',
  cartels: 'typeCartels',
  substances: 'typeSubstances',
  programs: 'optionsCategoryPrograms',
  organizations: 'typeOrganizations',
};

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = `section-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function SiteList({ t, settings, onChange }: Pick<OptionsProps, 't' | 'settings' | 'onChange'>) {
  const [draft, setDraft] = useState('');
  const key = settings.siteMode === 'only-listed' ? 'includedSites' : 'excludedSites';
  const sites = settings[key];
  const add = () => {
    const site = normalizeHostname(draft.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '');
    if (!site || sites.includes(site)) return;
    onChange({ ...settings, [key]: [...sites, site] });
    setDraft('');
  };
  return (
    <>
      <fieldset>
        <legend>{t('optionsSiteMode')}</legend>
        {(['all-except-listed', 'only-listed'] as const).map((mode) => (
          <label key={mode} class="choice">
            <input type="radio" name="siteMode" value={mode} checked={settings.siteMode === mode} onChange={() => onChange({ ...settings, siteMode: mode })} />
            {t(mode === 'all-except-listed' ? 'optionsSiteModeExcept' : 'optionsSiteModeOnly')}
          </label>
        ))}
      </fieldset>
      <p class="hint">{t(settings.siteMode === 'only-listed' ? 'optionsSitesIncludedHint' : 'optionsSitesExcludedHint')}</p>
      <ul class="sites" aria-label={t('optionsSiteListLabel')}>
        {sites.map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button type="button" class="small" aria-label={t('optionsRemoveSite', [site])} onClick={() => onChange({ ...settings, [key]: sites.filter((entry) => entry !== site) })}>
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="add-site"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label>
          <span class="visually-hidden">{t('optionsAddSiteLabel')}</span>
          <input type="text" value={draft} placeholder="example.com" onInput={(event) => setDraft(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('optionsAddSite')}</button>
      </form>
    </>
  );
}

function FindEntity({ t, searchEntities, renderEntity }: Pick<OptionsProps, 't' | 'searchEntities' | 'renderEntity'>) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const hits = query.trim().length >= 2 ? searchEntities(query) : [];
  return (
    <>
      <label class="stacked">
        {t('optionsFindEntityLabel')}
        <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </label>
      {query.trim().length >= 2 && !hits.length && <p class="hint">{t('optionsFindEntityNone')}</p>}
      <ul class="hits">
        {hits.map((hit) => (
          <li key={hit.entityId}>
            <button type="button" class="hit" aria-pressed={chosen === hit.entityId} onClick={() => setChosen(hit.entityId)}>
              <span>{hit.name}</span> <span class="hint">{hit.typeLabel}</span>
            </button>
          </li>
        ))}
      </ul>
      {chosen && <div class="entity-card">{renderEntity(chosen)}</div>}
    </>
  );
}

export function OptionsApp(props: OptionsProps) {
  const { t, settings, onChange } = props;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <Section title={t('optionsCategories')}>
        {CATEGORIES.map((category) => (
          <label key={category} class="choice">
            <input
              type="checkbox"
              name={`category-${category}`}
              checked={settings.categories[category]}
              onChange={(event) => onChange({ ...settings, categories: { ...settings.categories, [category]: event.currentTarget.checked } })}
            />
            {t(CATEGORY_KEY[category])}
          </label>
        ))}
      </Section>
      <Section title={t('optionsHighlighting')}>
        <fieldset>
          <legend>{t('optionsHighlightStyle')}</legend>
          {(['underline', 'background', 'hover-only'] as const).map((style) => (
            <label key={style} class="choice">
              <input type="radio" name="highlightStyle" value={style} checked={settings.highlightStyle === style} onChange={() => onChange({ ...settings, highlightStyle: style })} />
              {t(style === 'underline' ? 'optionsStyleUnderline' : style === 'background' ? 'optionsStyleBackground' : 'optionsStyleHoverOnly')}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optionsMentionScope')}</legend>
          {(['all', 'first'] as const).map((scope) => (
            <label key={scope} class="choice">
              <input type="radio" name="mentionScope" value={scope} checked={settings.mentionScope === scope} onChange={() => onChange({ ...settings, mentionScope: scope })} />
              {t(scope === 'all' ? 'optionsScopeAll' : 'optionsScopeFirst')}
            </label>
          ))}
        </fieldset>
        <label class="stacked">
          {t('optionsHoverDelay', [settings.hoverDelayMs])}
          <input
            type="range"
            name="hoverDelayMs"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(event) => onChange({ ...settings, hoverDelayMs: Number(event.currentTarget.value) })}
          />
        </label>
        <label class="choice">
          <input type="checkbox" name="badge" checked={settings.badge} onChange={(event) => onChange({ ...settings, badge: event.currentTarget.checked })} />
          {t('optionsBadge')}
        </label>
      </Section>
      <Section title={t('shortcutsHeading')}>
        <p>{t('optionsShortcutsExplained')}</p>
        {props.shortcuts && (
          <MentionShortcuts t={t} shortcuts={props.shortcuts} canOpenSettings={props.canOpenShortcutSettings} onOpenSettings={props.onOpenShortcutSettings} />
        )}
        <p class="hint">{t('optionsShortcutsNotSetHint')}</p>
      </Section>
      <Section title={t('optionsSites')}>
        <SiteList t={t} settings={settings} onChange={onChange} />
      </Section>
      <Section title={t('optionsLanguage')}>
        <label class="stacked">
          {t('optionsLanguageLabel')}
          <select name="language" value={settings.language} onChange={(event) => onChange({ ...settings, language: event.currentTarget.value as Settings['language'] })}>
            <option value="auto">{t('optionsLanguageAuto')}</option>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </label>
      </Section>
      {props.children}
      <Section title={t('optionsFindEntity')}>
        <FindEntity t={t} searchEntities={props.searchEntities} renderEntity={props.renderEntity} />
      </Section>
      <Section title={t('optionsReset')}>
        <ResetSection t={t} settings={settings} defaults={props.defaults} onReset={props.onReset} />
      </Section>
    </main>
  );
}
