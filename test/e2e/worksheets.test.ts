// Every lesson printed to PDF (Chromium, A4) as a worksheet and as an answer key, read back with pdfjs: titles
// and exercises present, no controls, solutions only in the key, answers as the exercise itself checks them,
// black on white in a dark theme. Page images are written to test-results/worksheets/ for a person to look at.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT_DIR, expectNoProblems, listPages, openPage, useSite, type OpenPageOptions } from './harness.ts';
import { readPdf, renderPdfPage, squash, type PdfText } from './pdf.ts';
import { formatAnswer } from '../../src/lib/answer-key.ts';
import { print } from '../../src/strings/en/print.ts';
import { site } from '../../src/strings/en/site.ts';
import { selfStudy } from '../../src/strings/en/self-study.ts';
import { lesson2Widgets } from '../../src/strings/en/lesson2-widgets.ts';

useSite();

const LESSONS = listPages().filter((path) => /^\/lessons\/[^/]+\/$/.test(path));
const IMAGES = join(ROOT_DIR, 'test-results', 'worksheets');
/** Pages a lesson may print to: at least the title page and its exercises, at most a small booklet. */
const PAGE_RANGE = { min: 3, max: 60 };

/** Words printed only on controls and page furniture; prose may name a few of them ("press Run"). */
const CONTROL_LABELS = [
  site.code.run,
  site.code.edit,
  site.code.reset,
  site.exercise.check,
  site.exercise.hint,
  site.exercise.solution,
  site.exercise.answerLabel,
  site.code.noOutputYet,
  site.theme.toggle,
  site.skipToContent,
  site.nav.previous,
  site.nav.next,
  site.cell.permalink,
  print.worksheetButton,
  print.answersButton,
];

interface ExerciseInfo {
  id: string;
  title: string;
  kind: 'numeric' | 'choice' | 'predict' | 'code';
  /** Whether the reader picks one of marked options (a choice exercise or a choice prediction). */
  hasOptions: boolean;
  answer: number;
  tolerance: number;
  /** The answer the key shows on the page (.key-value), numeric exercises only. */
  shownAnswer: string;
  /** The correct option's text without its math and mark, choice exercises only. */
  correctOption: string;
  /** Whether the key's mark sits in the option the checker treats as correct. */
  markOnCorrect: boolean;
  /** Runs of plain text (no math) from the worked solution, longest first. */
  solutionText: string[];
  /** Decimal numbers in the worked solution, math included (for solutions that are mostly a formula; one
   *  that is all formula, such as 1 / ¼ = 4, is checked by layout: visible in the key, hidden in the sheet). */
  solutionNumbers: string[];
}

interface PageInfo {
  title: string;
  exercises: ExerciseInfo[];
  /** How often each control label occurs in the page's own text outside controls (prose that names it). */
  labelsInProse: Record<string, number>;
}

function countWord(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')) ?? []).length;
}

