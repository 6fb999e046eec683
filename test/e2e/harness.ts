// Browser-test harness: serves the built site (dist/) and drives headless Chromium through playwright-core.
//
// API (one server and one browser per test file):
//   useSite()                      call once at the top of a test file; starts both in beforeAll, stops in afterAll
//   openPage(path, options?)       -> { page, response, problems, close }; a fresh browser context per call
//       options: javaScript (default true), colorScheme ('light' | 'dark'), viewport ({ width, height }),
//                reducedMotion ('reduce' | 'no-preference'), waitUntil ('load' default | 'networkidle'),
//                expectedStatus (default 200; the one HTTP status of the page itself that is not a problem)
//   expectNoProblems(problems)     fails listing every console error, page error, failed or >= 400 request,
//                                  request to another origin (those are also blocked) and Content-Security-Policy
//                                  violation (the page's securitypolicyviolation events and Chromium's CSP messages)
//   checkAxe(page, { disabledRules? }) -> readable axe-core violations, one string each; assert it equals []
//                                  (works with JavaScript disabled; page.evaluate does not: use locators there)
//   listPages()                    -> URL path of every built HTML page ('/', '/lessons/01-sigmoid/', '/404.html')
//   siteUrl(path)                  -> absolute URL on the local server
//   scrollSettled(locator)         scrolls an element into view and waits until it stops moving (see below)
// Locator actions and waits time out after ACTION_TIMEOUT_MS (10 s), not Playwright's 30 s.
// Widget tests' helpers (open at a widget, Tab to a control, paste into a field, read a part) are in widget-helpers.ts.
// Chromium comes from CHROME_PATH, else the usual system paths.
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Request, type Response } from 'playwright-core';
import type { Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_ARGS, findBrowser } from './browser.ts';
import { listHtmlPages, NOT_FOUND_PAGE, startStaticServer, stopStaticServer } from './static-server.ts';

export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_DIR = join(ROOT_DIR, 'dist');
export { BROWSER_ARGS, findBrowser, NOT_FOUND_PAGE };

/** Locator/wait default per page: a built static page either has an element or soon will. */
export const ACTION_TIMEOUT_MS = 10_000;

export type ColorScheme = 'light' | 'dark';

export interface OpenPageOptions {
  javaScript?: boolean;
  colorScheme?: ColorScheme;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  waitUntil?: 'load' | 'networkidle';
  expectedStatus?: number;
}

export interface Problem {
  kind: 'console' | 'pageerror' | 'requestfailed' | 'http' | 'outside' | 'csp';
  detail: string;
}

export interface OpenedPage {
  page: Page;
  /** The response for the page itself (after redirects); null only if navigation produced none. */
  response: Response | null;
  /** Filled as the page runs; read it at the end of a test. */
  problems: Problem[];
  close: () => Promise<void>;
}

interface Site {
  server: Server;
  origin: string;
  browser: Browser;
  contexts: Set<BrowserContext>;
}

let site: Site | undefined;
/** Pages opened with javaScript: false, where timers never fire (axe needs them). */
const scriptlessPages = new WeakSet<Page>();

function assertBuilt(): void {
  if (!existsSync(join(DIST_DIR, 'index.html')) && listPages().length === 0) {
    throw new Error(`No built site in ${DIST_DIR}: run npm run build first`);
  }
}

/** Starts the static server and the browser (idempotent). useSite() calls this in beforeAll. */
export async function startSite(): Promise<void> {
  if (site !== undefined) return;
  assertBuilt();
  const executablePath = findBrowser();
  const { server, origin } = await startStaticServer(DIST_DIR);
  try {
    const browser = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
    site = { server, origin, browser, contexts: new Set() };
  } catch (error) {
    server.close();
    throw error;
  }
}

/** Closes every page, the browser and the server. useSite() calls this in afterAll. */
export async function stopSite(): Promise<void> {
  const current = site;
  site = undefined;
  if (current === undefined) return;
  await Promise.all([...current.contexts].map((context) => context.close()));
  await current.browser.close();
  await stopStaticServer(current.server);
}

/** Registers beforeAll/afterAll hooks so the test file shares one server and one browser. */
export function useSite(): void {
  beforeAll(startSite);
  afterAll(stopSite);
}

function requireSite(): Site {
  if (site === undefined) throw new Error('The site is not running: call useSite() at the top of the test file');
  return site;
}

