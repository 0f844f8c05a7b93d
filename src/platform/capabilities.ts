// The one place that knows which browser we were built for. Everything else asks a capability.
declare const __BROWSER__: 'chrome' | 'firefox' | undefined;
declare const __TEST_HOOKS__: boolean | undefined;

export const BROWSER: 'chrome' | 'firefox' = typeof __BROWSER__ === 'string' ? __BROWSER__ : 'chrome';

/** True only in the test build (dist/test-*): a timing channel for the page benchmarks. */
export const TEST_HOOKS: boolean = typeof __TEST_HOOKS__ === 'boolean' ? __TEST_HOOKS__ : false;

export const capabilities = {
  /** Chrome runs the background as a service worker that stops after 30 s idle. */
  backgroundMayStop: BROWSER === 'chrome',
  /** URL schemes of pages where no content script can run. */
  restrictedSchemes: BROWSER === 'chrome' ? ['chrome:', 'chrome-extension:', 'edge:', 'about:', 'view-source:', 'devtools:'] : ['about:', 'moz-extension:', 'view-source:', 'resource:', 'chrome:'],
  /** `use_dynamic_url` resources get a per-session URL (Firefox ignores the key). */
  dynamicResourceUrls: BROWSER === 'chrome',
  /** Store pages block content scripts too. */
  restrictedHosts: BROWSER === 'chrome' ? ['chromewebstore.google.com', 'chrome.google.com'] : ['addons.mozilla.org'],
  /** Where the reader changes keyboard shortcuts, when an extension may open it (Firefox's about:addons may not be). */
  shortcutSettingsUrl: BROWSER === 'chrome' ? 'chrome://extensions/shortcuts' : null,
} as const;
