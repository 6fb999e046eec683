// What each built page costs to load: gzip bytes of JavaScript and CSS needed up front and fetched on demand,
// and whether lesson pages keep to the budget. Used by `npm run size` and by test/e2e/size.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Chunks whose file path contains this are the code-cell editor/runtime, loaded only when a reader edits code;
 *  they get their own column and are left out of the lesson JavaScript budget. */
export const CODE_RUNTIME_PATH_PART = 'code-runtime';

/** Budgets from the issue, in gzip bytes (1 KB = 1000 bytes), for lesson pages. */
export const BUDGET = {
  /** Nothing is needed to read a lesson (the browser tests read every page with JavaScript off); what runs up
   *  front only wires the theme toggle, exercises, code cells and the loaders that fetch widgets near the
   *  viewport, and must stay small. */
  upFrontJs: 12_000,
  /** All JavaScript a lesson can load (up front + on demand, Chart.js included), code runtime excluded. */
  lessonJs: 60_000,
} as const;

export const LESSON_PATH = /^\/lessons\/[^/]+\/$/;

export type Category = 'upFront' | 'onDemand' | 'codeRuntime';
export type Kind = 'js' | 'css';

/** One resource of a page: a dist/ file ('/_astro/x.js') or an inline block ('inline script #1 in /lessons/a/'). */
export interface Resource {
  id: string;
  kind: Kind;
  category: Category;
  gzipBytes: number;
}

export interface PageSize {
  path: string;
  isLesson: boolean;
  resources: Resource[];
  /** Gzip byte totals per category and kind. */
  totals: Record<Category, Record<Kind, number>>;
  /** Up front + on demand JavaScript: what the lesson budget limits. */
  budgetedJs: number;
  /** References found in HTML or JS that point at no file in dist/. */
  missing: string[];
}

