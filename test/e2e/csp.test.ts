// The Content-Security-Policy: every page carries one that allows only the site's own scripts (no inline or
// string-compiled script), the harness reports any violation, and code-cell workers get their own narrow policy.
import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, listPages, openPage, useSite } from './harness.ts';
import { unlockCell } from './unlock.ts';
import { metaPolicy } from './static-server.ts';

useSite();

/** Directive name -> its sources. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') parsed.set(name, sources);
  }
  return parsed;
}

function pageFile(path: string): string {
  return join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : path);
}

describe('the page policy', () => {
  it.each(listPages())('%s allows only the site’s own scripts, no inline or eval, and nothing from elsewhere', (path) => {
    const policy = metaPolicy(readFileSync(pageFile(path), 'utf8'));
    expect(policy, 'a <meta http-equiv="content-security-policy">').toBeDefined();
    const parsed = directives(policy ?? '');
    expect(parsed.get('default-src')).toEqual(["'none'"]);
    const scripts = parsed.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    // Beside the site's files and hashed inline scripts, only 'wasm-unsafe-eval' (search compiles WebAssembly; it
    // cannot evaluate JavaScript): never 'unsafe-inline' or 'unsafe-eval' for scripts.
    expect(scripts.filter((source) => source !== "'self'" && !source.startsWith("'sha256-"))).toEqual(["'wasm-unsafe-eval'"]);
    for (const [name, sources] of parsed) {
      const allowed = ["'self'", "'none'", "'unsafe-inline'", 'data:', ...(name === 'script-src' ? ["'wasm-unsafe-eval'"] : [])];
      const outside = sources.filter((source) => !allowed.includes(source));
      expect(outside.filter((source) => !source.startsWith("'sha256-")), `${name} names only this site`).toEqual([]);
    }
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'self'"]);
  });

  it('is also sent as a header by the test server, and an injected inline script is blocked and reported', async () => {
    const { page, response, problems, close } = await openPage('/lessons/sigmoid/');
    const header = (await response?.allHeaders())?.['content-security-policy'];
    expect(header).toBe(metaPolicy(await page.content()));
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      await new Promise((done) => setTimeout(done, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => problems.filter((problem) => problem.kind === 'csp').length).toBeGreaterThan(0);
    await close();
  });
});

describe('the code-cell worker', () => {
  it('runs under the worker policy: code may be compiled from strings, but nothing is fetched', async () => {
    const { page, problems, close } = await openPage('/lessons/sigmoid/');
    const started: Worker[] = [];
    page.on('worker', (worker) => started.push(worker));
    const cell = page.locator('.cell-code').first();
    await unlockCell(page, cell);
    const run = cell.locator('button.run');
    await run.scrollIntoViewIfNeeded();
    await run.click();
    // After a run the page starts a spare worker for the next; it has not locked itself down for a run yet.
    await expect.poll(() => started.length, { timeout: 15_000 }).toBeGreaterThan(1);
    const worker = started[1]!;
    const seen = await worker.evaluate(async () => {
      const compiled = ((): string => {
        try {
          return String(new Function('return 6 * 7')());
        } catch (error) {
          return String(error);
        }
      })();
      const fetched = await fetch('/robots.txt').then(
        (response) => `fetched ${response.status}`,
        (error: unknown) => `refused: ${String(error)}`,
      );
      return { compiled, fetched };
    });
    expect(seen.compiled).toBe('42');
    expect(seen.fetched).toMatch(/^refused/);
    // The refused fetch is the one expected violation, reported by the worker's console.
    expect(problems.every((problem) => problem.kind === 'csp' && /connect-src|Fetch API/i.test(problem.detail))).toBe(true);
    await close();
  });
});
