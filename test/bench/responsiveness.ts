// Responsiveness of the built site in Chromium. Prints figures; never fails on time. Needs a build (npm run build).
// 1. Slider-driven charts: for every range slider in a widget on every lesson, arrow-key presses and the time from
//    each key event to the end of the next frame's rendering (a requestAnimationFrame callback, then a task posted
//    from it, which runs after that frame's style, layout and paint). Goal: p95 within one frame (16.7 ms).
// 2. Long tasks: a PerformanceObserver ('longtask', tasks of 50 ms or more) on the page while each deep-network lab
//    preset trains to the end, and while the classifier playground trains for a few seconds. Goal: none.
// Page paths as arguments limit the run to those lessons: node test/bench/responsiveness.ts /lessons/logistic-regression/
import { chromium, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_ARGS, findBrowser } from '../e2e/browser.ts';
import { listHtmlPages, startStaticServer, stopStaticServer } from '../e2e/static-server.ts';

const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
const PRESSES = 24;
const FRAME_MS = 1000 / 60;
const PLAYGROUND_SECONDS = 5;

interface Watch {
  latencies: number[];
  longTasks: number[];
}
type WatchedWindow = Window & { benchWatch: Watch };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Starts recording key-to-frame latencies and long tasks in the page (before any widget handler sees a key). */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record: Watch = { latencies: [], longTasks: [] };
    (window as unknown as WatchedWindow).benchWatch = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => record.latencies.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
}

async function takeWatch(page: Page): Promise<Watch> {
  return page.evaluate(() => {
    const record = (window as unknown as WatchedWindow).benchWatch;
    const copy = { latencies: [...record.latencies], longTasks: [...record.longTasks] };
    record.latencies.length = 0;
    record.longTasks.length = 0;
    return copy;
  });
}

async function sliders(page: Page, path: string): Promise<{ rows: string[]; all: number[] }> {
  const rows: string[] = [];
  const all: number[] = [];
  const count = await page.locator('.widget input[type=range]').count();
  for (let index = 0; index < count; index++) {
    const slider = page.locator('.widget input[type=range]').nth(index);
    if (!(await slider.isVisible()) || (await slider.isDisabled())) continue;
    await slider.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400); // widgets mount when near the viewport
    const widget = await slider.evaluate((input) => `${input.closest('.widget')?.id ?? '?'}/${input.id || input.getAttribute('name') || 'range'}`);
    await slider.focus();
    await takeWatch(page);
    for (let press = 0; press < PRESSES; press++) {
      await page.keyboard.press(press % 8 < 4 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(100);
    const { latencies, longTasks } = await takeWatch(page);
    const slow = latencies.filter((ms) => ms > FRAME_MS).length;
    rows.push(
      `${path.padEnd(30)}${widget.padEnd(44)}${String(latencies.length).padStart(5)}${percentile(latencies, 50).toFixed(1).padStart(8)}` +
        `${percentile(latencies, 95).toFixed(1).padStart(8)}${Math.max(...latencies).toFixed(1).padStart(8)}${String(slow).padStart(7)}` +
        `${(longTasks.length === 0 ? '-' : `${longTasks.length} (max ${Math.max(...longTasks).toFixed(0)})`).padStart(14)}`,
    );
    all.push(...latencies);
  }
  return { rows, all };
}

async function labPresets(page: Page): Promise<string[]> {
  const lab = page.locator('#deep-network-lab');
  if ((await lab.count()) === 0) return [];
  await lab.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#deep-network-lab')?.hasAttribute('data-ready'), null, { timeout: 30_000 });
  const presets = await lab.locator('button[data-preset]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-preset') ?? ''));
  const rows: string[] = [];
  for (const preset of presets) {
    await lab.locator(`button[data-preset="${preset}"]`).click();
    await page.waitForFunction(() => document.querySelector('#deep-network-lab')?.getAttribute('data-epoch') === '0');
    await takeWatch(page);
    const started = Date.now();
    await lab.locator('[data-role="train"]').click();
    await page.waitForFunction(() => document.querySelector('#deep-network-lab')?.getAttribute('data-state') === 'done', null, { timeout: 600_000 });
    const { longTasks } = await takeWatch(page);
    rows.push(
      `deep-network lab ${preset.padEnd(18)}${((Date.now() - started) / 1000).toFixed(1).padStart(8)} s${String(longTasks.length).padStart(8)}` +
        `${(longTasks.length === 0 ? '-' : Math.max(...longTasks).toFixed(0)).padStart(10)}`,
    );
  }
  return rows;
}

async function playground(page: Page): Promise<string[]> {
  const widget = page.locator('.widget[data-widget="classifier-playground"]').first();
  if ((await widget.count()) === 0) return [];
  await widget.scrollIntoViewIfNeeded();
  const train = widget.locator('[data-role="train"]');
  await page.waitForFunction((element) => element !== null && !(element as HTMLButtonElement).disabled, await train.elementHandle(), { timeout: 30_000 });
  await takeWatch(page);
  await train.click();
  await page.waitForTimeout(PLAYGROUND_SECONDS * 1000);
  const { longTasks } = await takeWatch(page);
  await train.click();
  return [
    `classifier playground ${`(${PLAYGROUND_SECONDS} s)`.padEnd(13)}${String(PLAYGROUND_SECONDS).padStart(8)} s${String(longTasks.length).padStart(8)}` +
      `${(longTasks.length === 0 ? '-' : Math.max(...longTasks).toFixed(0)).padStart(10)}`,
  ];
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    console.log('responsiveness: no build in dist/; run npm run build first. Nothing measured.');
    return;
  }
  const { server, origin } = await startStaticServer(DIST_DIR);
  const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
  try {
    const only = process.argv.slice(2);
    const lessons = listHtmlPages(DIST_DIR).filter((path) => path.startsWith('/lessons/') && (only.length === 0 || only.includes(path)));
    const sliderRows: string[] = [];
    const all: number[] = [];
    const trainingRows: string[] = [];
    for (const path of lessons) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(origin + path);
      await watch(page);
      const measured = await sliders(page, path);
      sliderRows.push(...measured.rows);
      all.push(...measured.all);
      trainingRows.push(...(await playground(page)), ...(await labPresets(page)));
      await page.close();
    }
    console.log(`Slider key press -> next frame rendered (ms), ${PRESSES} presses per slider; one frame = ${FRAME_MS.toFixed(1)} ms.`);
    console.log(`${'page'.padEnd(30)}${'widget/slider'.padEnd(44)}${'n'.padStart(5)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}${'>1 fr'.padStart(7)}${'long tasks'.padStart(14)}`);
    for (const row of sliderRows) console.log(row);
    console.log(`All sliders: n = ${all.length}, p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms.`);
    console.log('\nLong tasks (>= 50 ms) on the page thread while training runs:');
    console.log(`${'run'.padEnd(36)}${'time'.padStart(10)}${'count'.padStart(8)}${'max ms'.padStart(10)}`);
    for (const row of trainingRows) console.log(row);
  } finally {
    await browser.close();
    await stopStaticServer(server);
  }
}

await main();
