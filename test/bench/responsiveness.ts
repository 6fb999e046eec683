// Responsiveness of the built site in Chromium. Prints figures; with --check, exits 1 when a goal is missed (CI runs
// it so). Needs a build (npm run build).
// 1. Slider-driven charts: for every range slider in a widget on every lesson, arrow-key presses. For each press,
//    the main-thread work that puts the change on screen: handling the key (the key event, the slider's input
//    event and every handler they run) plus the rendering of the next frame (its requestAnimationFrame callbacks,
//    style, layout and paint, up to a task posted from a requestAnimationFrame callback). Goal: p95 within one
//    frame (16.7 ms), so the change shows in the frame after the key. Also printed, for context: the time from
//    the key event to that frame (which includes waiting for the display's next frame) and the presses that moved
//    the slider but whose widget changed no node before that frame ended ("late"; the goal is none). The wait
//    between the handling and the frame is idle time, not work, and is left out.
// 2. Long tasks: a PerformanceObserver ('longtask', tasks of 50 ms or more) on the page while each deep-network lab
//    preset trains to the end, and while the classifier playground trains for a few seconds. Goal: none.
// Figures depend on the machine: a busy machine takes the CPU from the page, so the load average is printed too.
// Page paths as arguments limit the run to those lessons: node test/bench/responsiveness.ts /lessons/logistic-regression/
import { chromium, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_ARGS, findBrowser } from '../e2e/browser.ts';
import { listHtmlPages, startStaticServer, stopStaticServer } from '../e2e/static-server.ts';

const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
const PRESSES = 24;
const FRAME_MS = 1000 / 60;
const PLAYGROUND_SECONDS = 5;

interface Watch {
  /** Key event to the end of the next frame's rendering, ms. */
  latencies: number[];
  /** Main-thread work for the press: key handling plus the next frame's rendering, ms. */
  work: number[];
  /** Presses whose widget changed nothing in the page before the next frame ended. */
  late: number;
  longTasks: number[];
}
type WatchedWindow = Window & { benchWatch: Watch };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Starts recording key-to-frame figures and long tasks in the page (before any widget handler sees a key). */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record: Watch = { latencies: [], work: [], late: 0, longTasks: [] };
    (window as unknown as WatchedWindow).benchWatch = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    let changed = false;
    let watched: Element | null = null;
    new MutationObserver((records) => {
      if (records.some((change) => watched?.contains(change.target) === true)) changed = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const afterTask = (then: (at: number) => void): void => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    };
    // The key's handling ends after the last handler of the key event and of the slider's input and change events,
    // which the browser fires inside the key event's default action (none at the end of a slider's range); these
    // listeners on the window run after the widget's own.
    let handled: number | undefined;
    const handledNow = (): void => {
      handled = performance.now();
    };
    window.addEventListener('keydown', handledNow);
    window.addEventListener('input', handledNow);
    window.addEventListener('change', handledNow);
    window.addEventListener(
      'keydown',
      (event) => {
        const start = performance.now();
        const widget = (event.target as Element | null)?.closest('.widget') ?? null;
        const slider = event.target instanceof HTMLInputElement ? event.target : null;
        const valueBefore = slider?.value;
        watched = widget;
        changed = false;
        handled = undefined;
        requestAnimationFrame(() => {
          const rendering = performance.now();
          const handling = (handled ?? start) - start;
          afterTask((end) => {
            record.work.push(handling + (end - rendering));
            record.latencies.push(end - event.timeStamp);
            if (widget !== null && slider !== null && slider.value !== valueBefore && !changed) record.late += 1;
          });
        });
      },
      { capture: true },
    );
  });
}

async function takeWatch(page: Page): Promise<Watch> {
  return page.evaluate(() => {
    const record = (window as unknown as WatchedWindow).benchWatch;
    const copy = { latencies: [...record.latencies], work: [...record.work], late: record.late, longTasks: [...record.longTasks] };
    record.latencies.length = 0;
    record.work.length = 0;
    record.late = 0;
    record.longTasks.length = 0;
    return copy;
  });
}

interface SliderTotals {
  work: number[];
  latencies: number[];
  late: number;
  longTasks: number;
}

async function sliders(page: Page, path: string): Promise<{ rows: string[]; all: SliderTotals }> {
  const rows: string[] = [];
  const all: SliderTotals = { work: [], latencies: [], late: 0, longTasks: 0 };
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
    const { latencies, work, late, longTasks } = await takeWatch(page);
    rows.push(
      `${path.padEnd(30)}${widget.padEnd(44)}${String(work.length).padStart(5)}${percentile(work, 50).toFixed(1).padStart(8)}` +
        `${percentile(work, 95).toFixed(1).padStart(8)}${Math.max(...work).toFixed(1).padStart(8)}${percentile(latencies, 95).toFixed(1).padStart(16)}` +
        `${String(late).padStart(6)}${(longTasks.length === 0 ? '-' : `${longTasks.length} (max ${Math.max(...longTasks).toFixed(0)})`).padStart(14)}`,
    );
    all.work.push(...work);
    all.latencies.push(...latencies);
    all.late += late;
    all.longTasks += longTasks.length;
  }
  return { rows, all };
}

/** A training run's row and the long tasks it saw. */
interface TrainingRun {
  row: string;
  longTasks: number;
}