async function readPage(page: Page): Promise<PageInfo> {
  const info = await page.evaluate((labels) => {
    const plainRuns = (element: Element): string[] => {
      const clone = element.cloneNode(true) as Element;
      clone.querySelector(':scope > summary')?.remove();
      for (const math of clone.querySelectorAll('.katex')) math.replaceWith('\u0000');
      return (clone.textContent ?? '')
        .split('\u0000')
        .map((run) => run.replace(/\s+/g, ' ').trim())
        .filter((run) => run.length >= 12)
        .sort((a, b) => b.length - a.length);
    };
    // One text node at a time, so a number never runs into the exponent that follows it (0.8808 and 10).
    const textNodes = (element: Element): string[] => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) texts.push(node.textContent ?? '');
      return texts;
    };
    const exercises = [...document.querySelectorAll<HTMLElement>('.exercise')].map((section) => {
      const correct = section.querySelector('.option[data-correct="true"] label');
      const solution = section.querySelector('details.solution') ?? document.createElement('div');
      const solutionCopy = solution.cloneNode(true) as Element;
      for (const hidden of solutionCopy.querySelectorAll('summary, .katex-mathml')) hidden.remove();
      const option = correct?.cloneNode(true) as Element | undefined;
      // Math is left out: PDF text lists a formula's glyphs by position, not in reading order.
      for (const extra of option?.querySelectorAll('.katex, .key-mark') ?? []) extra.remove();
      return {
        id: section.id,
        title: (section.querySelector('.cell-title')?.textContent ?? '').replace(/^\s*·\s*/, '').trim(),
        kind: section.dataset['exercise'] as 'numeric' | 'choice' | 'predict' | 'code',
        hasOptions: section.querySelector('.option[data-correct="true"]') !== null,
        answer: Number(section.dataset['answer']),
        tolerance: Number(section.dataset['tolerance']),
        shownAnswer: section.querySelector('.key-value')?.textContent?.trim() ?? '',
        correctOption: (option?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        markOnCorrect:
          section.dataset['exercise'] !== 'choice' ||
          section.querySelector('.key-mark')?.closest('.option')?.getAttribute('data-correct') === 'true',
        solutionText: plainRuns(solution),
        solutionNumbers: textNodes(solutionCopy).flatMap((text) => text.match(/\d+\.\d+/g) ?? []),
      };
    });
    const prose = document.body.cloneNode(true) as HTMLElement;
    for (const control of prose.querySelectorAll('button, summary, select, .exercise-form > label, .widget label, .toolbar, script, style, .sidebar, .site-header, .lesson-nav, .skip-link')) {
      control.remove();
    }
    const text = prose.textContent ?? '';
    return {
      title: document.querySelector('h1')?.textContent?.trim() ?? '',
      exercises,
      text,
      labels,
    };
  }, CONTROL_LABELS);
  const labelsInProse = Object.fromEntries(CONTROL_LABELS.map((label) => [label, countWord(info.text, label)]));
  return { title: info.title, exercises: info.exercises, labelsInProse };
}

/** What print media shows of the page: how many controls, solutions and key answers are laid out. */
async function visibleInPrint(page: Page): Promise<{ controls: number; solutions: number; keyAnswers: number; answerSpaces: number }> {
  await page.emulateMedia({ media: 'print' });
  const visible = (selector: string) =>
    page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.getClientRects().length > 0).length);
  const result = {
    controls: await visible('button, input:not([type="radio"]), select, textarea, summary:not(details.solution > summary)'),
    solutions: await visible('.exercise details.solution'),
    keyAnswers: await visible('.key-answer'),
    answerSpaces: await visible('.answer-space'),
  };
  await page.emulateMedia({ media: null });
  return result;
}

async function printPdf(path: string, options: OpenPageOptions & { background?: boolean } = {}) {
  const opened = await openPage(path, options);
  const info = await readPage(opened.page);
  const layout = await visibleInPrint(opened.page);
  const data = new Uint8Array(await opened.page.pdf({ format: 'A4', printBackground: options.background ?? false }));
  expectNoProblems(opened.problems);
  await opened.close();
  return { info, layout, data, pdf: await readPdf(data) };
}

function numericKeyLine(exercise: ExerciseInfo): string {
  const shown = formatAnswer(exercise.answer, exercise.tolerance);
  return `${print.answer}: ${shown} (${print.computed(String(exercise.answer), String(exercise.tolerance))})`;
}

function expectTitles(pdf: PdfText, info: PageInfo): void {
  const text = squash(pdf.text);
  expect(info.title.length).toBeGreaterThan(0);
  expect(text).toContain(squash(info.title));
  for (const exercise of info.exercises) expect(text, `exercise ${exercise.id}`).toContain(squash(exercise.title));
}

function saveImage(name: string, png: Buffer): void {
  mkdirSync(IMAGES, { recursive: true });
  writeFileSync(join(IMAGES, name), png);
}

function firstPageWith(pdf: PdfText, needle: string): number {
  const index = pdf.pageTexts.findIndex((text) => squash(text).includes(squash(needle)));
  return index < 0 ? 1 : index + 1;
}