export function siteUrl(path: string): string {
  return new URL(path, requireSite().origin).href;
}

function isLocal(url: URL, origin: string): boolean {
  return url.origin === origin || ['data:', 'blob:', 'about:'].includes(url.protocol);
}

function watchProblems(
  context: BrowserContext,
  page: Page,
  origin: string,
  pageUrl: string,
  expectedStatus: number,
): Problem[] {
  const problems: Problem[] = [];
  const isExpectedDocument = (url: string, status: number): boolean => url === pageUrl && status === expectedStatus;
  page.on('console', (message) => {
    const text = message.text();
    const where = message.location().url;
    const detail = `${text}${where === '' ? '' : ` (${where})`}`;
    if (text.startsWith(CSP_PREFIX) || CSP_MESSAGE.test(text)) {
      problems.push({ kind: 'csp', detail: detail.replace(/(data:[^,'"]{0,40})[^'"\s]*/g, '$1…') });
      return;
    }
    // Chromium also logs every failed load; those are reported once, below, as 'http' or 'requestfailed'.
    if (message.type() !== 'error' || text.startsWith('Failed to load resource')) return;
    problems.push({ kind: 'console', detail });
  });
  page.on('pageerror', (error) => {
    problems.push({ kind: 'pageerror', detail: error.stack ?? error.message });
  });
  // A load the page's own navigation cancels (a favicon still loading when the test reloads) is not a fault;
  // any other abort is. Each request remembers how many main-frame navigations had started before it.
  let navigations = 0;
  const startedAt = new WeakMap<Request, number>();
  page.on('request', (request) => {
    startedAt.set(request, navigations);
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
  });
  page.on('requestfailed', (request) => {
    if (!isLocal(new URL(request.url()), origin)) return; // already reported as 'outside'
    const cancelledByNavigation =
      request.failure()?.errorText === 'net::ERR_ABORTED' && (startedAt.get(request) ?? navigations) < navigations;
    if (cancelledByNavigation) return;
    problems.push({ kind: 'requestfailed', detail: `${request.url()}: ${request.failure()?.errorText ?? 'failed'}` });
  });
  page.on('response', (response) => {
    const status = response.status();
    if (status < 400 || isExpectedDocument(response.url(), status)) return;
    problems.push({ kind: 'http', detail: `${status} ${response.url()}` });
  });
  void context.route(
    (url) => !isLocal(url, origin),
    (route) => {
      problems.push({ kind: 'outside', detail: `${route.request().method()} ${route.request().url()}` });
      return route.abort('blockedbyclient');
    },
  );
  return problems;
}

const CSP_PREFIX = '[csp violation]';
/** Chromium's own console line for a blocked load or inline code, in the page or in a worker. */
const CSP_MESSAGE = /Content Security Policy/i;
/** Runs before any page script: every securitypolicyviolation event becomes a console line the harness reads. */
const REPORT_CSP = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error(${JSON.stringify(CSP_PREFIX)} + ' ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') +
    ' at ' + event.sourceFile + ':' + event.lineNumber + ' ' + (event.sample || ''));
});`;

/** Opens a path of the built site in a fresh context and starts collecting problems before navigation. */
/**
 * Scrolls an element into view and waits until its position has held for 5 animation frames (at most 2 s).
 * Lessons skip the layout of blocks far from the viewport (content-visibility: auto) and stand each in at an
 * estimated height; after a scripted jump, the blocks that come near are laid out a few frames later, which can
 * move the element (by up to 220 px at 1280 px wide, measured). A person clicks where things are; Playwright checks
 * that an element held still for two frames and may click where it was. Navigating to an anchor is unaffected:
 * the browser keeps the anchored element in place.
 */
export async function scrollSettled(target: Locator, block: ScrollLogicalPosition = 'center'): Promise<void> {
  // A plain scroll, not Playwright's scrollIntoViewIfNeeded, which itself waits for the box to hold still and
  // times out when a busy machine stretches the wait.
  await target.evaluate(async (element, where) => {
    element.scrollIntoView({ block: where });
    const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
    const started = performance.now();
    let last = element.getBoundingClientRect().top;
    let still = 0;
    while (still < 5 && performance.now() - started < 2000) {
      await frame();
      const top = element.getBoundingClientRect().top;
      still = top === last ? still + 1 : 0;
      last = top;
    }
  }, block);
}

export async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const current = requireSite();
  const context = await current.browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  current.contexts.add(context);
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const close = async (): Promise<void> => {
    current.contexts.delete(context);
    await context.close();
  };
  await context.addInitScript({ content: REPORT_CSP });
  const page = await context.newPage();
  if (options.javaScript === false) scriptlessPages.add(page);
  const url = siteUrl(path);
  const problems = watchProblems(context, page, current.origin, url, options.expectedStatus ?? 200);
  const response = await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return { page, response, problems, close };
}

export function formatProblems(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `[${problem.kind}] ${problem.detail}`);
}

/** Fails with one line per problem (an empty list passes). */
export function expectNoProblems(problems: readonly Problem[]): void {
  expect(formatProblems(problems), 'console errors, page errors, failed or outside requests').toEqual([]);
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

let axeSource: string | undefined;

// With scripts disabled Chromium never runs setTimeout callbacks, even in an isolated world, but it does run
// animation frames; axe waits on timers, so its world gets timers driven by requestAnimationFrame.
const FRAME_TIMERS = `(() => {
  const timers = new Map();
  let next = 1;
  const tick = () => {
    const now = performance.now();
    for (const [id, timer] of timers) if (timer.at <= now) { timers.delete(id); timer.run(); }
    if (timers.size > 0) requestAnimationFrame(tick);
  };
  window.setTimeout = (run, ms = 0, ...args) => {
    const id = next++;
    timers.set(id, { at: performance.now() + ms, run: () => run(...args) });
    if (timers.size === 1) requestAnimationFrame(tick);
    return id;
  };
  window.clearTimeout = (id) => { timers.delete(id); };
})();`;
const AXE_NODES_SHOWN = 5;

function formatViolation(violation: AxeViolation): string {
  const nodes = violation.nodes.slice(0, AXE_NODES_SHOWN).map((node) => {
    const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
    return `    at ${node.target.map(String).join(' ')}${summary === '' ? '' : `: ${summary}`}`;
  });
  const more =
    violation.nodes.length > AXE_NODES_SHOWN ? [`    ...and ${violation.nodes.length - AXE_NODES_SHOWN} more`] : [];
  return [
    `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} [${violation.nodes.length} node(s)]`,
    ...nodes,
    ...more,
  ].join('\n');
}

export interface AxeOptions {
  /** Rule ids to skip, e.g. 'color-contrast' where another run already covers it; say why at the call. */
  disabledRules?: readonly string[];
}

function axeRunOptions(options: AxeOptions): object {
  const rules = Object.fromEntries((options.disabledRules ?? []).map((id) => [id, { enabled: false }]));
  return { resultTypes: ['violations'], rules };
}

/** Runs axe-core (all rules except experimental) on the page. It runs in an isolated world over CDP, so it
 *  works with JavaScript disabled and leaves the page's own globals alone. */
export async function checkAxe(page: Page, options: AxeOptions = {}): Promise<string[]> {
  axeSource ??= readFileSync(join(ROOT_DIR, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 's-curve-axe',
    });
    const timers = scriptlessPages.has(page) ? FRAME_TIMERS : '';
    const load = await cdp.send('Runtime.evaluate', { expression: timers + axeSource, contextId: executionContextId });
    if (load.exceptionDetails !== undefined) throw new Error(`axe-core did not load: ${load.exceptionDetails.text}`);
    const run = await cdp.send('Runtime.evaluate', {
      expression:
        `axe.run(document, ${JSON.stringify(axeRunOptions(options))})` +
        '.then((result) => JSON.stringify(result.violations))',
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (run.exceptionDetails !== undefined || typeof run.result.value !== 'string') {
      throw new Error(
        `axe-core failed: ${run.exceptionDetails?.exception?.description ?? run.exceptionDetails?.text ?? 'no result'}`,
      );
    }
    return (JSON.parse(run.result.value) as AxeViolation[]).map(formatViolation);
  } finally {
    await cdp.detach();
  }
}

/** URL path of every HTML file in dist/: directories' index.html as '/dir/', others by file name. */
export function listPages(): string[] {
  if (!existsSync(DIST_DIR)) throw new Error(`No built site in ${DIST_DIR}: run npm run build first`);
  return listHtmlPages(DIST_DIR);
}