interface Reference {
  url: string;
  /** Static imports load with their importer; dynamic imports, workers and preload lists load later. */
  eager: boolean;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = match[1];
    if (name === undefined) continue;
    attributes.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function kindOf(url: string): Kind | undefined {
  if (/\.m?js$/.test(url)) return 'js';
  if (/\.css$/.test(url)) return 'css';
  return undefined;
}

/** Site-root URL path of a reference, or undefined for other origins. */
function resolveUrl(specifier: string, base: string): string | undefined {
  const url = new URL(specifier, new URL(base, 'http://site.invalid'));
  return url.origin === 'http://site.invalid' ? url.pathname : undefined;
}

/** Files a JavaScript module pulls in: static imports (eager), import(), new URL(..., import.meta.url) and
 *  Vite's dynamic-import preload list (lazy). Bare specifiers cannot occur in built output and are ignored. */
export function findJsReferences(source: string, fileUrl: string): Reference[] {
  const references: Reference[] = [];
  const add = (specifier: string | undefined, eager: boolean, base = fileUrl): void => {
    if (specifier === undefined || !/^(\.{1,2}\/|\/)/.test(specifier) || kindOf(specifier) === undefined) return;
    const url = resolveUrl(specifier, base);
    if (url !== undefined) references.push({ url, eager });
  };
  for (const match of source.matchAll(
    /(?:^|[;\s{}()])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/g,
  )) {
    add(match[1], true);
  }
  for (const match of source.matchAll(/\bimport\s*\(\s*["'`]([^"'`\n]+)["'`]\s*\)/g)) add(match[1], false);
  // Vite writes worker URLs as new URL(`/_astro/w.js`, ``+import.meta.url); plain new URL('./w.js', import.meta.url)
  // and new Worker('/w.js') load a script later too.
  const workerUrl = /new\s+URL\s*\(\s*["'`]([^"'`\n]+)["'`]\s*,\s*(?:(?:""|''|``)\s*\+\s*)?import\.meta\.url\s*\)/g;
  for (const match of source.matchAll(workerUrl)) add(match[1], false);
  for (const match of source.matchAll(/new\s+(?:Shared)?Worker\s*\(\s*["'`]([^"'`\n]+)["'`]/g)) add(match[1], false);
  // Vite: const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/a.css"])))=>...
  for (const list of source.matchAll(/\.f\s*=\s*\[((?:\s*["'][^"']+["']\s*,?)*)\]/g)) {
    for (const item of (list[1] ?? '').matchAll(/["']([^"']+)["']/g))
      add(`/${(item[1] ?? '').replace(/^\//, '')}`, false, '/');
  }
  return references;
}

interface HtmlEntries {
  references: Reference[];
  inline: { kind: Kind; content: string }[];
  /** Scripts the page starts on demand (Astro islands' component and renderer URLs). */
  lazy: Reference[];
}

/** Up-front resources named in a page's HTML: script src, inline scripts and styles, stylesheets, modulepreload. */
export function findHtmlEntries(html: string, pageUrl: string): HtmlEntries {
  const entries: HtmlEntries = { references: [], inline: [], lazy: [] };
  const add = (list: Reference[], specifier: string | undefined, eager: boolean): void => {
    if (specifier === undefined || specifier === '') return;
    const url = resolveUrl(specifier, pageUrl);
    if (url !== undefined) list.push({ url, eager });
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    if (!JS_TYPES.has((attributes.get('type') ?? '').toLowerCase())) continue;
    const src = attributes.get('src');
    if (src !== undefined) add(entries.references, src, true);
    else if ((match[2] ?? '').trim() !== '') entries.inline.push({ kind: 'js', content: match[2] ?? '' });
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    if ((match[1] ?? '').trim() !== '') entries.inline.push({ kind: 'css', content: match[1] ?? '' });
  }
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const loadsNow =
      rel.includes('stylesheet') ||
      rel.includes('modulepreload') ||
      (rel.includes('preload') && attributes.get('as') === 'script');
    if (loadsNow) add(entries.references, attributes.get('href'), true);
  }
  for (const match of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    add(entries.lazy, attributes.get('component-url'), false);
    add(entries.lazy, attributes.get('renderer-url'), false);
  }
  return entries;
}

class PageWalker {
  readonly resources = new Map<string, Resource>();
  readonly missing = new Set<string>();
  readonly #distDir: string;
  readonly #referencesOf = new Map<string, Reference[]>();

  constructor(distDir: string) {
    this.#distDir = distDir;
  }

  /** Adds `url` and everything it reaches to `category`; files already placed in an earlier category stay there.
   *  Lazy references found on the way are returned for the next category. */
  place(urls: readonly string[], category: Category): string[] {
    const lazy: string[] = [];
    const queue = [...urls];
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (this.resources.has(url) || this.missing.has(url)) continue;
      const file = join(this.#distDir, ...url.split('/'));
      const kind = kindOf(url);
      if (kind === undefined) continue;
      if (!existsSync(file)) {
        this.missing.add(url);
        continue;
      }
      if (category === 'onDemand' && url.includes(CODE_RUNTIME_PATH_PART)) {
        lazy.push(url);
        continue;
      }
      const content = readFileSync(file);
      this.resources.set(url, { id: url, kind, category, gzipBytes: gzipSize(content) });
      for (const reference of kind === 'js' ? this.#references(url, content.toString('utf8')) : []) {
        (reference.eager || category === 'codeRuntime' ? queue : lazy).push(reference.url);
      }
    }
    return lazy;
  }

  #references(url: string, source: string): Reference[] {
    let references = this.#referencesOf.get(url);
    if (references === undefined) {
      references = findJsReferences(source, url);
      this.#referencesOf.set(url, references);
    }
    return references;
  }
}

function emptyTotals(): Record<Category, Record<Kind, number>> {
  return { upFront: { js: 0, css: 0 }, onDemand: { js: 0, css: 0 }, codeRuntime: { js: 0, css: 0 } };
}

/** Measures one built page. Lazy chunks are placed on demand until nothing new is reached; code-runtime chunks
 *  (and what only they reach) go last, into their own category. */
export function measurePage(distDir: string, path: string, html: string): PageSize {
  const entries = findHtmlEntries(html, path);
  const walker = new PageWalker(distDir);
  const inlineResources: Resource[] = entries.inline.map((block, index) => ({
    id: `inline ${block.kind === 'js' ? 'script' : 'style'} #${index + 1}`,
    kind: block.kind,
    category: 'upFront',
    gzipBytes: gzipSize(block.content),
  }));
  const inlineLazy = entries.inline
    .filter((block) => block.kind === 'js')
    .flatMap((block) => findJsReferences(block.content, path));
  const eagerFromInline = inlineLazy.filter((reference) => reference.eager).map((reference) => reference.url);
  let lazy = walker.place([...entries.references.map((reference) => reference.url), ...eagerFromInline], 'upFront');
  lazy.push(...inlineLazy.filter((reference) => !reference.eager).map((reference) => reference.url));
  lazy.push(...entries.lazy.map((reference) => reference.url));
  const runtime: string[] = [];
  while (lazy.length > 0) {
    const next = walker.place(lazy, 'onDemand');
    runtime.push(...next.filter((url) => url.includes(CODE_RUNTIME_PATH_PART)));
    lazy = next.filter((url) => !url.includes(CODE_RUNTIME_PATH_PART));
  }
  walker.place(runtime, 'codeRuntime');

  const resources = [...inlineResources, ...walker.resources.values()];
  const totals = emptyTotals();
  for (const resource of resources) totals[resource.category][resource.kind] += resource.gzipBytes;
  return {
    path,
    isLesson: LESSON_PATH.test(path),
    resources,
    totals,
    budgetedJs: totals.upFront.js + totals.onDemand.js,
    missing: [...walker.missing],
  };
}

function listHtmlFiles(distDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) files.push(full);
    }
  };
  walk(distDir);
  return files.sort();
}

/** Every HTML page in dist/, measured; paths as served ('/lessons/a/' for lessons/a/index.html). */
export function measureSite(distDir: string): PageSize[] {
  if (!existsSync(distDir)) throw new Error(`No built site in ${distDir}: run npm run build first`);
  return listHtmlFiles(distDir).map((file) => {
    const path = `/${relative(distDir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    return measurePage(distDir, path, readFileSync(file, 'utf8'));
  });
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** One line per budget a lesson page exceeds, naming the page and the excess; empty when all pages fit. */
export function budgetViolations(pages: readonly PageSize[]): string[] {
  const lines: string[] = [];
  for (const page of pages.filter((candidate) => candidate.isLesson)) {
    const upFront = page.totals.upFront.js;
    if (upFront > BUDGET.upFrontJs) {
      lines.push(
        `${page.path}: up-front JavaScript is ${formatKb(upFront)} gzip, ${formatKb(upFront - BUDGET.upFrontJs)} over the ${formatKb(BUDGET.upFrontJs)} budget`,
      );
    }
    if (page.budgetedJs > BUDGET.lessonJs) {
      lines.push(
        `${page.path}: JavaScript (up front + on demand) is ${formatKb(page.budgetedJs)} gzip, ${formatKb(page.budgetedJs - BUDGET.lessonJs)} over the ${formatKb(BUDGET.lessonJs)} budget`,
      );
    }
  }
  return lines;
}

/** The report printed by `npm run size`: one row per page, sizes in gzip KB. */
export function formatTable(pages: readonly PageSize[]): string {
  const header = [
    'page',
    'JS up front',
    'CSS up front',
    'JS on demand',
    'CSS on demand',
    'JS code runtime',
    'lesson JS / budget',
  ];
  const rows = pages.map((page) => [
    page.path,
    formatKb(page.totals.upFront.js),
    formatKb(page.totals.upFront.css),
    formatKb(page.totals.onDemand.js),
    formatKb(page.totals.onDemand.css),
    formatKb(page.totals.codeRuntime.js + page.totals.codeRuntime.css),
    page.isLesson ? `${formatKb(page.budgetedJs)} / ${formatKb(BUDGET.lessonJs)}` : '-',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Where `npm run build` writes the Pagefind search index (src/lib/pagefind-integration.ts). */
export const SEARCH_DIR = 'pagefind';

export interface SearchSize {
  /** pagefind.js (and its worker, if written): the search engine's JavaScript, gzip bytes. */
  engineJs: number;
  /** The WebAssembly search core for English (.pagefind files are stored gzip-compressed already). */
  wasm: number;
  /** Index metadata, word index chunks and page fragments, as stored (also compressed already). */
  index: number;
  /** Pagefind's ready-made UI files, which the site does not load. */
  unusedUi: number;
}

/** The search files' sizes. Pages never reference them: the search dialog imports /pagefind/pagefind.js by a URL
 *  built at run time, only when a reader opens search, so they are outside every page's up-front and lesson
 *  budgets and are reported here instead. Undefined when the build wrote no index. */
export function measureSearch(distDir: string): SearchSize | undefined {
  const root = join(distDir, SEARCH_DIR);
  if (!existsSync(root)) return undefined;
  const size: SearchSize = { engineJs: 0, wasm: 0, index: 0, unusedUi: 0 };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const content = readFileSync(full);
      if (/ui\.(js|css)$|highlight\.js$/.test(entry.name)) size.unusedUi += gzipSize(content);
      else if (/\.js$/.test(entry.name)) size.engineJs += gzipSize(content);
      else if (/^wasm\.en\./.test(entry.name)) size.wasm += content.length;
      else if (!/^wasm\./.test(entry.name)) size.index += content.length;
    }
  };
  walk(root);
  return size;
}
