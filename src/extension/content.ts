// Content script entry: wiring only. It never throws into the page; problems go to the console
// under one prefix.
import { LOG_PREFIX } from '../core/report';
import { isSiteActive, type Settings } from '../core/settings';
import { createPageScanner, hydrateMatcher, type Matcher } from '../core/mentions';
import { createBenchProbe } from '../page/bench-probe';
import { paintsDifferently, startPageSession, type PageSession } from '../page/page-session';
import { TEST_HOOKS } from '../platform/capabilities';
import { cardFrameLocation } from '../platform/card-frame-location';
import { handleMessages, isExtensionContextGone, sendToBackground } from '../platform/messages';
import { builtInLexicon, builtInMatcher } from '../platform/built-in-lexicon';
import { onPacksChanged } from '../platform/pack-lexicon';
import { loadPackMatcher } from '../platform/pack-matcher';
import { DEFAULTS, loadSettings, onSettingsChanged } from '../platform/settings-store';

const scriptStarted = performance.now();
/** Test builds only: the page benchmark's phase times (bench-probe.ts). */
const probe = TEST_HOOKS ? createBenchProbe(scriptStarted) : null;

let session: PageSession | null = null;
let settings: Settings;
/** The matcher for the built-in names, compiled at build time, and one compiled here while teacher packs add names. */
let builtInOnly: Matcher | null = null;
let withPacks: Matcher | null = null;
const currentMatcher = (): Matcher => withPacks ?? (builtInOnly ??= probe ? probe.time('matcher', () => hydrateMatcher(builtInMatcher)) : hydrateMatcher(builtInMatcher));
let contextGone = false;

function report(error: unknown): void {
  if (isExtensionContextGone(error)) {
    // The extension was reloaded or updated: this copy of the script is orphaned. Step aside quietly.
    contextGone = true;
    session?.destroy();
    session = null;
    return;
  }
  console.warn(LOG_PREFIX, error);
}

function countEntities(): { entityId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { match: { entityId } } of session?.painted() ?? []) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  return [...counts].map(([entityId, count]) => ({ entityId, count }));
}

let reportScheduled = false;
function reportMentions(): void {
  if (reportScheduled || contextGone) return;
  reportScheduled = true;
  setTimeout(() => {
    reportScheduled = false;
    sendToBackground('ContentToBackground.mentionsFound', { entities: countEntities() }).catch(report);
  }, 250);
}

function startSession(): void {
  const current = startPageSession({
    document,
    scan: createPageScanner(currentMatcher(), { onError: report, onPhase: probe ? probe.add : undefined }),
    entityTypes: currentMatcher().entityTypes,
    settings,
    onPaintedChanged: reportMentions,
    frameLocation: cardFrameLocation,
    report: (problem, error) => (error === undefined ? report(problem) : isExtensionContextGone(error) ? report(error) : console.warn(LOG_PREFIX, problem, error)),
    onRootReplaced: () => restartSession(),
    // Test builds only: the card benchmark reads how soon each card showed.
    onCardShown: TEST_HOOKS ? (timing) => console.debug('[Counterpoint:timing]', JSON.stringify({ card: timing })) : undefined,
    onPhase: probe ? probe.add : undefined,
    onPainted: probe ? probe.painted : undefined,
  });
  session = current;
  // Test builds only (dist/test-*): the page benchmarks read these timings from the console.
  probe?.watch(current);
  if (TEST_HOOKS) {
    // The stress benchmark reads the running totals (slices, busy time, longest task) as the page lives on.
    const statsTimer = setInterval(() => console.debug('[Counterpoint:stats]', JSON.stringify({ ...current.stats(), held: current.painted().length })), 1000);
    current.signal.addEventListener('abort', () => clearInterval(statsTimer), { once: true });
  }
}

function restartSession(): void {
  session?.destroy();
  session = null;
  applySettings(settings);
}

/** Settings decide whether this site is annotated at all; switching takes effect without a reload. */
function applySettings(next: Settings): void {
  settings = next;
  const active = isSiteActive(settings, location.hostname);
  if (active && !session) startSession();
  else if (!active && session) {
    session.destroy();
    session = null;
    reportMentions();
  } else session?.applySettings(settings);
}

/** Teacher packs' names, if any pack is on: true when the matcher changed and the page needs a rescan (no packs before or now: false). */
async function loadLexicon(): Promise<boolean> {
  const before = withPacks;
  withPacks = await loadPackMatcher(builtInLexicon);
  return before !== withPacks;
}

/**
 * After the first paint: the stored settings and teacher packs, applied only where they differ
 * from what the page was painted with (most readers keep the defaults, and see nothing happen).
 */
async function reconcile(): Promise<void> {
  const [stored, packsChanged] = await Promise.all([loadSettings(), loadLexicon()]);
  const painted = settings;
  settings = stored;
  if (packsChanged) restartSession();
  else if (!isSiteActive(stored, location.hostname) || paintsDifferently(stored, painted)) applySettings(stored);
  // Test builds: a site that is off but was reached anyway (a registration not yet updated) stood down.
  if (!session) probe?.stoodDown();
}

function main(): void {
  // The background registers this script only on the sites the settings allow
  // (src/platform/content-script-registration.ts), so it starts reading at once, with the
  // bundled defaults, and no storage round trip stands before the first paint.
  settings = { ...DEFAULTS, enabled: true };
  startSession();
  // Every extension API waits too: in Firefox the first storage call alone costs 14–19 ms.
  void (session?.ready ?? Promise.resolve()).then(listen).then(reconcile).catch(report);
}

/** After the first paint: follow settings, packs and messages from the rest of the extension. */
function listen(): void {
  onSettingsChanged((next) => void Promise.resolve(next).then(applySettings).catch(report));
  // A teacher pack switched on or off changes what the page should match.
  onPacksChanged(() => void loadLexicon().then(restartSession).catch(report));
  handleMessages({
    'PopupToContent.getPageState': () => ({ hostname: location.hostname, url: location.href, active: session !== null, entities: countEntities() }),
    'PopupToContent.revealEntity': async ({ entityId }) => ({ ok: (await session?.card.reveal(entityId)) ?? false }),
    'BackgroundToContent.moveToMention': async ({ direction }) => {
      await session?.card.move(direction);
      return { ok: session !== null };
    },
  });
}

// The background may start the script in a tab that the registration also reaches: run once.
const running = globalThis as { [key: symbol]: unknown };
if (!running[Symbol.for('counterpoint.content')]) {
  running[Symbol.for('counterpoint.content')] = true;
  Promise.resolve().then(main).catch(report);
}
