// Lighthouse on every page of the built site (dist/), mobile profile (Lighthouse's default: a mid-range phone,
// simulated slow 4G and 4x CPU slowdown), in the same Chromium as the browser tests. Prints the four scores per
// page and exits 1 when a page is below target.
//   npm run audit                       audit every page once
//   npm run audit -- --runs 3           audit each page 3 times; the table shows the median (and the range)
//   npm run audit -- /lessons/sigmoid/  audit only the pages named
//   npm run audit -- --save DIR         also write each Lighthouse report (JSON) into DIR
//   npm run audit -- --report-only performance   print a category's misses as "not met" without failing on them
// CI (.ci/run) audits every page 5 times: one run's performance score moves by several points with the host's load.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_ARGS, findBrowser } from '../test/e2e/browser.ts';
import { listHtmlPages, startStaticServer, stopStaticServer } from '../test/e2e/static-server.ts';

const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

/** Category id -> lowest passing score (0-100). */
export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

interface PageResult {
  path: string;
  /** Category -> one score per run. */
  scores: Record<Category, number[]>;
  /** Audits that lost points in the last run, for the reader of a failure. */
  failing: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}

function parseArgs(argv: string[]): { runs: number; only: string[]; save: string | undefined; reportOnly: Set<string> } {
  let runs = 1;
  let save: string | undefined;
  const only: string[] = [];
  const reportOnly = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--runs') runs = Math.max(1, Number.parseInt(argv[++i] ?? '1', 10) || 1);
    else if (arg === '--save') save = argv[++i];
    else if (arg === '--report-only') {
      const category = argv[++i] ?? '';
      if (!(CATEGORIES as string[]).includes(category)) throw new Error(`--report-only: not a category: ${category}`);
      reportOnly.add(category);
    } else only.push(arg);
  }
  return { runs, only, save, reportOnly };
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Audits in the four categories that scored below 1 (weight > 0 or a failed binary check), as "id (score)". */
function failingAudits(lhr: Lhr): string[] {
  const failing = new Set<string>();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (audit === undefined || audit.score === null || audit.score >= 1 || ref.weight === 0) continue;
      failing.add(`${category}/${ref.id} ${Math.round(audit.score * 100)}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  return [...failing];
}

function formatRow(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
}

function printTable(results: PageResult[], runs: number): void {
  const header = ['page', ...CATEGORIES];
  const rows = results.map((result) => [
    result.path,
    ...CATEGORIES.map((category) => {
      const scores = result.scores[category];
      const shown = String(median(scores));
      return runs > 1 ? `${shown} [${Math.min(...scores)}-${Math.max(...scores)}]` : shown;
    }),
  ]);
  const targets = ['target', ...CATEGORIES.map((category) => `>= ${TARGETS[category]}`)];
  const widths = header.map((_, i) => Math.max(...[header, targets, ...rows].map((row) => (row[i] ?? '').length)));
  console.log(formatRow(header, widths));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(formatRow(row, widths));
  console.log(formatRow(targets, widths));
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    console.error(`No built site in ${DIST_DIR}: run npm run build first`);
    return 1;
  }
  const { runs, only, save, reportOnly } = parseArgs(process.argv.slice(2));
  if (save !== undefined) mkdirSync(save, { recursive: true });
  const pages = only.length > 0 ? only : listHtmlPages(DIST_DIR);
  const { server, origin } = await startStaticServer(DIST_DIR);
  const chrome = await launch({
    chromePath: findBrowser(),
    chromeFlags: [...BROWSER_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  const results: PageResult[] = [];
  try {
    for (const path of pages) {
      const result: PageResult = {
        path,
        scores: { performance: [], accessibility: [], 'best-practices': [], seo: [] },
        failing: [],
      };
      for (let run = 0; run < runs; run++) {
        const started = Date.now();
        const answer = await lighthouse(new URL(path, origin).href, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: CATEGORIES,
        });
        if (answer === undefined) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { lhr } = answer;
        if (lhr.runtimeError !== undefined) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        for (const category of CATEGORIES) result.scores[category].push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
        result.failing = failingAudits(lhr);
        if (save !== undefined) {
          const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${run + 1}.json`;
          writeFileSync(join(save, name), JSON.stringify(lhr));
        }
        console.error(`audited ${path} (run ${run + 1}/${runs}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      results.push(result);
    }
  } finally {
    chrome.kill();
    await stopStaticServer(server);
  }
  console.log('');
  printTable(results, runs);
  const below = results.flatMap((result) =>
    CATEGORIES.filter((category) => median(result.scores[category]) < TARGETS[category]).map(
      (category) => `${result.path}: ${category} ${median(result.scores[category])} < ${TARGETS[category]}`,
    ),
  );
  const notes = results.filter((result) => result.failing.length > 0);
  if (notes.length > 0) {
    console.log('\nAudits that lost points:');
    for (const result of notes) console.log(`  ${result.path}\n    ${result.failing.join('\n    ')}`);
  }
  const reported = below.filter((line) => [...reportOnly].some((category) => line.includes(`: ${category} `)));
  const failing = below.filter((line) => !reported.includes(line));
  if (reported.length > 0) console.log(`\nBelow target, reported only (not met):\n  ${reported.join('\n  ')}`);
  if (failing.length > 0) {
    console.log(`\nBelow target:\n  ${failing.join('\n  ')}`);
    return 1;
  }
  if (reported.length > 0) {
    console.log('\nEvery page meets every enforced target.');
    return 0;
  }
  console.log('\nEvery page meets every target.');
  return 0;
}

process.exitCode = await main();