describe('printed worksheets', () => {
  it('finds the lessons to print', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(4);
  });

  for (const lesson of LESSONS) {
    it(`${lesson} prints a worksheet: title, every exercise, room to answer, no controls or solutions`, async () => {
      const { info, layout, data, pdf } = await printPdf(lesson);
      expect(info.exercises.length).toBeGreaterThan(0);
      const numeric = info.exercises.filter((exercise) => exercise.kind === 'numeric').length;
      expect(layout).toEqual({ controls: 0, solutions: 0, keyAnswers: 0, answerSpaces: numeric });
      expect(pdf.pages).toBeGreaterThanOrEqual(PAGE_RANGE.min);
      expect(pdf.pages).toBeLessThanOrEqual(PAGE_RANGE.max);
      expectTitles(pdf, info);
      const text = squash(pdf.text);
      expect(text).toContain(squash(`${print.name}:`));
      expect(text).toContain(squash(print.worksheet));
      expect(text).not.toContain(squash(print.answerKey));
      for (const label of CONTROL_LABELS) {
        expect(countWord(pdf.text, label), `“${label}” printed beyond the prose that names it`).toBeLessThanOrEqual(
          info.labelsInProse[label] ?? 0,
        );
      }
      expect(text).not.toContain(squash(`✓ ${print.correctOption}`));
      for (const exercise of info.exercises) {
        const prose = exercise.solutionText[0];
        if (prose !== undefined) expect(text, `${exercise.id}: solution printed`).not.toContain(squash(prose));
        if (exercise.kind === 'numeric') expect(text).not.toContain(squash(numericKeyLine(exercise)));
      }
      const page = firstPageWith(pdf, info.exercises[0]!.title);
      saveImage(`${lesson.split('/')[2]}-worksheet-p${page}.png`, (await renderPdfPage(data, page)).png);
    }, 180_000);

    it(`${lesson} prints the same worksheet in a dark colour scheme, black on white`, async () => {
      const light = await printPdf(lesson);
      const dark = await printPdf(lesson, { colorScheme: 'dark', background: true });
      expect(squash(dark.pdf.text)).toBe(squash(light.pdf.text));
      expect(dark.pdf.pages).toBe(light.pdf.pages);
      const first = await renderPdfPage(dark.data, 1);
      saveImage(`${lesson.split('/')[2]}-worksheet-dark-p1.png`, first.png);
      // Printed with backgrounds on: a dark theme would make the page dark and its text light.
      expect(first.brightness).toBeGreaterThan(235);
      expect(first.ink).toBeGreaterThan(0.005);
    }, 180_000);

    it(`${lesson}?answers=1 prints the answer key: each answer as checked, the marked option, every solution`, async () => {
      const { info, layout, data, pdf } = await printPdf(`${lesson}?answers=1`);
      const numeric = info.exercises.filter((exercise) => exercise.kind === 'numeric').length;
      expect(layout).toEqual({ controls: 0, solutions: info.exercises.length, keyAnswers: numeric, answerSpaces: 0 });
      expect(pdf.pages).toBeGreaterThanOrEqual(PAGE_RANGE.min);
      expect(pdf.pages).toBeLessThanOrEqual(PAGE_RANGE.max);
      expectTitles(pdf, info);
      const text = squash(pdf.text);
      expect(text).toContain(squash(print.answerKey));
      for (const exercise of info.exercises) {
        if (exercise.kind === 'numeric') {
          expect(exercise.shownAnswer).toBe(formatAnswer(exercise.answer, exercise.tolerance));
          expect(text, exercise.id).toContain(squash(numericKeyLine(exercise)));
        } else {
          expect(exercise.markOnCorrect, exercise.id).toBe(true);
          expect(text, exercise.id).toContain(squash(`${exercise.correctOption} ✓ ${print.correctOption}`));
        }
        for (const run of exercise.solutionText) expect(text, `${exercise.id} solution`).toContain(squash(run));
        for (const number of exercise.solutionNumbers) expect(text, `${exercise.id} solution`).toContain(number);
      }
      // A predict-then-run exercise heads its worked solution "The answer"; every other one "Worked solution".
      const predictions = info.exercises.filter((exercise) => exercise.kind === 'predict').length;
      expect(countWord(pdf.text, site.exercise.solution)).toBe(info.exercises.length - predictions);
      expect(countWord(pdf.text, selfStudy.predict.answerHeading)).toBeGreaterThanOrEqual(predictions);
      const marks = text.split(squash(`✓ ${print.correctOption}`)).length - 1;
      expect(marks).toBe(info.exercises.filter((exercise) => exercise.hasOptions).length);
      const page = firstPageWith(pdf, numericKeyLine(info.exercises.find((e) => e.kind === 'numeric') ?? info.exercises[0]!));
      saveImage(`${lesson.split('/')[2]}-key-p${page}.png`, (await renderPdfPage(data, page)).png);
    }, 180_000);

    it(`${lesson}answers/ is the same key without JavaScript`, async () => {
      const withScript = await printPdf(`${lesson}?answers=1`);
      const { info, pdf } = await printPdf(`${lesson}answers/`, { javaScript: false });
      const text = squash(pdf.text);
      for (const exercise of withScript.info.exercises) {
        if (exercise.kind === 'numeric') expect(text, exercise.id).toContain(squash(numericKeyLine(exercise)));
        for (const run of exercise.solutionText) expect(text, `${exercise.id} solution`).toContain(squash(run));
      }
      expect(info.exercises.map((exercise) => exercise.id)).toEqual(withScript.info.exercises.map((exercise) => exercise.id));
    }, 180_000);
  }
});

