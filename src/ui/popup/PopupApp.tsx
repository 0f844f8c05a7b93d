// The toolbar popup's view: what Counterpoint found on this page, and its switches.
// Takes data and callbacks as props; never calls browser APIs itself.
import type { MentionShortcut } from '../../core/shortcut-text';
import type { EntityType } from '../../core/types';
import type { Translate } from '../i18n';
import { MentionShortcuts } from './MentionShortcuts';

export interface PopupEntity {
  entityId: string;
  name: string;
  type: EntityType;
  count: number;
}

export type PopupPage =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; hostname: string; url: string; siteActive: boolean; entities: PopupEntity[]; loggedEntries: number };

export interface PopupProps {
  t: Translate;
  page: PopupPage;
  pausedEverywhere: boolean;
  /** Decides what "off for this site" means: not on the list yet, or listed as off. */
  siteMode: 'all-except-listed' | 'only-listed';
  classroom: boolean;
  onExportAnnotations(): void;
  onOpenLog(): void;
  onToggleSite(active: boolean): void;
  onTogglePaused(paused: boolean): void;
  onRevealEntity(entityId: string): void;
  onOpenOptions(): void;
  /** As the browser reports them; null until read. */
  shortcuts: MentionShortcut[] | null;
  canOpenShortcutSettings: boolean;
  onOpenShortcutSettings(): void;
}

const TYPE_ORDER: EntityType[] = ['person', 'cartel', 'substance', 'program', 'policy', 'event', 'organization'];
const TYPE_LABEL_KEY = {
  person: 'typePeople',
  cartel: 'typeCartels',
  substance: 'typeSubstances',
  program: 'typePrograms',
  policy: 'typePolicies',
  event: 'typeEvents',
  organization: 'typeOrganizations',
} as const;

/** What the popup's one live region says: read out politely when the page's answer arrives. */
function statusText(t: Translate, page: PopupPage, listing: boolean, pausedEverywhere: boolean, siteMode: PopupProps['siteMode']): string {
  if (page.kind === 'loading') return t('popupLoading');
  if (page.kind === 'unavailable') return t('popupUnavailable');
  if (!listing) return pausedEverywhere ? t('popupPausedNote') : siteMode === 'only-listed' ? t('popupSiteNotListedNote', [page.hostname]) : t('popupSiteOffNote');
  const mentions = page.entities.reduce((total, entity) => total + entity.count, 0);
  if (!page.entities.length) return t('popupNothingFound');
  if (page.entities.length === 1) return mentions === 1 ? t('popupSummaryOne') : t('popupSummaryOneName', [mentions]);
  return t('popupSummaryMany', [mentions, page.entities.length]);
}

/**
 * The page's mentions as a list a screen reader can walk: each name with its count and a "Go to"
 * button that scrolls to its first mention and opens its card. The page itself gets no ARIA: its
 * highlights stay silent, and this list is the way in.
 */
function EntityGroups({ t, entities, onRevealEntity }: { t: Translate; entities: PopupEntity[]; onRevealEntity(id: string): void }) {
  if (!entities.length) return null;
  return (
    <div class="groups">
      <p class="what">{t('popupGoToHint')}</p>
      {TYPE_ORDER.map((type) => {
        const inGroup = entities.filter((entity) => entity.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
        if (!inGroup.length) return null;
        return (
          <section key={type} aria-labelledby={`group-${type}`}>
            <h2 id={`group-${type}`}>{t(TYPE_LABEL_KEY[type])}</h2>
            <ul aria-labelledby={`group-${type}`}>
              {inGroup.map((entity) => (
                <li key={entity.entityId} class="entity-row">
                  <span class="name">{entity.name}</span>
                  <span class="count">
                    <span aria-hidden="true">{entity.count}</span>
                    <span class="visually-hidden">{entity.count === 1 ? t('popupMentionCountOne') : t('popupMentionCount', [entity.count])}</span>
                  </span>
                  <button type="button" class="entity" data-entity={entity.entityId} aria-label={t('popupGoToEntity', [entity.name])} onClick={() => onRevealEntity(entity.entityId)}>
                    {t('popupGoTo')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export function PopupApp(props: PopupProps) {
  const { t, page, pausedEverywhere } = props;
  const listing = page.kind === 'ready' && page.siteActive && !pausedEverywhere;
  return (
    <main class="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <p class="what">{t('popupWhatIsThis')}</p>
      </header>
      {page.kind === 'ready' && (
        <div class="switches">
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={page.siteActive && !pausedEverywhere}
              disabled={pausedEverywhere}
              onChange={(event) => props.onToggleSite(event.currentTarget.checked)}
            />
            <span>{t('popupSiteSwitch', [page.hostname])}</span>
          </label>
          <label class="switch">
            <input type="checkbox" role="switch" checked={pausedEverywhere} onChange={(event) => props.onTogglePaused(event.currentTarget.checked)} />
            <span>{t('popupPauseEverywhere')}</span>
          </label>
        </div>
      )}
      {/* One region from the first frame on, so its change from "looking" to the answer is announced. */}
      <p class={page.kind === 'ready' && !listing ? 'empty' : 'status'} role="status">
        {statusText(t, page, listing, pausedEverywhere, props.siteMode)}
      </p>
      {listing && page.kind === 'ready' && <EntityGroups t={t} entities={page.entities} onRevealEntity={props.onRevealEntity} />}
      {props.classroom && (
        <div class="classroom">
          <p class="what">{t('popupClassroomOn')}</p>
          {page.kind === 'ready' && page.loggedEntries > 0 && (
            <button type="button" class="export" onClick={props.onExportAnnotations}>
              {t('popupExport')}
            </button>
          )}
        </div>
      )}
      {props.shortcuts && (
        <section class="shortcuts" aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
          <MentionShortcuts t={t} shortcuts={props.shortcuts} canOpenSettings={props.canOpenShortcutSettings} onOpenSettings={props.onOpenShortcutSettings} />
        </section>
      )}
      <footer>
        <button type="button" class="link" onClick={props.onOpenOptions}>
          {t('popupOpenOptions')}
        </button>
        {props.classroom && (
          <button type="button" class="link" onClick={props.onOpenLog}>
            {t('popupOpenLog')}
          </button>
        )}
      </footer>
    </main>
  );
}
