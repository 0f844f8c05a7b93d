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

function EntityGroups({ t, entities, onRevealEntity }: { t: Translate; entities: PopupEntity[]; onRevealEntity(id: string): void }) {
  if (!entities.length) return <p class="empty">{t('popupNothingFound')}</p>;
  return (
    <div class="groups">
      {TYPE_ORDER.map((type) => {
        const inGroup = entities.filter((entity) => entity.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
        if (!inGroup.length) return null;
        return (
          <section key={type} aria-labelledby={`group-${type}`}>
            <h2 id={`group-${type}`}>{t(TYPE_LABEL_KEY[type])}</h2>
            <ul>
              {inGroup.map((entity) => (
                <li key={entity.entityId}>
                  <button type="button" class="entity" data-entity={entity.entityId} onClick={() => onRevealEntity(entity.entityId)}>
                    <span class="name">{entity.name}</span>
                    <span class="count" aria-label={t('popupMentionCount', [entity.count])}>{entity.count}</span>
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
  return (
    <main class="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <p class="what">{t('popupWhatIsThis')}</p>
      </header>
      {page.kind === 'loading' && <p class="status">{t('popupLoading')}</p>}
      {page.kind === 'unavailable' && <p class="status" role="status">{t('popupUnavailable')}</p>}
      {page.kind === 'ready' && (
        <>
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
          {page.siteActive && !pausedEverywhere ? (
            <EntityGroups t={t} entities={page.entities} onRevealEntity={props.onRevealEntity} />
          ) : (
            <p class="empty">{pausedEverywhere ? t('popupPausedNote') : props.siteMode === 'only-listed' ? t('popupSiteNotListedNote', [page.hostname]) : t('popupSiteOffNote')}</p>
          )}
        </>
      )}
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