function trainingRow(name: string, seconds: number, longTasks: number[]): TrainingRun {
  return {
    row: `${name.padEnd(36)}${seconds.toFixed(1).padStart(8)} s${String(longTasks.length).padStart(8)}${(longTasks.length === 0 ? '-' : Math.max(...longTasks).toFixed(0)).padStart(10)}`,
    longTasks: longTasks.length,
  };
}

async function labPresets(page: Page): Promise<TrainingRun[]> {
  const lab = page.locator('#deep-network-lab');
  if ((await lab.count()) === 0) return [];
  await lab.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#deep-network-lab')?.hasAttribute('data-ready'), null, { timeout: 30_000 });
  const presets = await lab.locator('button[data-preset]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-preset') ?? ''));
  const rows: TrainingRun[] = [];
  for (const preset of presets) {
    await lab.locator(`button[data-preset="${preset}"]`).click();
    await page.waitForFunction(() => document.querySelector('#deep-network-lab')?.getAttribute('data-epoch') === '0');
    await takeWatch(page);
    const started = Date.now();
    await lab.locator('[data-role="train"]').click();
    await page.waitForFunction(() => document.querySelector('#deep-network-lab')?.getAttribute('data-state') === 'done', null, { timeout: 600_000 });
    const { longTasks } = await takeWatch(page);
    rows.push(trainingRow(`deep-network lab ${preset}`, (Date.now() - started) / 1000, longTasks));
  }
  return rows;
}

async function playground(page: Page): Promise<TrainingRun[]> {
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
  return [trainingRow('classifier playground', PLAYGROUND_SECONDS, longTasks)];
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    console.log('responsiveness: no build in dist/; run npm run build first. Nothing measured.');
    return process.argv.includes('--check') ? 1 : 0;
  }
  const check = process.argv.includes('--check');
  const only = process.argv.slice(2).filter((arg) => arg !== '--check');
  const { server, origin } = await startStaticServer(DIST_DIR);
  const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
  const loadBefore = loadavg()[0] ?? 0;
  const sliderRows: string[] = [];
  const all: SliderTotals = { work: [], latencies: [], late: 0, longTasks: 0 };
  const training: TrainingRun[] = [];
  try {
    const lessons = listHtmlPages(DIST_DIR).filter((path) => path.startsWith('/lessons/') && !path.includes('/answers/') && (only.length === 0 || only.includes(path)));
    for (const path of lessons) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(origin + path);
      await watch(page);
      const measured = await sliders(page, path);
      sliderRows.push(...measured.rows);
      all.work.push(...measured.all.work);
      all.latencies.push(...measured.all.latencies);
      all.late += measured.all.late;
      all.longTasks += measured.all.longTasks;
      training.push(...(await playground(page)), ...(await labPresets(page)));
      await page.close();
    }
  } finally {
    await browser.close();
    await stopStaticServer(server);
  }
  console.log(`Slider key press: main-thread work to put the change on screen (key handling + the next frame's rendering),`);
  console.log(`${PRESSES} presses per slider; one frame = ${FRAME_MS.toFixed(1)} ms. "key->frame" is the key event to that frame's end.`);
  console.log(
    `${'page'.padEnd(30)}${'widget/slider'.padEnd(44)}${'n'.padStart(5)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}` +
      `${'key->frame p95'.padStart(16)}${'late'.padStart(6)}${'long tasks'.padStart(14)}`,
  );
  for (const row of sliderRows) console.log(row);
  const p95 = percentile(all.work, 95);
  console.log(
    `All sliders: n = ${all.work.length}; work p50 ${percentile(all.work, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...all.work).toFixed(1)} ms; ` +
      `key to frame p50 ${percentile(all.latencies, 50).toFixed(1)} ms, p95 ${percentile(all.latencies, 95).toFixed(1)} ms; late ${all.late}; long tasks ${all.longTasks}.`,
  );
  console.log('\nLong tasks (>= 50 ms) on the page thread while training runs:');
  console.log(`${'run'.padEnd(36)}${'time'.padStart(10)}${'count'.padStart(8)}${'max ms'.padStart(10)}`);
  for (const run of training) console.log(run.row);
  console.log(`\nLoad average (1 min) at start ${loadBefore.toFixed(2)}, at end ${(loadavg()[0] ?? 0).toFixed(2)}, on ${availableParallelism()} cores.`);

  const missed = [
    ...(all.work.length === 0 ? ['no slider was measured'] : []),
    ...(p95 > FRAME_MS ? [`slider work p95 ${p95.toFixed(1)} ms > one frame (${FRAME_MS.toFixed(1)} ms)`] : []),
    ...(all.late > 0 ? [`${all.late} slider presses changed nothing before the next frame ended`] : []),
    ...(training.length === 0 ? ['no training run was measured'] : []),
    ...training.filter((run) => run.longTasks > 0).map((run) => `long tasks while training: ${run.row.trim()}`),
  ];
  if (missed.length === 0) {
    console.log('Every responsiveness goal is met.');
    return 0;
  }
  console.log(`\n${check ? 'Missed' : 'Missed (reported only; --check fails on these)'}:\n  ${missed.join('\n  ')}`);
  return check ? 1 : 0;
}

process.exitCode = await main();
