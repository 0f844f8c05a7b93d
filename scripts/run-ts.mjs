// Runs one of our TypeScript scripts, or says plainly what to do when dependencies are missing.
//   node scripts/run-ts.mjs scripts/start.ts [args…]
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [args…]');
  process.exit(2);
}
if (!existsSync(resolve(root, 'node_modules', 'tsx'))) {
  console.error(`\nThe project's dependencies are not installed. Run \`npm install\` in ${root} first.\n`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
process.argv = [process.argv[0], resolve(root, script), ...args];
await import(pathToFileURL(resolve(root, script)).href);
