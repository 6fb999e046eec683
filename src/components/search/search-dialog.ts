// The search dialog, loaded on first use: it loads Pagefind from the site (/pagefind/pagefind.js, written by
// the build) and lists matching pages, each with its best sections and an excerpt.
import { search as text } from '../../strings/en/search.ts';
import { parseExcerpt } from './search-excerpt.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options: (options: { excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindData> }[] } | null>;
}

const MAX_RESULTS = 8;
const MAX_SECTIONS = 3;
const DEBOUNCE_MS = 150;

let pagefind: Promise<Pagefind> | undefined;
let wired = false;
let returnFocusTo: Element | null = null;
let latest = 0;

function loadPagefind(): Promise<Pagefind> {
  // A runtime URL, so Vite leaves it alone: the file exists only in the built site.
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  });
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

function excerptParagraph(excerpt: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-excerpt';
  for (const segment of parseExcerpt(excerpt)) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      paragraph.append(mark);
    } else paragraph.append(segment.text);
  }
  return paragraph;
}

function link(href: string, label: string, className: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.className = className;
  anchor.textContent = label;
  return anchor;
}

/** How well a section fits the query: a title that is the query, or contains its words, beats a mere mention. */
function sectionScore(section: PagefindSubResult, words: readonly string[]): number {
  const title = section.title.toLowerCase();
  const named = words.join(' ') === title ? 2000 : words.every((word) => title.includes(word)) ? 1000 : 0;
  return named + (section.locations?.length ?? 0);
}

/** The best sections, in page order; the page's own top section is left to the title link. */
function bestSections(data: PagefindData, query: string): PagefindSubResult[] {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
  const sections = (data.sub_results ?? []).filter((section) => section.url !== data.url && section.url.includes('#'));
  const ranked = [...sections].sort((a, b) => sectionScore(b, words) - sectionScore(a, words));
  const keep = new Set(ranked.slice(0, MAX_SECTIONS));
  return sections.filter((section) => keep.has(section));
}

function resultItem(data: PagefindData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const title = data.meta.title ?? data.url;
  item.append(link(data.url, title, 'search-result-title'));
  const sections = bestSections(data, query);
  if (sections.length === 0) item.append(excerptParagraph(data.excerpt));
  else {
    const list = document.createElement('ul');
    list.className = 'search-sections';
    list.setAttribute('aria-label', text.sectionsLabel(title));
    for (const section of sections) {
      const entry = document.createElement('li');
      entry.append(link(section.url, section.title, 'search-section-title'), excerptParagraph(section.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

interface Parts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
}

function findParts(): Parts | undefined {
  const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
  const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog?.querySelector<HTMLElement>('.search-status');
  const results = dialog?.querySelector<HTMLOListElement>('.search-results');
  if (!dialog || !input || !status || !results) return undefined;
  return { dialog, input, status, results };
}

async function runSearch(parts: Parts, query: string): Promise<void> {
  const ticket = ++latest;
  const trimmed = query.trim();
  if (trimmed === '') {
    parts.results.replaceChildren();
    parts.status.textContent = text.hint;
    return;
  }
  if (import.meta.env.DEV) {
    parts.status.textContent = text.noIndex;
    return;
  }
  parts.status.textContent = pagefind === undefined ? text.loading : text.searching;
  try {
    const engine = await loadPagefind();
    const response = await engine.search(trimmed);
    if (response === null || ticket !== latest) return;
    const found = await Promise.all(response.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    parts.results.replaceChildren(...found.map((data) => resultItem(data, trimmed)));
    parts.status.textContent =
      response.results.length === 0 ? text.noResults(trimmed) : text.results(response.results.length, trimmed);
  } catch {
    if (ticket !== latest) return;
    parts.results.replaceChildren();
    parts.status.textContent = text.failed;
  }
}

function wire(parts: Parts): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  parts.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runSearch(parts, parts.input.value), DEBOUNCE_MS);
  });
  parts.input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = parts.results.querySelector('a');
    if (first === null) return;
    event.preventDefault();
    first.focus();
  });
  parts.dialog.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void runSearch(parts, parts.input.value);
  });
  parts.dialog.querySelector('.search-close')?.addEventListener('click', () => parts.dialog.close());
  // A click on the backdrop (outside the panel) closes the dialog.
  parts.dialog.addEventListener('click', (event) => {
    if (event.target === parts.dialog) parts.dialog.close();
  });
  // Following a result to a section of the page already open: close so the reader sees it.
  parts.results.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || event.target.closest('a') === null) return;
    returnFocusTo = null;
    parts.dialog.close();
  });
  parts.dialog.addEventListener('close', () => {
    const target = returnFocusTo;
    returnFocusTo = null;
    if (target instanceof HTMLElement && target.isConnected && target !== document.body) target.focus();
  });
}

export function openSearch(returnTo: Element | null): void {
  const parts = findParts();
  if (parts === undefined || parts.dialog.open) return;
  if (!wired) {
    wire(parts);
    wired = true;
  }
  returnFocusTo = returnTo;
  parts.dialog.showModal();
  parts.input.focus();
  parts.input.select();
  if (parts.input.value.trim() === '') parts.status.textContent = import.meta.env.DEV ? text.noIndex : text.hint;
  else void runSearch(parts, parts.input.value);
  if (!import.meta.env.DEV) loadPagefind().catch(() => undefined);
}
