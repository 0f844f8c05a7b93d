#!/usr/bin/env node
// The `counterpoint` command. It bundles the TypeScript CLI once (esbuild, into
// node_modules/.cache) and runs it, so it works right after `npm install`, with no build step.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src', 'cli', 'main.ts');
const BUNDLE = join(ROOT, 'node_modules', '.cache', 'counterpoint', 'cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

async function bundle() {
  const stale = !existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < Math.max(newestSource(join(ROOT, 'src')), newestSource(join(ROOT, 'scripts')));
  if (!stale) return;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.error(`counterpoint: dependencies are missing. Run \`npm install\` in ${ROOT} first.`);
    process.exit(1);
  }
  await esbuild.build({
    entryPoints: [ENTRY],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    logLevel: 'error',
  });
}

await bundle();
const { run, UsageError } = await import(pathToFileURL(BUNDLE).href);
try {
  process.exitCode = run(process.argv.slice(2), join(ROOT, 'data'), (text) => process.stdout.write(`${text}\n`));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`counterpoint: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(`counterpoint: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
