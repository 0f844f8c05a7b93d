// Builds Counterpoint for Chrome and Firefox from one source tree and one manifest.
//
//   node build.mjs              build dist/chrome and dist/firefox
//   node build.mjs --watch      rebuild on change (esbuild's context API)
//   node build.mjs --package    build, then write dist/counterpoint-{chrome,firefox}.zip
//   node build.mjs --lint       build, then run web-ext lint on dist/firefox (0 errors, 0 warnings)
//   node build.mjs --test-hooks also build dist/test-chrome with the test-only timing channel
//   COUNTERPOINT_UNMINIFIED=1 node build.mjs   readable output, for profiling
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, watch as watchFiles } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = dirname(fileURLToPath(import.meta.url));
const DIST = join(ROOT, 'dist');
const CACHE = join(ROOT, 'node_modules', '.cache', 'counterpoint');
const args = new Set(process.argv.slice(2));

/** Browser differences live here and only here, as build-time capability flags. */
const TARGETS = {
  chrome: { esbuildTarget: 'chrome120', outDir: join(DIST, 'chrome') },
  firefox: { esbuildTarget: 'firefox140', outDir: join(DIST, 'firefox') },
};

const ENTRY_POINTS = {
  content: 'src/extension/content.ts',
  'highlight-style': 'src/extension/highlight-style.ts',
  background: 'src/extension/background.ts',
  'popup/popup': 'src/extension/popup/popup.tsx',
  'options/options': 'src/extension/options/options.tsx',
  'viewer/viewer': 'src/extension/viewer/viewer.tsx',
  'log/log': 'src/extension/log/log.tsx',
  'worksheet/worksheet': 'src/extension/worksheet/worksheet.tsx',
  'card/card': 'src/extension/card/card.tsx',
  'help/help': 'src/extension/help/help.tsx',
};

/** Files copied as they are: [from, to] relative to ROOT and the browser's outDir. */
const STATIC_FILES = [
  ['src/assets/icons', 'icons'],
  ['_locales', '_locales'],
  ['src/extension/popup/popup.html', 'popup/popup.html'],
  ['src/extension/options/options.html', 'options/options.html'],
  ['src/extension/viewer/viewer.html', 'viewer/viewer.html'],
  ['src/extension/log/log.html', 'log/log.html'],
  ['src/extension/worksheet/worksheet.html', 'worksheet/worksheet.html'],
  ['src/extension/card/card.html', 'card/card.html'],
  ['src/extension/help/help.html', 'help/help.html'],
];

function fail(message) {
  console.error(`\nbuild: ${message}\n`);
  process.exit(1);
}

async function importDependency(name) {
  try {
    return await import(name);
  } catch {
    fail(`the dependency "${name}" is not installed. Run \`npm install\` in ${ROOT} first.`);
  }
}

const esbuild = await importDependency('esbuild');

