// Which browser each part of the project uses, and the one message a missing browser gets.
// Decisions only: the file system and puppeteer are passed in, so the rules are unit-tested
// (test/unit/browser-setup.test.ts); scripts/setup-browsers.ts and browsers.ts do the work.

export type BrowserKind = 'chrome' | 'firefox';

export const SYSTEM_PATHS: Record<BrowserKind, string[]> = {
  chrome: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

export const ENV_VARIABLE: Record<BrowserKind, string> = { chrome: 'COUNTERPOINT_CHROME', firefox: 'COUNTERPOINT_FIREFOX' };

export interface BrowserLookup {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  /** Where puppeteer keeps the browser it installs (its cache), whether or not one is there. */
  puppeteerPath(kind: BrowserKind): string | null;
}

export type BrowserFound =
  | { kind: BrowserKind; found: true; path: string; source: 'environment' | 'system' | 'puppeteer' }
  | { kind: BrowserKind; found: false; message: string };

/** An environment variable wins, then a system browser, then the one puppeteer installed. */
export function locateBrowser(kind: BrowserKind, lookup: BrowserLookup): BrowserFound {
  const fromEnv = lookup.env[ENV_VARIABLE[kind]];
  if (fromEnv) {
    return lookup.exists(fromEnv)
      ? { kind, found: true, path: fromEnv, source: 'environment' }
      : { kind, found: false, message: `${ENV_VARIABLE[kind]} is set to ${fromEnv}, but no file is there.` };
  }
  const system = SYSTEM_PATHS[kind].find((path) => lookup.exists(path));
  if (system) return { kind, found: true, path: system, source: 'system' };
  const installed = lookup.puppeteerPath(kind);
  if (installed && lookup.exists(installed)) return { kind, found: true, path: installed, source: 'puppeteer' };
  return { kind, found: false, message: missingBrowserMessage(kind) };
}

/** The one message for a missing browser: what to install, and how. */
export function missingBrowserMessage(kind: BrowserKind): string {
  return kind === 'chrome'
    ? 'No Chromium or Chrome was found. Install one:\n' +
        '  Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
        '  anywhere else:  npm run setup:browsers   (puppeteer downloads its Chrome for Testing)\n' +
        'or point COUNTERPOINT_CHROME at a Chrome/Chromium executable.'
    : 'No Firefox was found. Install one:\n' +
        '  Debian/Ubuntu:  sudo apt-get install -y firefox-esr\n' +
        '  anywhere else:  npm run setup:browsers -- firefox   (puppeteer downloads its Firefox)\n' +
        'or point COUNTERPOINT_FIREFOX at a Firefox executable (version 140 or later).';
}

export type SetupStep = { kind: BrowserKind; action: 'use'; path: string; source: 'environment' | 'system' | 'puppeteer' } | { kind: BrowserKind; action: 'install' } | { kind: BrowserKind; action: 'fail'; message: string };

/**
 * What `npm run setup:browsers` does for each browser asked for: use one that is there, or have
 * puppeteer install it. A COUNTERPOINT_* variable that points nowhere is a mistake to report, not a
 * reason to download; with `check`, nothing is installed and a missing browser is reported.
 */
export function planSetup(kinds: readonly BrowserKind[], lookup: BrowserLookup, options: { check: boolean }): SetupStep[] {
  return kinds.map((kind) => {
    const located = locateBrowser(kind, lookup);
    if (located.found) return { kind, action: 'use', path: located.path, source: located.source };
    if (options.check || lookup.env[ENV_VARIABLE[kind]]) return { kind, action: 'fail', message: located.message };
    return { kind, action: 'install' };
  });
}

/** The browsers the browser tests will launch (COUNTERPOINT_BROWSERS narrows them, as in test/browser/harness.ts). */
export function browsersUnderTest(env: Record<string, string | undefined>): BrowserKind[] {
  const listed = env.COUNTERPOINT_BROWSERS?.split(',').map((name) => name.trim()).filter(Boolean);
  return listed?.length ? listed.filter((name): name is BrowserKind => name === 'chrome' || name === 'firefox') : ['chrome', 'firefox'];
}
