import { describe, expect, it } from 'vitest';
import { mentionShortcuts, shortcutKeys } from '../../src/core/shortcut-text';

describe('the mention shortcuts as the browser reports them', () => {
  it('writes punctuation keys as the key caps a reader looks for', () => {
    expect(shortcutKeys('Alt+Shift+Period')).toBe('Alt+Shift+.');
    expect(shortcutKeys('Alt+Shift+Comma')).toBe('Alt+Shift+,');
    expect(shortcutKeys('MacCtrl+Shift+Period')).toBe('Control+Shift+.');
    expect(shortcutKeys('Ctrl+Shift+Y')).toBe('Ctrl+Shift+Y');
  });

  it('says a removed shortcut is unset rather than showing the manifest’s default', () => {
    expect(shortcutKeys('')).toBeNull();
    expect(shortcutKeys(undefined)).toBeNull();
    expect(shortcutKeys(null)).toBeNull();
    expect(shortcutKeys('  ')).toBeNull();
    expect(shortcutKeys(' Command+Shift+Period ')).toBe('⌘+Shift+.');
    const reported = mentionShortcuts([
      { name: '_execute_action', shortcut: '' },
      { name: 'previous-mention', shortcut: 'Ctrl+Shift+8' },
      { name: 'next-mention', shortcut: '' },
    ]);
    expect(reported).toEqual([
      { command: 'next-mention', keys: null },
      { command: 'previous-mention', keys: 'Ctrl+Shift+8' },
    ]);
  });

  it('lists both commands even when the browser lists neither', () => {
    expect(mentionShortcuts([])).toEqual([
      { command: 'next-mention', keys: null },
      { command: 'previous-mention', keys: null },
    ]);
  });
});