/** Loads a TypeScript build helper by bundling it for Node (build.mjs itself stays plain JS). */
async function importTypeScript(path) {
  const outfile = join(CACHE, path.replace(/[\\/]/g, '_').replace(/\.ts$/, '.mjs'));
  await esbuild.build({
    entryPoints: [join(ROOT, path)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** Validates data/ and returns the fact base, or stops the build with every problem listed. */
async function compileData() {
  const { compileFactBase, lexiconFrom } = await importTypeScript('src/node/factbase-files.ts');
  try {
    const { pack, report } = compileFactBase({ dataDir: join(ROOT, 'data') });
    const lexicon = lexiconFrom(pack);
    // The content script's matcher, compiled here once instead of on every page load.
    const { serializedMatcherFor } = await importTypeScript('src/core/mentions/serialize.ts');
    return { pack, lexicon, matcher: serializedMatcherFor(lexicon), report };
  } catch (error) {
    fail(`the fact base in data/ is invalid:\n${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Resolves `counterpoint:factbase`, `counterpoint:lexicon` and `counterpoint:matcher` to the validated data. */
function dataModulesPlugin(getData) {
  return {
    name: 'counterpoint-data',
    setup(build) {
      build.onResolve({ filter: /^counterpoint:(factbase|lexicon|matcher|corpus)$/ }, (resolved) => ({
        path: resolved.path,
        namespace: 'counterpoint-data',
      }));
      build.onLoad({ filter: /.*/, namespace: 'counterpoint-data' }, async (loaded) => {
        const data = await getData();
        const name = loaded.path.slice('counterpoint:'.length);
        const value = { factbase: data.pack, lexicon: data.lexicon, matcher: data.matcher, corpus: data.corpus }[name];
        // As one JSON.parse of a string: a JavaScript engine scans a string literal far faster
        // than it parses the same data as object literals (41 KB of matcher, 15 KB of names).
        return { contents: `export default JSON.parse(${singleQuoted(JSON.stringify(value))});`, loader: 'js' };
      });
    },
  };
}

/** A JavaScript string literal for JSON text: single quotes, so its many double quotes need no escapes. */
const singleQuoted = (text) => `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;

/**
 * We never set innerHTML. Preact's dangerouslySetInnerHTML path would; the build turns its
 * assignments into textContent, so even that path can only ever render inert text.
 */
function noInnerHtmlPlugin() {
  return {
    name: 'no-inner-html',
    setup(build) {
      build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/][^\\/]+\.m?js$/ }, async ({ path }) => ({
        contents: (await readFile(path, 'utf8')).replace(/\b(\w+)\.innerHTML=/g, '$1.textContent='),
        loader: 'js',
      }));
    },
  };
}

function manifestFor(browser, source) {
  const manifest = structuredClone(source);
  if (browser === 'chrome') {
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.background.service_worker;
  }
  return manifest;
}

async function copyStatic(outDir) {
  for (const [from, to] of STATIC_FILES) {
    const source = join(ROOT, from);
    if (!existsSync(source)) continue;
    await mkdir(dirname(join(outDir, to)), { recursive: true });
    await cp(source, join(outDir, to), { recursive: true });
  }
}

async function writeManifest(browser, outDir) {
  const source = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifestFor(browser, source), null, 2)}\n`);
}

/**
 * Test builds only: the page benchmark times content.js from before it is compiled (a one-line
 * script the background registers first) and from its first byte (a banner), so compile and
 * module evaluation count.
 */
const TEST_PRE_SCRIPT = 'test-pre.js';
async function addTestTimingMarks(outDir) {
  await writeFile(join(outDir, TEST_PRE_SCRIPT), 'globalThis.__counterpointPre = performance.now();\n');
  const content = join(outDir, 'content.js');
  const banner = 'globalThis.__counterpointStart = performance.now(); performance.mark("counterpoint:content-start");\n';
  // After the "use strict" directive, which must stay the file's first statement.
  const code = await readFile(content, 'utf8');
  const directive = /^"use strict";\n?/.exec(code)?.[0] ?? '';
  await writeFile(content, directive + banner + code.slice(directive.length));
}

function esbuildOptions(browser, outDir, { testHooks, dev }, getData) {
  return {
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    outdir: outDir,
    bundle: true,
    format: 'iife',
    target: TARGETS[browser].esbuildTarget,
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    define: {
      __BROWSER__: JSON.stringify(browser),
      __TEST_HOOKS__: JSON.stringify(testHooks),
    },
    plugins: [dataModulesPlugin(getData), noInnerHtmlPlugin()],
    logLevel: 'warning',
  };
}

async function loadCorpus(pack) {
  const corpus = {};
  for (const source of pack.sources) {
    if (source.file) corpus[source.id] = await readFile(join(ROOT, 'data', 'corpus', source.file), 'utf8');
  }
  return corpus;
}

/** Data is compiled once per build (and again when data/ changes in watch mode). */
function dataLoader() {
  let pending = null;
  const get = () => {
    pending ??= (async () => {
      const data = await compileData();
      const corpus = await loadCorpus(data.pack);
      return { ...data, corpus };
    })();
    return pending;
  };
  get.invalidate = () => {
    pending = null;
  };
  return get;
}

async function buildAll({ testHooks = false } = {}) {
  const started = performance.now();
  const getData = dataLoader();
  const variants = [
    ['chrome', TARGETS.chrome.outDir, false],
    ['firefox', TARGETS.firefox.outDir, false],
  ];
  if (testHooks) variants.push(['chrome', join(DIST, 'test-chrome'), true], ['firefox', join(DIST, 'test-firefox'), true]);
  for (const [browser, outDir, hooks] of variants) {
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    try {
      await esbuild.build(esbuildOptions(browser, outDir, { testHooks: hooks, dev: process.env.COUNTERPOINT_UNMINIFIED === '1' }, getData));
    } catch {
      fail(`esbuild could not bundle the ${browser} build (see the errors above).`);
    }
    await copyStatic(outDir);
    await writeManifest(browser, outDir);
    if (hooks) await addTestTimingMarks(outDir);
  }
  const { report } = await getData();
  const contentScript = await readFile(join(TARGETS.chrome.outDir, 'content.js'));
  console.log(
    `build: dist/chrome and dist/firefox in ${Math.round(performance.now() - started)} ms` +
      ` (content script ${kb(contentScript.length)} raw, ${kb(gzipSync(contentScript).length)} gzipped;` +
      ` fact base: ${report?.summary ?? 'ok'})`,
  );
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function watchAll() {
  const getData = dataLoader();
  const contexts = [];
  for (const browser of Object.keys(TARGETS)) {
    const { outDir } = TARGETS[browser];
    await mkdir(outDir, { recursive: true });
    const context = await esbuild.context(esbuildOptions(browser, outDir, { testHooks: false, dev: true }, getData));
    await context.watch();
    await copyStatic(outDir);
    await writeManifest(browser, outDir);
    contexts.push({ browser, outDir, context });
  }
  // esbuild watches what it bundles; data, static files and the manifest are watched here.
  let timer;
  const onChange = (what) => () => {
    clearTimeout(timer);
    const rebuild = async () => {
      if (what === 'data') getData.invalidate();
      for (const { browser, outDir, context } of contexts) {
        await copyStatic(outDir);
        await writeManifest(browser, outDir);
        // esbuild has printed the build's errors itself; watching goes on.
        if (what === 'data') await context.rebuild().catch(() => {});
      }
      console.log(`watch: rebuilt after a change in ${what}`);
    };
    timer = setTimeout(() => void rebuild().catch((error) => console.error(`watch: could not rebuild after a change in ${what}:`, error)), 100);
  };
  watchFiles(join(ROOT, 'data'), { recursive: true }, onChange('data'));
  watchFiles(join(ROOT, '_locales'), { recursive: true }, onChange('_locales'));
  watchFiles(join(ROOT, 'src', 'extension'), { recursive: true }, onChange('static files'));
  watchFiles(join(ROOT, 'manifest.json'), onChange('manifest.json'));
  console.log('watch: building dist/chrome and dist/firefox on every change; Ctrl+C to stop.');
}

async function runWebExt(command, options) {
  const webExt = (await importDependency('web-ext')).default;
  return webExt.cmd[command](options, { shouldExitProgram: false });
}

async function packageAll() {
  for (const browser of Object.keys(TARGETS)) {
    const filename = `counterpoint-${browser}.zip`;
    await rm(join(DIST, filename), { force: true });
    await runWebExt('build', {
      sourceDir: TARGETS[browser].outDir,
      artifactsDir: DIST,
      filename,
      overwriteDest: true,
    });
    const zip = await readFile(join(DIST, filename));
    console.log(`package: dist/${filename} (${kb(zip.length)})`);
  }
}

async function lintFirefox() {
  // web-ext prints its own report; ours below is the one line that matters.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  let result;
  try {
    result = await runWebExt('lint', { sourceDir: TARGETS.firefox.outDir, output: 'json', pretty: false, boring: true });
  } finally {
    process.stdout.write = write;
  }
  const { errors = [], warnings = [], notices = [] } = result ?? {};
  for (const item of [...errors, ...warnings, ...notices]) {
    console.log(`  ${item._type ?? ''} ${item.code}: ${item.message} ${item.file ? `(${item.file})` : ''}`);
  }
  console.log(`lint: web-ext lint dist/firefox: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
  if (errors.length || warnings.length) process.exit(1);
}

if (args.has('--watch')) {
  await watchAll();
} else {
  await buildAll({ testHooks: args.has('--test-hooks') || process.env.COUNTERPOINT_TEST_HOOKS === '1' });
  if (args.has('--package')) await packageAll();
  if (args.has('--lint')) await lintFirefox();
}
