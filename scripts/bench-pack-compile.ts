// `npm run bench:packs`: what teacher-pack aliases cost the content script on every page load, in
// Chromium. A page holding only the mention engine compiles the built-in names plus N synthetic pack
// aliases, cold, the way the content script does when packs are enabled (one fresh page per trial,
// so nothing is warm). The pack limits in src/core/pack-limits.ts come from these figures.
// Figures only: no asserts.
import { parseArgs } from 'node:util';
import { launchWithExtension } from './lib/browsers';
import { loadLexicon } from './lib/lexicon';
import { PROJECT_ROOT } from './demo/routes';
import { startServer } from './lib/static-server';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, sizes: { type: 'string', default: '0,50,100,200,300,500,1000,2000,5000' }, mode: { type: 'string', default: 'compile' } } });
const runs = Math.max(1, Number(values.runs));
const sizes = values.sizes.split(',').map(Number);

async function engineBundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const built = await esbuild.build({
    stdin: { contents: `import { compileMatcher, hydrateMatcher } from './src/core/mentions'; import { serializedMatcherFor } from './src/core/mentions/serialize'; globalThis.compileMatcher = compileMatcher; globalThis.hydrateMatcher = hydrateMatcher; globalThis.serializeMatcher = serializedMatcherFor;`, resolveDir: PROJECT_ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
  });
  return built.outputFiles[0]!.text;
}

/** The same names as scripts/bench.ts: two pseudo-words of two to four syllables, one alias each. */
const GENERATE = `(count) => {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zi', 'pa', 'dre', 'gon', 'ster', 'vel', 'bri'];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  return Array.from({ length: count }, (_, index) => {
    const name = word()[0].toUpperCase() + word().slice(1) + ' ' + word()[0].toUpperCase() + word().slice(1);
    return { id: 'synthetic-' + index, type: 'person', name: { en: name, es: name }, aliases: [{ text: name }] };
  });
}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const engine = await engineBundle();
  const lexicon = loadLexicon();
  const builtInAliases = lexicon.reduce((total, entity) => total + entity.aliases.length, 0);
  const server = await startServer([async (path) => (path === '/' ? { body: '<!doctype html><title>compile</title>', type: 'text/html' } : undefined)]);
  const chrome = await launchWithExtension('chrome', { extensionDir: null });
  console.log(`bench:packs: matcher ${values.mode} in Chromium, built-in names (${builtInAliases} aliases) plus N pack aliases, cold page each trial, median of ${runs}`);
  console.log('| pack aliases | median ms | min ms | max ms |');
  console.log('| ---: | ---: | ---: | ---: |');
  try {
    for (const size of sizes) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await chrome.browser.newPage();
        await page.goto(server.origin, { waitUntil: 'load' });
        await page.addScriptTag({ content: engine });
        const ms = await page.evaluate(
          (generate: string, builtIn: unknown[], count: number, hydrate: boolean) => {
            const engine = globalThis as unknown as { compileMatcher(entities: unknown[]): unknown; hydrateMatcher(serialized: unknown): unknown; serializeMatcher(entities: unknown[]): unknown };
            const entities = [...builtIn, ...(0, eval)(generate)(count)];
            // Serialized in another realm's JSON round trip, as storage would hand it back.
            const serialized = hydrate ? JSON.parse(JSON.stringify(engine.serializeMatcher(entities))) : null;
            const started = performance.now();
            if (hydrate) engine.hydrateMatcher(serialized);
            else engine.compileMatcher(entities);
            return performance.now() - started;
          },
          GENERATE,
          lexicon as unknown[],
          size,
          values.mode === 'hydrate',
        );
        times.push(ms);
        await page.close();
      }
      console.log(`| ${size.toLocaleString('en')} | ${median(times).toFixed(1)} | ${Math.min(...times).toFixed(1)} | ${Math.max(...times).toFixed(1)} |`);
    }
  } finally {
    await chrome.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:packs: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
