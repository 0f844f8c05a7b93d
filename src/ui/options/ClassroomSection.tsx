// Options: classroom mode, the reading log, and teacher fact packs.
import type { Translate } from '../i18n';

export interface PackSummary {
  id: string;
  title: string;
  enabled: boolean;
  counts: { entities: number; claims: number; topics: number; questions: number };
  importedAt: string;
  /** Why an enabled pack is not in use (the alias budget), if it is not. */
  notInUse?: string;
}

/** A stored entry that failed its checks: shown with the reasons, never used, removable. */
export interface SetAsideSummary {
  index: number;
  label: string;
  reasons: string[];
}

export type PackStatus = { kind: 'ok' | 'error' | 'busy'; lines: string[] } | null;

export interface ClassroomSectionProps {
  t: Translate;
  classroom: boolean;
  onClassroomChange(on: boolean): void;
  onOpenLog(): void;
  /** The help page on writing packs (an extension page, opened in a new tab). */
  helpUrl: string;
  packs: PackSummary[];
  setAside: SetAsideSummary[];
  /** The limits a pack must keep to, for the hint under the import button. */
  limits: { packMegabytes: number; packAliases: number; enabledAliases: number };
  packStatus: PackStatus;
  onImportPack(file: File): void;
  onRemoveSetAside(index: number): void;
  onDownloadSetAside(index: number): void;
  onTogglePack(id: string, enabled: boolean): void;
  onExportPack(id: string): void;
  onRemovePack(id: string): void;
}

export function ClassroomSection(props: ClassroomSectionProps) {
  const { t } = props;
  return (
    <>
      <section aria-labelledby="section-classroom">
        <h2 id="section-classroom">{t('optionsClassroom')}</h2>
        <label class="choice">
          <input type="checkbox" name="classroom" checked={props.classroom} onChange={(event) => props.onClassroomChange(event.currentTarget.checked)} />
          {t('optionsClassroomToggle')}
        </label>
        <p class="hint">{t('optionsClassroomHint')}</p>
        <button type="button" onClick={props.onOpenLog}>
          {t('optionsOpenLog')}
        </button>
      </section>
      <section aria-labelledby="section-packs">
        <h2 id="section-packs">{t('optionsPacks')}</h2>
        <p class="hint">{t('optionsPacksHint')}</p>
        <p>
          <a class="help-link" href={props.helpUrl} target="_blank" rel="noopener">
            {t('optionsPackHelpLink')}
          </a>
        </p>
        <p class="hint">{t('optionsPacksLimits', [props.limits.packMegabytes, props.limits.packAliases, props.limits.enabledAliases])}</p>
        <label class="button">
          {t('optionsImportPack')}
          <input
            type="file"
            name="pack-file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) props.onImportPack(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        {props.packStatus && (
          <div role={props.packStatus.kind === 'error' ? 'alert' : 'status'} aria-busy={props.packStatus.kind === 'busy'} class={`pack-status ${props.packStatus.kind}`}>
            <ul>
              {props.packStatus.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {props.packs.length > 0 && (
          <ul class="packs">
            {props.packs.map((pack) => (
              <li key={pack.id}>
                <label class="choice">
                  <input type="checkbox" name={`pack-${pack.id}`} checked={pack.enabled} onChange={(event) => props.onTogglePack(pack.id, event.currentTarget.checked)} />
                  <span>
                    <strong>{pack.title}</strong>{' '}
                    <span class="hint">{t('optionsPackCounts', [pack.counts.entities, pack.counts.claims, pack.counts.topics, pack.counts.questions])}</span>
                    {pack.notInUse && <span class="hint not-in-use">{t('optionsPackNotInUse', [pack.notInUse])}</span>}
                  </span>
                </label>
                <span class="pack-actions">
                  <button type="button" class="small" onClick={() => props.onExportPack(pack.id)}>
                    {t('optionsExportPack')}
                  </button>
                  <button type="button" class="small" onClick={() => props.onRemovePack(pack.id)}>
                    {t('optionsRemove')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        {props.setAside.length > 0 && (
          <div class="set-aside" role="alert">
            <h3>{t('optionsPacksSetAside')}</h3>
            <p class="hint">{t('optionsPacksSetAsideHint')}</p>
            <ul class="packs">
              {props.setAside.map((entry) => (
                <li key={entry.index}>
                  <span>
                    <strong>{entry.label}</strong>
                    <ul class="reasons">
                      {entry.reasons.map((reason, index) => (
                        <li key={index}>{reason}</li>
                      ))}
                    </ul>
                  </span>
                  <span class="pack-actions">
                    <button type="button" class="small" onClick={() => props.onDownloadSetAside(entry.index)}>
                      {t('optionsDownloadSetAside')}
                    </button>
                    <button type="button" class="small" aria-label={t('optionsRemoveSetAside', [entry.label])} onClick={() => props.onRemoveSetAside(entry.index)}>
                      {t('optionsRemove')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </>
  );
}
