// A seeded monkey per page: MONKEY_STEPS random interactions (clicks, drags, keys, scrolling, and typing hostile
// values into every kind of field), then: no page error, console error or CSP violation, no "NaN", "Infinity" or
// "undefined" shown in a widget, and the page still answers input. The seed is printed; replay a failure with
//   MONKEY_SEED=<seed> npx vitest run --project e2e test/e2e/monkey.test.ts
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { strings } from '../../src/strings/index.ts';
import { expectNoProblems, listPages, openPage, useSite } from './harness.ts';

useSite();

const SEED = Number.parseInt(process.env['MONKEY_SEED'] ?? '', 10) || Math.floor(Math.random() * 2 ** 31);
const STEPS = Number.parseInt(process.env['MONKEY_STEPS'] ?? '', 10) || 300;
console.log(`monkey seed: ${SEED} (${STEPS} steps per page; replay with MONKEY_SEED=${SEED})`);

/** Values a reader might paste into a field, and some no reader should. */
export const HOSTILE_VALUES = ['', 'NaN', '1e309', '-1e309', '-0', 'abc', '1,2,,3', ' 7 ', '0x10', '1/0', '∞', '<b>x</b>', 'x'.repeat(10_000)];

const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Tab', 'Shift+Tab', 'Enter', 'Space', 'Escape', 'Delete', 'Backspace'];

// What the monkey may click: controls, and links only within the page (a link to another page would end the run).
const CLICKABLE = 'button, input, select, textarea, summary, label, [role="button"], [role="slider"], [tabindex="0"], a[href^="#"], .widget canvas, .widget svg';
const TYPEABLE = 'input:not([type=range]):not([type=checkbox]):not([type=radio]):not([type=file]):not([type=button]):not([type=submit]), textarea, [contenteditable="true"]';
const DRAGGABLE = '.widget canvas, .widget svg, input[type=range]';

/** Keeps the monkey on its page: a click (or Enter) on a link to another page does nothing (a capturing listener
 *  on the document runs before any handler on the link); in-page links and everything else behave as usual. */
const STAY_ON_PAGE = `document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (link !== null && new URL(link.href, location.href).pathname !== location.pathname) event.preventDefault();
}, true);`;
const BAD_WORDS = /\b(NaN|Infinity|undefined)\b/;

/** The site's own fixed sentences that name NaN or infinity on purpose (the float-trap widget teaches them). */
function deliberatePhrases(value: unknown): string[] {
  if (typeof value === 'string') return BAD_WORDS.test(value) ? [value] : [];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(deliberatePhrases);
  return [];
}
const DELIBERATE = deliberatePhrases(strings).sort((a, b) => b.length - a.length);
/** A message that quotes what the reader typed (“NaN” is not a number) is not showing NaN as a result. */
const QUOTED_INPUT = /“[^”]*”/g;

/** mulberry32: a small, well-mixed 32-bit PRNG, so a seed replays the same run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the page path, so each page gets its own stream from the one seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** Scrolls the `index`-th visible match of `selector` into view and returns its box, or undefined. */
async function pick(page: Page, selector: string, draw: () => number): Promise<{ x: number; y: number; width: number; height: number; tag: string } | undefined> {
  return page.evaluate(
    ([selector, r]) => {
      const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => {
        if (element.closest('[hidden], [inert]') !== null || (element as HTMLInputElement).disabled) return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      });
      const element = visible[Math.floor(r * visible.length)];
      if (element === undefined) return undefined;
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = element.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height, tag: element.tagName.toLowerCase() };
    },
    [selector, draw()] as const,
  );
}

type Action = (page: Page, draw: () => number) => Promise<string>;

const actions: [weight: number, action: Action][] = [
  [
    30,
    async (page, draw) => {
      const box = await pick(page, CLICKABLE, draw);
      if (box === undefined) return 'click: nothing to click';
      const x = box.x + box.width * (0.1 + 0.8 * draw());
      const y = box.y + box.height * (0.1 + 0.8 * draw());
      await page.mouse.click(x, y);
      return `click ${box.tag} at ${Math.round(x)},${Math.round(y)}`;
    },
  ],
  [
    25,
    async (page, draw) => {
      const key = KEYS[Math.floor(draw() * KEYS.length)] ?? 'Tab';
      await page.keyboard.press(key);
      return `key ${key}`;
    },
  ],
  [
    25,
    async (page, draw) => {
      const box = await pick(page, TYPEABLE, draw);
      if (box === undefined) return 'type: no field';
      const value = HOSTILE_VALUES[Math.floor(draw() * HOSTILE_VALUES.length)] ?? '';
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      if (value !== '') await page.keyboard.insertText(value);
      const commit = ['Enter', 'Tab', ''][Math.floor(draw() * 3)] ?? '';
      if (commit !== '') await page.keyboard.press(commit);
      return `type ${JSON.stringify(value.length > 20 ? `${value.slice(0, 10)}…(${value.length})` : value)} into ${box.tag}${commit ? ` + ${commit}` : ''}`;
    },
  ],
  [
    12,
    async (page, draw) => {
      const box = await pick(page, DRAGGABLE, draw);
      if (box === undefined) return 'drag: nothing to drag';
      const from = { x: box.x + box.width * draw(), y: box.y + box.height * draw() };
      const to = { x: box.x + box.width * draw(), y: box.y + box.height * draw() };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 4 });
      await page.mouse.up();
      return `drag on ${box.tag}`;
    },
  ],
  [
    8,
    async (page, draw) => {
      const dy = Math.round((draw() - 0.4) * 2000);
      await page.mouse.wheel(0, dy);
      return `scroll ${dy}`;
    },
  ],
];
const totalWeight = actions.reduce((sum, [weight]) => sum + weight, 0);

