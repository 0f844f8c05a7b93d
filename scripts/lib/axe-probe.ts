// Runs axe-core inside a page or frame of the built extension and returns what it found.
// Extension pages' CSP blocks inline and injected <script>s, so axe's source is evaluated through
// the browser's automation protocol (CDP or WebDriver BiDi), which the page's CSP does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'puppeteer';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Violations of `minimum` impact or worse ('serious' by default: serious and critical). */
export async function axeViolations(target: Page | Frame, minimum: 'serious' | 'critical' = 'serious'): Promise<AxeFinding[]> {
  await target.evaluate(axeSource);
  const findings = (await target.evaluate(`(async () => {
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  })()`)) as AxeFinding[];
  const ranks = minimum === 'critical' ? ['critical'] : ['serious', 'critical'];
  return findings.filter((finding) => finding.impact !== null && ranks.includes(finding.impact));
}
