// Code cells in a real browser: typing into a cell by keyboard and running it, the time limit on an endless
// loop, errors with the reader's line and column, no reach into the page, network or storage, plot() charts
// with a text alternative, edits that survive a reload, the playground's files, and every lesson's cells.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { checkAxe, expectNoProblems, listPages, openPage, ROOT_DIR, useSite } from './harness.ts';
import { unlockCell } from './unlock.ts';
import { openEditor, typeCode } from './code-editor.ts';

useSite();
const LESSON = '/lessons/sigmoid/';
const PLAYGROUND = '/playground/';
const STORE_KEY = 's-curve:code-cells';

/** The editor's text, line by line (innerText would double empty lines, which CodeMirror renders as <br>). */
function editorText(cell: Locator): Promise<string> {
  return cell.locator('.cm-content').evaluate((content) => [...content.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'));
}

async function runAndWait(page: Page, cell: Locator): Promise<string> {
  await cell.locator('.cm-content').focus();
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => cell.locator('.output').getAttribute('data-state')).not.toBe('running');
  return cell.locator('.output').innerText();
}

describe('editing and running a cell', () => {
  it('types code with the keyboard, runs it with Ctrl+Enter and shows the output and the last value', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND);
    const cell = page.locator('#play-first-steps');
    await typeCode(page, cell, "import { sigmoid } from 's-curve/math';\nconst x: number = 2;\nconsole.log('σ(2) =', sigmoid(x).toFixed(4));\nx * 21");
    expect(await runAndWait(page, cell)).toBe('σ(2) = 0.8808\n→ 42');
    expect(await cell.locator('.output').getAttribute('data-state')).toBe('done');
    expect(await cell.locator('.status').innerText()).toMatch(/Finished in \d+ ms/);
    expectNoProblems(problems);
    await close();
  });

  it('Tab indents inside the editor, and Escape then Tab leaves it, as the visible hint says', async () => {
    const { page, close } = await openPage(PLAYGROUND);
    const cell = page.locator('#play-first-steps');
    const content = await openEditor(cell);
    expect(await cell.locator('.editor-keys').innerText()).toContain('press Esc and then Tab');
    expect(await content.getAttribute('aria-describedby')).toBe('play-first-steps-keys');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    expect((await content.innerText()).startsWith('  //')).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('run');
    await close();
  });

  it('stops an endless loop at the time limit while the page stays responsive, and runs again after', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND);
    const cell = page.locator('#play-own');
    await typeCode(page, cell, 'while (true) {}');
    await cell.locator('.cm-content').focus();
    const started = Date.now();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 10_000 }).toBe('running');
    // The page answers at once while the worker spins.
    const before = Date.now();
    expect(await page.evaluate(() => document.title)).toContain('Playground');
    expect(Date.now() - before).toBeLessThan(1000);
    await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 8000 }).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(7000);
    expect(await cell.locator('.output').innerText()).toContain('ran longer than 3 s');
    await typeCode(page, cell, "console.log('again')");
    expect(await runAndWait(page, cell)).toBe('again');
    expectNoProblems(problems);
    await close();
  });

  it('shows a syntax error and a runtime error at the line and column of the reader’s source', async () => {
    const { page, close } = await openPage(PLAYGROUND);
    const cell = page.locator('#play-own');
    await typeCode(page, cell, 'const a = 1;\nlet b = (;');
    expect(await runAndWait(page, cell)).toBe('Syntax error at line 2, column 10: Unexpected token');
    expect(await cell.locator('.output').getAttribute('data-state')).toBe('error');
    await typeCode(page, cell, "import { sigmoid } from 's-curve/math';\nconst o: any = undefined;\nconsole.log(sigmoid(0)); o.foo;");
    expect(await runAndWait(page, cell)).toBe(
      "0.5\nThe code threw an error: TypeError at line 3, column 28: Cannot read properties of undefined (reading 'foo')",
    );
    await close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`marks the line a run failed on in the editor, described by the error message, until the next edit (${colorScheme})`, async () => {
      const { page, problems, close } = await openPage(PLAYGROUND, { colorScheme });
      const cell = page.locator('#play-own');
      const content = cell.locator('.cm-content');
      const marked = cell.locator('.cm-error-line');
      await typeCode(page, cell, "const a = 1;\nconst o: any = undefined;\nconsole.log(a); o.foo;\nconsole.log('not reached');");
      expect(await runAndWait(page, cell)).toContain('TypeError at line 3, column 19');
      expect(await marked.count()).toBe(1);
      expect(await marked.textContent()).toBe('console.log(a); o.foo;');
      expect(await cell.locator('.cm-gutterElement.cm-error-gutter').innerText()).toBe('3');
      expect(await content.getAttribute('aria-invalid')).toBe('true');
      const [keys, messageId] = ((await content.getAttribute('aria-describedby')) ?? '').split(' ');
      expect(keys).toBe('play-own-keys');
      expect(await page.locator(`#${messageId ?? 'none'}`).innerText()).toContain('TypeError at line 3, column 19');
      expect(await checkAxe(page)).toEqual([]);

      // Any edit clears the mark: the line it named may have changed.
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' ');
      expect(await marked.count()).toBe(0);
      expect(await content.getAttribute('aria-invalid')).toBeNull();
      expect(await content.getAttribute('aria-describedby')).toBe('play-own-keys');

      // A syntax error is marked too, and a run that succeeds leaves no mark.
      await typeCode(page, cell, 'const a = 1;\nlet b = (;');
      expect(await runAndWait(page, cell)).toBe('Syntax error at line 2, column 10: Unexpected token');
      expect(await marked.textContent()).toBe('let b = (;');
      await typeCode(page, cell, "console.log('fine')");
      expect(await runAndWait(page, cell)).toBe('fine');
      expect(await marked.count()).toBe(0);
      expect(await content.getAttribute('aria-invalid')).toBeNull();
      expectNoProblems(problems);
      await close();
    });
  }

  it('gives the code no way to the page, storage or the network', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND);
    const cell = page.locator('#play-own');
    const probes = [
      'console.log(typeof document, typeof window, typeof localStorage, typeof sessionStorage)',
      'console.log(typeof fetch, typeof XMLHttpRequest, typeof WebSocket, typeof EventSource, typeof importScripts)',
      'console.log(typeof indexedDB, typeof caches, typeof Worker, typeof BroadcastChannel, typeof postMessage)',
      "try { eval('1') } catch (e) { console.log('eval:', String(e).slice(0, 9)) }",
      "try { (() => {}).constructor('return 1') } catch (e) { console.log('Function:', String(e).slice(0, 9)) }",
      "try { await import('https://example.com/x.js') } catch (e) { console.log('import:', String(e).slice(0, 47)) }",
    ];
    await typeCode(page, cell, probes.join('\n'));
    expect(await runAndWait(page, cell)).toBe(
      [
        'undefined undefined undefined undefined',
        'undefined undefined undefined undefined undefined',
        'undefined undefined undefined undefined undefined',
        'eval: TypeError',
        'Function: TypeError',
        'import: Error: Cannot import "https://example.com/x.js"',
      ].join('\n'),
    );
    expectNoProblems(problems);
    await close();
  });

  it('shows output as text: markup in a printed string stays text', async () => {
    const { page, close } = await openPage(PLAYGROUND);
    const cell = page.locator('#play-own');
    await typeCode(page, cell, 'console.log("<img src=x onerror=alert(1)><b>bold</b>")');
    expect(await runAndWait(page, cell)).toBe('<img src=x onerror=alert(1)><b>bold</b>');
    expect(await cell.locator('.output img, .output b').count()).toBe(0);
    await close();
  });
});

