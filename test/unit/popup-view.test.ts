// The popup's view on its own: what its one status region says, and the list a screen reader walks.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/ui/i18n';
import { PopupApp, type PopupEntity, type PopupPage, type PopupProps } from '../../src/ui/popup/PopupApp';

const noop = () => {};
const render = (page: PopupPage, lang: 'en' | 'es' = 'en', extra: Partial<PopupProps> = {}) =>
  renderToString(
    h(PopupApp, {
      t: translator(lang),
      page,
      pausedEverywhere: false,
      siteMode: 'only-listed',
      classroom: false,
      onExportAnnotations: noop,
      onOpenLog: noop,
      onToggleSite: noop,
      onTogglePaused: noop,
      onRevealEntity: noop,
      onOpenOptions: noop,
      shortcuts: [
        { command: 'next-mention', keys: 'Alt+Shift+.' },
        { command: 'previous-mention', keys: null },
      ],
      canOpenShortcutSettings: false,
      onOpenShortcutSettings: noop,
      ...extra,
    }),
  );
const ready = (entities: PopupEntity[]): PopupPage => ({ kind: 'ready', hostname: 'example.org', url: 'https://example.org/', siteActive: true, loggedEntries: 0, entities });
const status = (html: string) => /<p class="[^"]*" role="status">([^<]*)<\/p>/.exec(html)?.[1];
const kelly: PopupEntity = { entityId: 'john-kelly', name: 'John Kelly', type: 'person', count: 3 };

describe('the popup view', () => {
  it('keeps one status region from loading to the answer, with totals in the reader’s language', () => {
    expect(status(render({ kind: 'loading' }))).toBe('Looking at this page…');
    expect(status(render(ready([{ ...kelly, count: 1 }])))).toBe('1 mention of 1 name on this page.');
    expect(status(render(ready([kelly])))).toBe('3 mentions of 1 name on this page.');
    expect(status(render(ready([kelly, { entityId: 'fentanyl', name: 'Fentanilo', type: 'substance', count: 2 }]), 'es'))).toBe('5 menciones de 2 nombres en esta página.');
    expect(status(render(ready([])))).toBe('Nothing from the fact base is mentioned on this page.');
    expect(status(render({ ...ready([kelly]), siteActive: false } as PopupPage))).toContain('example.org');
  });

  it('gives each name its count in words and a "Go to" button named after it', () => {
    const html = render(ready([kelly]));
    expect(html).toContain('<span class="visually-hidden">3 mentions</span>');
    expect(html).toContain('aria-label="Go to John Kelly"');
    expect(render(ready([kelly]), 'es')).toContain('aria-label="Ir a John Kelly"');
  });

  it('shows the shortcuts, "not set" for a removed one, and Firefox’s menu path', () => {
    const html = render(ready([kelly]));
    expect(html).toContain('<kbd>Alt+Shift+.</kbd>');
    expect(html).toContain('not set');
    expect(html).toContain('Manage Extension Shortcuts');
    expect(render(ready([kelly]), 'en', { canOpenShortcutSettings: true })).toContain('Change shortcuts');
  });
});
