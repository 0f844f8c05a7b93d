// Options: classroom mode, the reading log, and teacher fact packs.
import type { Translate } from '../i18n';

export interface PackSummary {
  id: string;
  title: string;
  enabled: boolean;
  counts: { entities: number; claims: number; topics: number; questions: number };
  importedAt: string;
}

export interface ClassroomSectionProps {
  t: Translate;
  classroom: boolean;
  onClassroomChange(on: boolean): void;
  onOpenLog(): void;
  packs: PackSummary[];
  packStatus: { kind: 'ok' | 'error'; lines: string[] } | null;
  onImportPack(file: File): void;
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
          <div role={props.packStatus.kind === 'error' ? 'alert' : 'status'} class={`pack-status ${props.packStatus.kind}`}>
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
      </section>
    </>
  );
}