describe('print buttons', () => {
  const LESSON = LESSONS[0] ?? '/lessons/sigmoid/';

  it('are absent without JavaScript, and the browser’s own print still gives the worksheet', async () => {
    const { page, problems, close } = await openPage(LESSON, { javaScript: false });
    expect(await page.locator('[data-print-actions]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: print.worksheetButton }).count()).toBe(0);
    const pdf = await readPdf(new Uint8Array(await page.pdf({ format: 'A4' })));
    expect(squash(pdf.text)).toContain(squash(print.worksheet));
    expect(squash(pdf.text)).not.toContain(squash(`✓ ${print.correctOption}`));
    expectNoProblems(problems);
    await close();
  });

  it('print the key with solutions open, then put the page back as it was', async () => {
    const { page, problems, close } = await openPage(LESSON);
    await page.evaluate(() => {
      const log: { key: boolean; open: number }[] = [];
      (window as unknown as { printLog: typeof log }).printLog = log;
      window.print = () => {
        log.push({
          key: document.querySelector('.lesson-frame')?.classList.contains('answer-key') ?? false,
          open: document.querySelectorAll('.exercise details.solution[open]').length,
        });
      };
    });
    const solutions = await page.locator('.exercise details.solution').count();
    const printLog = () => page.evaluate(() => (window as unknown as { printLog: unknown[] }).printLog);
    await page.getByRole('button', { name: print.answersButton }).click();
    expect(await printLog()).toEqual([{ key: true, open: solutions }]);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('.lesson-frame.answer-key').count()).toBe(0);
    expect(await page.locator('.exercise details.solution[open]').count()).toBe(0);
    expect(await page.locator('.key-answer').first().isVisible()).toBe(false);

    await page.getByRole('button', { name: print.worksheetButton }).focus();
    await page.keyboard.press('Enter');
    expect(await printLog()).toEqual([
      { key: true, open: solutions },
      { key: false, open: 0 },
    ]);
    expectNoProblems(problems);
    await close();
  });

  it('keep a solution the reader opened open after printing the key', async () => {
    const { page, problems, close } = await openPage(LESSON);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    const first = page.locator('.exercise details.solution').first();
    await first.locator('summary').click();
    await page.getByRole('button', { name: print.answersButton }).click();
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await first.getAttribute('open')).toBe('');
    expect(await page.locator('.exercise details.solution[open]').count()).toBe(1);
    expectNoProblems(problems);
    await close();
  });

  it('print black on white when the reader chose the dark theme with the toggle', async () => {
    const { page, problems, close } = await openPage(LESSON);
    await page.evaluate(() => localStorage.setItem('s-curve:theme', 'dark'));
    await page.waitForLoadState('networkidle');
    await page.reload();
    expect(await page.locator('html[data-theme="dark"]').count()).toBe(1);
    const data = new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
    const first = await renderPdfPage(data, 1);
    expect(first.brightness).toBeGreaterThan(235);
    expect(first.ink).toBeGreaterThan(0.005);
    expectNoProblems(problems);
    await close();
  });
});