function chooseAction(draw: () => number): Action {
  let r = draw() * totalWeight;
  for (const [weight, action] of actions) {
    r -= weight;
    if (r < 0) return action;
  }
  return actions[0]![1];
}

/** Text shown in widgets (not what was typed into their fields) that says NaN, Infinity or undefined. */
async function badWidgetText(page: Page): Promise<string[]> {
  const texts = await page.locator('.widget').evaluateAll((widgets) =>
    widgets.flatMap((widget) => {
      const labels = [...widget.querySelectorAll('[aria-label], [aria-valuetext], title')].map(
        (element) => `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('aria-valuetext') ?? ''} ${element.textContent ?? ''}`,
      );
      return [`${widget.id}: ${(widget as HTMLElement).innerText}`, ...labels.map((label) => `${widget.id}: ${label}`)];
    }),
  );
  return texts
    .flatMap((text) => text.split('\n'))
    .map((line) => line.replace(QUOTED_INPUT, ''))
    .filter((line) => BAD_WORDS.test(DELIBERATE.reduce((rest, phrase) => rest.replaceAll(phrase, ''), line)));
}

/** True when the page still answers: Escape closes any dialog, an animation frame comes, and the theme toggle still
 *  flips. */
async function stillResponds(page: Page): Promise<void> {
  // As a reader would: Escape until no modal dialog is open (in the search dialog the first Escape clears a
  // non-empty search field, as Chromium does for every search field; the next one closes the dialog).
  for (let press = 0; press < 3; press++) {
    await page.keyboard.press('Escape');
    if (!(await page.evaluate(() => document.querySelector('dialog[open]') !== null))) break;
  }
  expect(await page.evaluate(() => document.querySelector('dialog[open]') !== null), 'a dialog stays open after Escape').toBe(false);
  const frame = await page.evaluate(() => new Promise<boolean>((done) => requestAnimationFrame(() => done(true))));
  expect(frame).toBe(true);
  const toggle = page.locator('.theme-toggle').first();
  const before = await toggle.getAttribute('aria-pressed');
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).not.toBe(before);
}

/** A widget with a range slider still updates its text when the slider moves (when the page has one). */
async function widgetStillUpdates(page: Page): Promise<void> {
  const slider = page.locator('.widget input[type=range]:not([disabled])').first();
  if ((await slider.count()) === 0) return;
  const widget = slider.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " widget ")][1]');
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => slider.evaluate((input) => (input as HTMLInputElement).value)).toBe(await slider.getAttribute('min') ?? '0');
  const atMin = await widget.innerText();
  await page.keyboard.press('End');
  await expect.poll(() => widget.innerText()).not.toBe(atMin);
}

describe(`monkey (seed ${SEED})`, () => {
  it.each(listPages())(
    '%s survives random clicks, drags, keys and hostile typing',
    async (path) => {
      const { page, problems, close } = await openPage(path);
      await page.evaluate(STAY_ON_PAGE);
      page.on('dialog', (dialog) => void dialog.dismiss());
      page.on('filechooser', (chooser) => void chooser.setFiles([]).catch(() => undefined));
      const draw = random(SEED ^ hash(path));
      const log: string[] = [];
      const started = Date.now();
      for (let step = 0; step < STEPS; step++) {
        try {
          log.push(await chooseAction(draw)(page, draw));
        } catch (error) {
          log.push(`(step failed: ${String(error).split('\n')[0]})`);
        }
      }
      await page.waitForTimeout(300);
      const context = `seed ${SEED}, ${path}; last steps:\n  ${log.slice(-8).join('\n  ')}`;
      expect(new URL(page.url()).pathname, `still on the page (${context})`).toBe(path);
      expect(await badWidgetText(page), `NaN/Infinity/undefined in a widget (${context})`).toEqual([]);
      await stillResponds(page);
      await widgetStillUpdates(page);
      expectNoProblems(problems);
      console.log(`monkey ${path}: ${STEPS} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      await close();
    },
    240_000,
  );
});