describe('plot()', () => {
  it('draws a Chart.js line chart under the cell, with a summary and a table of sample points', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND);
    const cell = page.locator('#play-plot');
    await cell.locator('button.run').click();
    await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 10_000 }).toBe('done');
    const figure = cell.locator('figure.plot');
    await expect.poll(() => figure.getAttribute('data-drawn')).toBe('');
    expect(await figure.locator('figcaption').innerText()).toBe('Three activations');
    expect(await figure.locator('canvas').getAttribute('aria-label')).toBe(
      'Chart. Line chart “Three activations” of sigmoid, tanh, ReLU / 6 (dashed), x from -6 to 6, 121 points.',
    );
    const painted = await figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
      return { width: canvas.width, count };
    });
    expect(painted.width).toBeGreaterThan(200);
    expect(painted.count).toBeGreaterThan(1000);
    const table = figure.locator('.plot-data');
    await table.locator('summary').click();
    expect(await table.locator('th').allInnerTexts()).toEqual(['x', 'sigmoid', 'tanh', 'ReLU / 6']);
    expect(await table.locator('tbody tr').count()).toBe(11);
    expect(await table.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual(['-6', '0.002473', '-1', '0']);
    expect(await checkAxe(page)).toEqual([]);
    expectNoProblems(problems);
    await close();
  });
});

describe('accessibility', () => {
  it('passes axe in the dark theme with an editor open, output, an error and a chart', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND, { colorScheme: 'dark' });
    await page.locator('#play-plot button.run').click();
    await page.locator('#play-plot figure[data-drawn]').waitFor();
    const cell = page.locator('#play-own');
    await typeCode(page, cell, "console.log('ok')\nnull.x");
    expect(await runAndWait(page, cell)).toContain('TypeError at line 2');
    expect(await checkAxe(page)).toEqual([]);
    expectNoProblems(problems);
    await close();
  });
});