describe('printed charts and legends', () => {
  const LESSON = LESSONS.find((path) => path.includes('logistic-regression')) ?? '/lessons/logistic-regression/';
  const PLAYGROUND = '#classifier-playground';

  /** Mean brightness (0 black to 255 white) of the playground's map canvas as it is drawn now. */
  const canvasBrightness = (page: Page): Promise<number> =>
    page.locator(`${PLAYGROUND} canvas`).evaluate((canvas: HTMLCanvasElement) => {
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let sum = 0;
      for (let i = 0; i < pixels.length; i += 4) sum += (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
      return sum / Math.max(1, pixels.length / 4);
    });

  /** Prints the lesson with the playground drawn; returns the PDF, its playground page as rendered, and the canvas's
   *  brightness as it stood when printing began (sampled by a beforeprint listener added after the site's own). */
  async function printPlayground(page: Page) {
    await page.evaluate((selector) => {
      window.addEventListener('beforeprint', () => {
        const canvas = document.querySelector<HTMLCanvasElement>(`${selector} canvas`);
        const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
        let sum = 0;
        for (let i = 0; i < pixels.length; i += 4) sum += (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
        (window as unknown as { printedBrightness: number }).printedBrightness = sum / Math.max(1, pixels.length / 4);
      }, { once: true });
    }, PLAYGROUND);
    const data = new Uint8Array(await page.pdf({ format: 'A4' }));
    const printed = await page.evaluate(() => (window as unknown as { printedBrightness: number }).printedBrightness);
    const pdf = await readPdf(data);
    const rendered = await renderPdfPage(data, firstPageWith(pdf, lesson2Widgets.playground.description));
    return { printed, rendered };
  }

  async function openPlayground(colorScheme: 'light' | 'dark') {
    const opened = await openPage(LESSON, { colorScheme });
    const root = opened.page.locator(PLAYGROUND);
    await root.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(() => root.getAttribute('data-ready'), { timeout: 15_000 }).not.toBeNull();
    // The controller draws the map as it mounts, before it marks the widget ready.
    expect(await root.locator('canvas').isVisible()).toBe(true);
    return opened;
  }

  it('print a canvas chart drawn in a dark theme light, like the light theme’s, and redraw it dark afterwards', async () => {
    const light = await openPlayground('light');
    const lightPrint = await printPlayground(light.page);
    saveImage('playground-light.png', lightPrint.rendered.png);
    expectNoProblems(light.problems);
    await light.close();

    const { page, problems, close } = await openPlayground('dark');
    const onScreen = await canvasBrightness(page);
    expect(onScreen).toBeLessThan(lightPrint.printed / 2);
    const darkPrint = await printPlayground(page);
    saveImage('playground-dark.png', darkPrint.rendered.png);
    // What was printed is the light drawing, within a few levels, and so is the page: a dark map would add a
    // square of ink a quarter of the page in size.
    expect(Math.abs(darkPrint.printed - lightPrint.printed)).toBeLessThan(8);
    expect(Math.abs(darkPrint.rendered.ink - lightPrint.rendered.ink)).toBeLessThan(0.01);
    expect(darkPrint.rendered.brightness).toBeGreaterThan(lightPrint.rendered.brightness - 5);
    // The system's dark theme is back, and the canvas with it.
    expect(await page.locator('html[data-theme]').count()).toBe(0);
    expect(Math.abs((await canvasBrightness(page)) - onScreen)).toBeLessThan(8);

    // A reader's own choice of dark (the toggle's data-theme) is put back too.
    await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'dark';
    });
    const togglePrint = await printPlayground(page);
    expect(Math.abs(togglePrint.printed - lightPrint.printed)).toBeLessThan(8);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expectNoProblems(problems);
    await close();
  }, 120_000);

  it('print every legend mark in its colour (swatches, dots and brush marks are backgrounds)', async () => {
    for (const lesson of LESSONS) {
      const { page, close } = await openPage(lesson, { colorScheme: 'dark' });
      await page.emulateMedia({ media: 'print' });
      const marks = await page.locator(':is(.legend, .chart-legend) li > span').evaluateAll((spans) =>
        spans
          .filter((span) => span.getClientRects().length > 0)
          .map((span) => {
            const style = getComputedStyle(span);
            const painted = style.backgroundImage !== 'none' || !/rgba\(0, 0, 0, 0\)|transparent/.test(style.backgroundColor);
            const adjust = style.getPropertyValue('print-color-adjust') || style.getPropertyValue('-webkit-print-color-adjust');
            return { mark: span.className, painted, adjust };
          })
          .filter((mark) => mark.painted),
      );
      expect(marks.length, lesson).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.adjust, `${lesson} .${mark.mark}`).toBe('exact');
      await close();
    }
  }, 120_000);
});
