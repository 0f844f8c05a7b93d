// `npm start`: build both browsers, serve the demo site, and open it in Chromium with Counterpoint loaded.
// With --headless (or no display) it takes screenshots into out/demo/ and prints what it saw.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BrowserNotFoundError, launchWithExtension } from './lib/browsers';
import { PortInUseError, startServer, type RunningServer } from './lib/static-server';
import { PROJECT_ROOT, demoRoute } from './demo/routes';
import { takeDemoShots } from './demo/shots';

const DEFAULT_PORT = 8737;

function usage(message?: string): never {
  if (message) console.error(`start: ${message}\n`);
  console.error('Usage: npm start [-- --headless] [--port NUMBER] [--no-build]');
  process.exit(message ? 2 : 0);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        headless: { type: 'boolean', default: false },
        port: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
}
const options = readOptions();
if (options.help) usage();

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = options.headless || !hasDisplay;

if (!options['no-build']) {
  const build = spawnSync(process.execPath, [join(PROJECT_ROOT, 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

async function serve(): Promise<RunningServer> {
  const routes = [demoRoute()];
  if (options.port !== undefined) {
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`--port must be a number from 0 to 65535, not "${options.port}"`);
    return startServer(routes, port);
  }
  try {
    return await startServer(routes, DEFAULT_PORT);
  } catch (error) {
    if (!(error instanceof PortInUseError)) throw error;
    console.log(`start: port ${DEFAULT_PORT} is busy, so the demo uses a free port instead.`);
    return startServer(routes, 0);
  }
}

let server: RunningServer;
try {
  server = await serve();
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

console.log(`
Counterpoint demo site: ${server.origin}/
Load the extension into your own browser to browse it too:
  Chrome:  chrome://extensions → Developer mode → Load unpacked → ${join(PROJECT_ROOT, 'dist', 'chrome')}
  Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${join(PROJECT_ROOT, 'dist', 'firefox', 'manifest.json')}
`);

let extensionBrowser;
try {
  extensionBrowser = await launchWithExtension('chrome', { headless });
} catch (error) {
  await server.close();
  console.error(`start: ${error instanceof BrowserNotFoundError ? error.message : `could not start Chromium: ${error instanceof Error ? error.message : String(error)}`}`);
  process.exit(1);
}

if (headless) {
  const outDir = join(PROJECT_ROOT, 'out', 'demo');
  await mkdir(outDir, { recursive: true });
  try {
    const summary = await takeDemoShots(extensionBrowser, server.origin, outDir);
    console.log(summary);
  } finally {
    await extensionBrowser.close();
    await server.close();
  }
} else {
  const [page] = await extensionBrowser.browser.pages();
  await (page ?? (await extensionBrowser.browser.newPage())).goto(`${server.origin}/articles/article-1.html`);
  console.log('Chromium is open on the demo with Counterpoint loaded. Press Ctrl+C here to stop.');
  const stop = async () => {
    await extensionBrowser.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  extensionBrowser.browser.on('disconnected', () => void stop());
}
