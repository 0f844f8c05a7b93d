// `npm install`'s last step: the project's browser set-up (scripts/setup-browsers.ts). Plain JS so
// that an install without dev dependencies (no tsx, no puppeteer, no browser tests) skips it cleanly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(resolve(root, 'node_modules', 'tsx')) || !existsSync(resolve(root, 'node_modules', 'puppeteer'))) {
  console.log('setup:browsers: skipped (no dev dependencies, so no browser tests or demo to run)');
  process.exit(0);
}
const run = spawnSync(process.execPath, [resolve(root, 'scripts', 'run-ts.mjs'), 'scripts/setup-browsers.ts', '--postinstall'], { cwd: root, stdio: 'inherit' });
// setup-browsers.ts already said what is missing; a browser download must not undo the install.
process.exit(run.status === null ? 1 : 0);
