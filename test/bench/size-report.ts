// `npm run size [-- --check] [-- --files]`: gzip bytes of JavaScript and CSS per built page, up front and on
// demand. --check exits 1 when a lesson page is over budget; --files lists every resource under its page.
import { fileURLToPath } from 'node:url';
import { BUDGET, budgetViolations, formatKb, formatTable, measureSearch, measureSite } from './size.ts';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const args = new Set(process.argv.slice(2));
const pages = measureSite(distDir);

console.log(formatTable(pages));
console.log(
  `\nBudget for lesson pages (gzip, level 9): up-front JS <= ${formatKb(BUDGET.upFrontJs)}; ` +
    `up-front + on-demand JS <= ${formatKb(BUDGET.lessonJs)} (code runtime excluded).`,
);

const search = measureSearch(distDir);
if (search !== undefined) {
  console.log(
    `Search, loaded only when a reader opens it (not counted above): engine JS ${formatKb(search.engineJs)} gzip, ` +
      `WebAssembly ${formatKb(search.wasm)}, index and fragments ${formatKb(search.index)} in all (a search fetches ` +
      `a few chunks of it); Pagefind's own UI files, not used: ${formatKb(search.unusedUi)}.`,
  );
}

if (args.has('--files')) {
  for (const page of pages) {
    console.log(`\n${page.path}`);
    for (const resource of page.resources) {
      console.log(
        `  ${resource.category.padEnd(11)} ${resource.kind.padEnd(3)} ${formatKb(resource.gzipBytes).padStart(9)}  ${resource.id}`,
      );
    }
  }
}

for (const page of pages) {
  for (const url of page.missing) console.warn(`warning: ${page.path} references ${url}, which is not in dist/`);
}

const violations = budgetViolations(pages);
if (violations.length > 0) {
  for (const line of violations) console.error(`OVER BUDGET ${line}`);
  if (args.has('--check')) process.exitCode = 1;
} else {
  console.log('All lesson pages are within budget.');
}
