// The browser set-up's decisions: which browser is used, when puppeteer installs one, and the one
// message a missing browser gets.
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, locateBrowser, missingBrowserMessage, planSetup, type BrowserLookup } from '../../scripts/lib/browser-setup';

const machine = (files: string[], env: Record<string, string> = {}, puppeteerCache = '/home/me/.cache/puppeteer/chrome/linux-1/chrome'): BrowserLookup => ({
  env,
  exists: (path) => files.includes(path),
  puppeteerPath: (kind) => (kind === 'chrome' ? puppeteerCache : null),
});

describe('browser set-up', () => {
  it('uses a system browser and downloads nothing where one exists', () => {
    const lookup = machine(['/usr/bin/chromium', '/usr/bin/firefox-esr']);
    expect(planSetup(['chrome', 'firefox'], lookup, { check: false })).toEqual([
      { kind: 'chrome', action: 'use', path: '/usr/bin/chromium', source: 'system' },
      { kind: 'firefox', action: 'use', path: '/usr/bin/firefox-esr', source: 'system' },
    ]);
  });

  it('has puppeteer install a browser only where none is found, and uses it once it is there', () => {
    expect(planSetup(['chrome'], machine([]), { check: false })).toEqual([{ kind: 'chrome', action: 'install' }]);
    const cache = '/home/me/.cache/puppeteer/chrome/linux-1/chrome';
    expect(planSetup(['chrome'], machine([cache]), { check: false })).toEqual([{ kind: 'chrome', action: 'use', path: cache, source: 'puppeteer' }]);
  });

  it('lets the environment variable win, and reports one that points nowhere instead of downloading', () => {
    expect(locateBrowser('chrome', machine(['/usr/bin/chromium', '/opt/chrome'], { COUNTERPOINT_CHROME: '/opt/chrome' }))).toEqual({ kind: 'chrome', found: true, path: '/opt/chrome', source: 'environment' });
    expect(planSetup(['firefox'], machine(['/usr/bin/firefox-esr'], { COUNTERPOINT_FIREFOX: '/nope' }), { check: false })).toEqual([
      { kind: 'firefox', action: 'fail', message: 'COUNTERPOINT_FIREFOX is set to /nope, but no file is there.' },
    ]);
  });

  it('with --check installs nothing, and a missing browser gets one message naming what to install', () => {
    const [chrome, firefox] = planSetup(['chrome', 'firefox'], machine([]), { check: true });
    expect(chrome).toEqual({ kind: 'chrome', action: 'fail', message: missingBrowserMessage('chrome') });
    expect(firefox).toEqual({ kind: 'firefox', action: 'fail', message: missingBrowserMessage('firefox') });
    expect(missingBrowserMessage('chrome')).toMatch(/sudo apt-get install -y chromium\n.*npm run setup:browsers\b.*\n.*COUNTERPOINT_CHROME/s);
    expect(missingBrowserMessage('firefox')).toMatch(/sudo apt-get install -y firefox-esr\n.*npm run setup:browsers -- firefox.*\n.*COUNTERPOINT_FIREFOX.*140/s);
  });

  it('checks the browsers the tests will launch', () => {
    expect(browsersUnderTest({})).toEqual(['chrome', 'firefox']);
    expect(browsersUnderTest({ COUNTERPOINT_BROWSERS: 'firefox' })).toEqual(['firefox']);
  });
});
