// The repository's own rules, checked so they stay true without a reviewer. The layer rules are
// dependency-cruiser's (.dependency-cruiser.cjs, run by `npm run lint`); here they are run on the
// real src/ and on small trees with one wrong import each, which they must refuse.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [{ path, text: readFileSync(join(ROOT, path), 'utf8') }] : [];
  });
}
const src = sourceFiles('src');
const offenders = (files: typeof src, pattern: RegExp) => files.filter((file) => pattern.test(file.text)).map((file) => relative(ROOT, join(ROOT, file.path)));

interface Cruise {
  summary: { violations: { rule: { name: string }; from: string; to: string }[]; totalCruised: number };
}
/** Runs dependency-cruiser, with the project's rules, over `dir`'s src/ (node_modules resolve from the repository). */
function cruise(dir: string): Cruise {
  try {
    return JSON.parse(execFileSync(join(ROOT, 'node_modules', '.bin', 'depcruise'), ['src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Cruise;
  } catch (error) {
    // It exits non-zero when it finds a violation; the report is on stdout all the same.
    const stdout = (error as { stdout?: string }).stdout;
    if (!stdout) throw error;
    return JSON.parse(stdout) as Cruise;
  }
}
const broken = (cruised: Cruise) => cruised.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);

const probeRoot = mkdtempSync(join(tmpdir(), 'counterpoint-layers-'));
afterAll(() => rmSync(probeRoot, { recursive: true, force: true }));
/** A small tree shaped like src/ (the build's module paths included), with the given files. */
function probeTree(files: Record<string, string>): string {
  const dir = probeRoot;
  const tree: Record<string, string> = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', paths: { 'counterpoint:factbase': ['./src/types/counterpoint-factbase.d.ts'] } } }),
    'src/types/counterpoint-factbase.d.ts': 'declare const pack: unknown;\nexport default pack;\n',
    'src/page/host.ts': 'export const host = 1;\n',
    'src/platform/settings-store.ts': 'export const settings = 1;\n',
    'scripts/compile.ts': 'export const compile = 1;\n',
    ...files,
  };
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // Packages resolve from the repository's node_modules, as they do for src/.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('layer rules (dependency-cruiser on the real import graph)', { timeout: 60_000 }, () => {
  it('finds no violation in src/', () => {
    const cruised = cruise(ROOT);
    expect(cruised.summary.totalCruised).toBeGreaterThan(100);
    expect(broken(cruised)).toEqual([]);
  });

  it('refuses each wrong import in a tree shaped like src/, and only those', () => {
    const wrong: [file: string, text: string, rule: string][] = [
      // The import the old regex check let through: two levels deep.
      ['src/core/mentions/probe.ts', "import { host } from '../../page/host';\nexport const probe = host;\n", 'core-stays-pure'],
      ['src/core/preact-probe.ts', "import { h } from 'preact';\nexport const probe = h;\n", 'core-stays-pure'],
      ['src/core/node-probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n", 'core-no-node-builtins'],
      ['src/ui/card/Probe.ts', "import { settings } from '../../platform/settings-store';\nexport const probe = settings;\n", 'ui-takes-props'],
      ['src/page/probe.ts', "import { render } from 'preact';\nexport const probe = render;\n", 'page-renders-nothing'],
      ['src/extension/browser-probe.ts', "import browser from 'webextension-polyfill';\nexport const probe = browser;\n", 'only-platform-knows-the-browser'],
      ['src/extension/build-probe.ts', "import pack from 'counterpoint:factbase';\nexport const probe = pack;\n", 'only-platform-knows-the-browser'],
      ['src/cli/probe.ts', "import { compile } from '../../scripts/compile';\nexport const probe = compile;\n", 'src-is-self-contained'],
    ];
    // A cycle counts even when one side is type-only (find.ts and fuzzy.ts were such a pair); it is reported once.
    const cycle = {
      'src/core/cycle-a.ts': "import type { B } from './cycle-b';\nexport type A = { b?: B };\n",
      'src/core/cycle-b.ts': "import type { A } from './cycle-a';\nexport type B = { a?: A };\n",
    };
    const right = {
      'src/core/fine.ts': "import { host } from './mentions/host-free';\nexport const fine = host;\n",
      'src/core/mentions/host-free.ts': 'export const host = 1;\n',
      'src/platform/fine.ts': "import browser from 'webextension-polyfill';\nimport pack from 'counterpoint:factbase';\nexport const fine = [browser, pack];\n",
      'src/extension/fine.ts': "import { settings } from '../platform/settings-store';\nimport { host } from '../page/host';\nexport const fine = [settings, host];\n",
    };
    const cruised = cruise(probeTree({ ...Object.fromEntries(wrong.map(([file, text]) => [file, text])), ...cycle, ...right }));
    const found = new Set(cruised.summary.violations.filter((violation) => violation.rule.name !== 'no-circular').map((violation) => `${violation.rule.name} ${violation.from}`));
    expect(found).toEqual(new Set(wrong.map(([file, , rule]) => `${rule} ${file}`)));
    const cycles = cruised.summary.violations.filter((violation) => violation.rule.name === 'no-circular');
    expect(cycles.map((violation) => [violation.from, violation.to].sort())).toEqual([Object.keys(cycle)]);
  });
});

describe('conventions', () => {
  it('never writes HTML from data', () => {
    expect(offenders(src, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/)).toEqual([]);
  });

  it('runs no remote or generated code', () => {
    expect(offenders(src, /\beval\(|new Function\(|importScripts\(/)).toEqual([]);
  });

  it('makes no network requests', () => {
    expect(offenders(src, /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(/)).toEqual([]);
  });

  it('keeps entry points short: logic lives in named modules', () => {
    const long = src.filter((file) => file.path.startsWith('src/extension/') && file.text.split('\n').length > 150).map((file) => file.path);
    expect(long).toEqual([]);
  });
});