describe('keeping edits', () => {
  // Pages that reload wait for the network to settle first, so the reload aborts no request of the first load.
  it('keeps an edit across a reload under one versioned key, and Reset restores the original', async () => {
    const { page, problems, close } = await openPage(LESSON, { waitUntil: 'networkidle' });
    const cell = page.locator('#code-numpy');
    const original = await cell.locator('.source pre').evaluate((pre) => pre.textContent ?? '');
    const content = await openEditor(cell);
    await content.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type("console.log('mine')");
    expect(await cell.locator('.notice').innerText()).toContain('kept in this browser');
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORE_KEY);
    expect(Object.keys(stored.cells)).toEqual(['/lessons/sigmoid/#code-numpy']);
    expect(stored.version).toBe(1);

    await page.reload({ waitUntil: 'networkidle' });
    const again = page.locator('#code-numpy');
    await again.locator('.cm-content').waitFor();
    expect(await editorText(again)).toContain("console.log('mine')");
    expect(await again.locator('.source').isHidden()).toBe(true);
    await unlockCell(page, again);
    expect(await runAndWait(page, again)).toBe("0.9999546021312976\n0.5\n4.5397868702434395e-05\nmine");

    await again.locator('button.reset').click();
    expect(await editorText(again)).toBe(original);
    expect(await again.locator('.notice').innerText()).toBe('Restored the original code.');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBeNull();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#code-numpy .source').isVisible()).toBe(true);
    expect(await page.locator('#code-numpy .cm-content').count()).toBe(0);
    expectNoProblems(problems);
    await close();
  });

  it('sets corrupt stored data aside with a notice and never breaks the page', async () => {
    const { page, problems, close } = await openPage(LESSON, { waitUntil: 'networkidle' });
    await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "cells": [broken'), STORE_KEY);
    await page.reload({ waitUntil: 'networkidle' });
    const cell = page.locator('#code-symmetry');
    await cell.locator('button.run').click();
    await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 10_000 }).toBe('done');
    expect(await cell.locator('.notice').innerText()).toContain('could not be read');
    const kept = await page.evaluate(() => [localStorage.getItem('s-curve:code-cells:set-aside'), localStorage.getItem('s-curve:code-cells')]);
    expect(kept).toEqual(['{"version": 1, "cells": [broken', '{"version":1,"cells":{}}']);
    expectNoProblems(problems);
    await close();
  });
});

describe('the playground', () => {
  it('exports its cells to a file and imports them back; a bad file changes nothing and says why', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND);
    const cell = page.locator('#play-first-steps');
    await typeCode(page, cell, "console.log('exported')");
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.playground-files .export').click()]);
    expect(download.suggestedFilename()).toBe('s-curve-playground.json');
    const file = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(file.format).toBe('s-curve-code-cells');
    expect(file.cells['play-first-steps']).toBe("console.log('exported')");
    expect(Object.keys(file.cells)).toHaveLength(4);

    const status = page.locator('.playground-files-status');
    const choose = async (name: string, content: string): Promise<void> => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.playground-files .import').click()]);
      await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    };
    await choose('bad.json', '{ not json');
    await expect.poll(() => status.innerText()).toContain('not JSON');
    expect(await editorText(cell)).toBe("console.log('exported')");

    file.cells['play-first-steps'] = "console.log('imported')";
    file.cells['play-softmax'] = '1 + 1';
    await choose('good.json', JSON.stringify(file));
    await expect.poll(() => status.innerText()).toContain('Imported 4 cells');
    expect(await editorText(cell)).toBe("console.log('imported')");
    expect(await editorText(page.locator('#play-softmax'))).toBe('1 + 1');
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('#play-softmax .cm-content').waitFor();
    expect(await editorText(page.locator('#play-softmax'))).toBe('1 + 1');
    expectNoProblems(problems);
    await close();
  });
});

describe('loading', () => {
  it('loads no runner, editor or chart code until the reader first uses a cell', async () => {
    const { page, problems, close } = await openPage(LESSON);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    const runtime = () => requested.filter((url) => url.includes('code-runtime'));
    expect(runtime()).toEqual([]);
    const cell = page.locator('#code-numpy');
    await unlockCell(page, cell);
    await cell.locator('button.run').click();
    await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 10_000 }).toBe('done');
    expect(runtime().some((url) => url.includes('code-runtime-worker'))).toBe(true);
    expect(runtime().some((url) => url.includes('code-runtime-editor'))).toBe(false);
    expectNoProblems(problems);
    await close();
  });
});

describe('every lesson', () => {
  const lessons = listPages().filter((path) => /^\/lessons\/[^/]+\/$/.test(path));
  const examples = join(ROOT_DIR, 'src/examples');

  it.each(lessons)('%s: every cell shows its example’s exact source and runs with no error', async (path) => {
    const { page, problems, close } = await openPage(path);
    const cells = page.locator('.cell-code');
    const count = await cells.count();
    for (let i = 0; i < count; i++) {
      const cell = cells.nth(i);
      const example = (await cell.getAttribute('data-example')) ?? '';
      const listing = await cell.locator('.source pre').evaluate((pre) => pre.textContent ?? '');
      expect(listing, example).toBe(readFileSync(join(examples, `${example}.ts`), 'utf8').trimEnd());
      await unlockCell(page, cell);
      await cell.locator('button.run').click();
      await expect.poll(() => cell.locator('.output').getAttribute('data-state'), { timeout: 8000 }).toBe('done');
      const output = await cell.locator('.output').innerText();
      const charts = await cell.locator('.plots > *').count();
      expect(output.trim().length + charts, example).toBeGreaterThan(0);
      expect(output, example).not.toContain('threw an error');
    }
    expectNoProblems(problems);
    await close();
  });
});
