// The options page's teacher packs: what is stored (checked), what the reader sees about it, and
// what each button does. Every failure, a full store included, becomes a status line; nothing here
// throws into the page or leaves an old message standing.
import type { PackSummary, PackStatus, SetAsideSummary } from '../../ui/options/ClassroomSection';
import { sayPhrase, type Translate } from '../../ui/i18n';
import { MAX_ENABLED_PACK_ALIASES, MAX_PACK_ALIASES, MAX_PACK_CHARACTERS } from '../../core/pack-limits';
import type { StoredPacksCheck } from '../../core/fact-packs';
import type { Phrase } from '../../core/phrase';
import { downloadText } from '../../platform/download';
import { importPackText } from '../../platform/fact-pack-import';
import { loadPacks, removePack, removeSetAside, setPackEnabled, type PackChange } from '../../platform/fact-packs-store';

/** Packs are read whole, so anything bigger than this is refused before it is read. */
const MAX_PACK_FILE_BYTES = MAX_PACK_CHARACTERS * 4;
const EMPTY: StoredPacksCheck = { packs: [], setAside: [], overBudget: [] };

export interface PackPanel {
  reload(): Promise<void>;
  view(t: Translate): {
    packs: PackSummary[];
    setAside: SetAsideSummary[];
    limits: { packMegabytes: number; packAliases: number; enabledAliases: number };
    packStatus: PackStatus;
    onImportPack(file: File): void;
    onTogglePack(id: string, enabled: boolean): void;
    onRemovePack(id: string): void;
    onExportPack(id: string): void;
    onRemoveSetAside(index: number): void;
    onDownloadSetAside(index: number): void;
  };
}

const sayReason = (t: Translate, reason: Phrase | undefined) => (reason ? sayPhrase(t, reason) : undefined);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createPackPanel(redraw: () => void): PackPanel {
  let check = EMPTY;
  let status: PackStatus = null;
  /** Why the store could not be read, worded when drawn: reload() runs before the page knows its language. */
  let unreadable: string | null = null;
  const show = (next: PackStatus) => {
    status = next;
    unreadable = null;
    redraw();
  };

  async function reload(): Promise<void> {
    try {
      check = await loadPacks();
      unreadable = null;
    } catch (error) {
      check = EMPTY;
      unreadable = message(error);
    }
  }

  async function importFile(file: File, t: Translate): Promise<void> {
    show({ kind: 'busy', lines: [t('optionsPackChecking', [file.name])] });
    try {
      if (file.size > MAX_PACK_FILE_BYTES) {
        return show({ kind: 'error', lines: [t('optionsPackRejected'), t('optionsPackFileTooLarge', [file.name, (file.size / 1024 / 1024).toFixed(1), MAX_PACK_CHARACTERS / 1_000_000])] });
      }
      const result = await importPackText(await file.text(), file.name);
      if (result.ok) show({ kind: 'ok', lines: [t('optionsPackImported', [result.stored.pack.title, file.name])] });
      else if ('storage' in result) show({ kind: 'error', lines: [result.storage === 'storage-full' ? t('optionsPackStorageFull', [file.name]) : t('optionsPackStorageError', [file.name, result.message])] });
      else show({ kind: 'error', lines: [t('optionsPackRejected'), ...result.phrases.map((reason) => sayPhrase(t, reason))] });
    } catch (error) {
      show({ kind: 'error', lines: [t('optionsPackRejected'), `${file.name}: ${message(error)}`] });
    }
  }

  async function change(t: Translate, action: () => Promise<PackChange>): Promise<void> {
    try {
      const result = await action();
      if (result.ok) return;
      if (result.reason === 'storage-full') show({ kind: 'error', lines: [t('optionsPackChangeStorageFull')] });
      else show({ kind: 'error', lines: [t('optionsPackChangeFailed', [result.reason === 'refused' ? sayPhrase(t, result.phrase) : result.message])] });
    } catch (error) {
      show({ kind: 'error', lines: [t('optionsPackChangeFailed', [message(error)])] });
    }
    // A refused switch must not stay drawn as switched.
    await reload();
    redraw();
  }

  const setAsideAt = (index: number) => check.setAside.find((entry) => entry.index === index);

  return {
    reload,
    view: (t) => ({
      packs: check.packs.map((stored) => ({
        id: stored.pack.id,
        title: stored.pack.title,
        enabled: stored.enabled,
        importedAt: stored.importedAt,
        counts: { entities: stored.pack.entities.length, claims: stored.pack.claims.length, topics: stored.pack.topics.length, questions: stored.pack.questions.length },
        notInUse: sayReason(t, check.overBudget.find((entry) => entry.id === stored.pack.id)?.reason),
      })),
      // Each reason starts with the label, which the list already shows as its heading.
      setAside: check.setAside.map(({ index, label, reasons }) => {
        const name = sayPhrase(t, label);
        return { index, label: name, reasons: reasons.map((reason) => sayPhrase(t, reason)).map((reason) => (reason.startsWith(`${name}: `) ? reason.slice(name.length + 2) : reason)) };
      }),
      limits: { packMegabytes: MAX_PACK_CHARACTERS / 1_000_000, packAliases: MAX_PACK_ALIASES, enabledAliases: MAX_ENABLED_PACK_ALIASES },
      packStatus: unreadable === null ? status : { kind: 'error', lines: [t('optionsPacksUnreadable', [unreadable])] },
      onImportPack: (file) => void importFile(file, t),
      onTogglePack: (id, enabled) => void change(t, () => setPackEnabled(id, enabled)),
      onRemovePack: (id) => void change(t, () => removePack(id)),
      onExportPack: (id) => {
        const stored = check.packs.find((candidate) => candidate.pack.id === id);
        if (stored) downloadText(`${id}.json`, `${JSON.stringify(stored.pack, null, 2)}\n`, 'application/json');
      },
      onRemoveSetAside: (index) => {
        const entry = setAsideAt(index);
        if (entry) void change(t, () => removeSetAside(index, entry.raw));
      },
      onDownloadSetAside: (index) => {
        const entry = setAsideAt(index);
        if (!entry) return;
        try {
          downloadText(`damaged-pack-${index + 1}.json`, `${JSON.stringify(entry.raw, null, 2) ?? String(entry.raw)}\n`, 'application/json');
        } catch (error) {
          show({ kind: 'error', lines: [t('optionsPackChangeFailed', [message(error)])] });
        }
      },
    }),
  };
}
