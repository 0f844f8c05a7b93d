// The two mention shortcuts as the browser reports them, and where to change them.
// Shared by the popup and the options page; props in, no browser APIs.
import type { MentionShortcut } from '../../core/shortcut-text';
import type { Translate } from '../i18n';

export interface MentionShortcutsProps {
  t: Translate;
  shortcuts: MentionShortcut[];
  /** Chrome lets us open its shortcut page; Firefox gets the menu path instead. */
  canOpenSettings: boolean;
  onOpenSettings(): void;
}

const LABEL_KEY = { 'next-mention': 'shortcutNextMention', 'previous-mention': 'shortcutPreviousMention' } as const;

export function MentionShortcuts({ t, shortcuts, canOpenSettings, onOpenSettings }: MentionShortcutsProps) {
  return (
    <>
      <dl class="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.command} class="shortcut" data-command={shortcut.command}>
            <dt>{t(LABEL_KEY[shortcut.command])}</dt>
            <dd>{shortcut.keys ? <kbd>{shortcut.keys}</kbd> : <span class="not-set">{t('shortcutNotSet')}</span>}</dd>
          </div>
        ))}
      </dl>
      {canOpenSettings ? (
        <button type="button" class="link change-shortcuts" onClick={onOpenSettings}>
          {t('shortcutsChange')}
        </button>
      ) : (
        <p class="shortcut-path">{t('shortcutsFirefoxPath')}</p>
      )}
    </>
  );
}
