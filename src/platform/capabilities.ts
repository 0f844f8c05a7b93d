// The one place that knows which browser we were built for. Everything else asks a capability.
declare const __BROWSER__: 'chrome' | 'firefox' | undefined;
declare const __TEST_HOOKS__: boolean | undefined;

export const BROWSER: 'chrome' | 'firefox' = typeof __BROWSER__ === 'string' ? __BROWSER__ : 'chrome';

/** True only in the test build (dist/test-*): a timing channel for the page benchmarks. */
export const TEST_HOOKS: boolean = typeof __TEST_HOOKS__ === 'boolean' ? __TEST_HOOKS__ : false;

/**
 * What differs between the browsers at run time, decided here and nowhere else. The one other
 * difference is the manifest's background key, which build.mjs (manifestFor) writes per browser.
 */
export const capabilities = {
  /** `use_dynamic_url` resources get a per-session URL (Firefox ignores the key). */
  dynamicResourceUrls: BROWSER === 'chrome',
  /** Where the reader changes keyboard shortcuts, when an extension may open it (Firefox's about:addons may not be). */
  shortcutSettingsUrl: BROWSER === 'chrome' ? 'chrome://extensions/shortcuts' : null,
} as const;
