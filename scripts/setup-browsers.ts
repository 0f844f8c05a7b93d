// The project's own browser install step (npm 11 no longer runs dependencies' install scripts, so
// puppeteer's own download is not something to rely on; package.json denies it explicitly).
//
//   npm run setup:browsers [-- chrome] [firefox]   use a browser that is there, else have puppeteer
//                                                   install it (chrome when none is named)
//   ... --check                                     install nothing; one clear message per missing browser
//   ... --postinstall                               as run by `npm install`: never fails the install
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { browsersUnderTest, locateBrowser, planSetup, type BrowserKind, type BrowserLookup } from './lib/browser-setup';
import { puppeteerBrowserPath } from './lib/browsers';

const args = process.argv.slice(2);
const check = args.includes('--check');
const postinstall = args.includes('--postinstall');
const named = args.filter((arg): arg is BrowserKind => arg === 'chrome' || arg === 'firefox');
// `--check` with no browser named checks the ones the browser tests will launch.
const kinds: BrowserKind[] = named.length ? named : check ? browsersUnderTest(process.env) : ['chrome'];
const LABEL: Record<BrowserKind, string> = { chrome: 'Chromium', firefox: 'Firefox' };

const lookup: BrowserLookup = { env: process.env, exists: existsSync, puppeteerPath: puppeteerBrowserPath };

/** Runs puppeteer's own installer (`puppeteer browsers install`) from this project's node_modules. */
function puppeteerInstall(kind: BrowserKind): boolean {
  const packageJson = createRequire(import.meta.url).resolve('puppeteer/package.json');
  const cli = join(dirname(packageJson), 'lib', 'cjs', 'puppeteer', 'node', 'cli.js');
  console.log(`setup:browsers: no ${LABEL[kind]} on this machine; puppeteer installs one (puppeteer browsers install ${kind})…`);
  return spawnSync(process.execPath, [cli, 'browsers', 'install', kind], { stdio: 'inherit' }).status === 0;
}

const SOURCE: Record<'environment' | 'system' | 'puppeteer', string> = {
  system: 'the system’s; nothing to download',
  environment: 'from the environment variable',
  puppeteer: 'installed by puppeteer',
};

let failed = false;
for (const step of planSetup(kinds, lookup, { check })) {
  if (step.action === 'install') puppeteerInstall(step.kind);
  const located = step.action === 'install' ? locateBrowser(step.kind, lookup) : step.action === 'use' ? { found: true as const, path: step.path, source: step.source } : { found: false as const, message: step.message };
  if (located.found) {
    console.log(`setup:browsers: ${LABEL[step.kind]}: ${located.path} (${SOURCE[located.source]})`);
  } else {
    failed = true;
    console.error(`\n${located.message}\n`);
  }
}
// A failed download must not undo `npm install`: the dependencies are fine, and the message says what to do.
if (failed && !postinstall) process.exit(1);
