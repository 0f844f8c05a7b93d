// The two mention shortcuts as the browser reports them (`commands.getAll()`), in the words a reader
// presses: the reader may have changed or removed them, so nothing here assumes the manifest's keys.
// Pure: no browser APIs.

export const MENTION_COMMANDS = ['next-mention', 'previous-mention'] as const;
export type MentionCommand = (typeof MENTION_COMMANDS)[number];

export interface MentionShortcut {
  command: MentionCommand;
  /** "Alt+Shift+.", or null when the reader (or a clash with another extension) left it unset. */
  keys: string | null;
}

/** Both browsers spell punctuation keys by name ("Alt+Shift+Period"); a reader looks for the key cap. */
const KEY_CAPS: Record<string, string> = {
  Period: '.',
  Comma: ',',
  MacCtrl: 'Control',
  Command: '⌘',
};

export function shortcutKeys(reported: string | undefined | null): string | null {
  const trimmed = reported?.trim();
  if (!trimmed) return null;
  return trimmed
    .split('+')
    .map((part) => KEY_CAPS[part] ?? part)
    .join('+');
}

/** Our two commands in a fixed order, whatever else (`_execute_action`) the browser lists. */
export function mentionShortcuts(commands: readonly { name?: string; shortcut?: string }[]): MentionShortcut[] {
  return MENTION_COMMANDS.map((command) => ({ command, keys: shortcutKeys(commands.find((entry) => entry.name === command)?.shortcut) }));
}
