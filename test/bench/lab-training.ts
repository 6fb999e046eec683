// How fast the deep-network lab trains in Chromium, and whether the page stays responsive meanwhile. For each preset
// it presses Train on the built lesson page and prints: epochs per second of wall-clock time from the press to the
// end of the run, the worker's own training speed, the same run in Node for comparison, the longest main-thread
// task (Long Tasks API, which reports tasks of 50 ms or more), the longest gap between animation frames, the
// lab's own slowest redraw, and how busy the page's main thread was (Chrome's TaskDuration over the run, from the
// DevTools protocol, wall time inside tasks) and, on Linux, the CPU time of the page's main thread and of the
// training worker's thread (from /proc): CPU time hardly depends on what else the machine is doing, so epochs per
// worker CPU-second says what an idle machine would do even when this one is loaded.
// Prints figures only; it never fails on time. Needs a build (npm run build; LAB_BENCH_DIST=dir to use another).
// `--runs N` trains each preset N times (alternating presets, so load falls on all alike) and adds a summary line
// per preset: median and range of the wall-clock epochs per second, and the longest task over all runs.
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import '../../src/lib/math/network/kernels-wasm.ts'; // the Node column runs on the same kernels as the worker
import { PRESETS, type PresetName } from '../../src/lib/math/network/presets.ts';
import { createSession } from '../../src/widgets/deep-network-lab/session.ts';
import { presetSettings } from '../../src/widgets/deep-network-lab/settings.ts';

const DIST = join(process.env['LAB_BENCH_DIST'] ?? fileURLToPath(new URL('../../dist/', import.meta.url)), '/');
const LESSON = '/lessons/vanishing-gradients/';
const BROWSERS = [process.env['CHROME_PATH'] ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const NAMES: PresetName[] = ['deepSigmoid', 'shallowSigmoid', 'deepRelu'];
const RUNS = Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1);

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    void (async () => {
      let file = join(DIST, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      if (!file.startsWith(DIST)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

interface BrowserRun {
  wallEpochsPerSecond: number;
  workerEpochsPerSecond: string;
  longestTaskMs: number | null;
  longestFrameGapMs: number;
  longestRenderMs: number;
  /** Main-thread task time during the run, in ms. */
  mainThreadMs: number;
  /** CPU time of the page's main thread and of the worker thread during the run, in ms (null without /proc). */
  mainCpuMs: number | null;
  workerCpuMs: number | null;
  accuracy: number;
}

// CPU seconds (user + system) of the page's main thread and of its training worker: the Chromium processes that
// descend from this one and run a DedicatedWorker thread, their main threads (tid = pid) and those worker threads,
// read from /proc; null where /proc is not available.
function threadCpuSeconds(): { main: number; worker: number } | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fieldsOf = (path: string): string[] => {
    const stat = readFileSync(path, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  };
  // utime + stime are fields 14 and 15 of stat, 11 and 12 after the name; ticks of 1/100 s.
  const seconds = (fields: string[]): number => (Number(fields[11]) + Number(fields[12])) / 100;
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), Number(fieldsOf(`/proc/${entry}/stat`)[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const ours = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 20; at = parents.get(at) ?? 0, hops++) if (at === process.pid) return true;
    return false;
  };
  let main = 0;
  let worker = 0;
  for (const pid of parents.keys()) {
    if (pid === process.pid || !ours(pid)) continue;
    try {
      const workers = readdirSync(`/proc/${pid}/task`).filter((tid) => readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('DedicatedWorker'));
      if (workers.length === 0) continue;
      main += seconds(fieldsOf(`/proc/${pid}/task/${pid}/stat`));
      for (const tid of workers) worker += seconds(fieldsOf(`/proc/${pid}/task/${tid}/stat`));
    } catch {
      // The process ended while we looked.
    }
  }
  return { main, worker };
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
}

async function runInBrowser(page: Page, cdp: CDPSession, name: PresetName): Promise<BrowserRun> {
  const lab = page.locator('#deep-network-lab');
  await lab.locator(`button[data-preset="${name}"]`).click();
  await page.waitForFunction(() => document.querySelector('#deep-network-lab')?.getAttribute('data-epoch') === '0');
  // Watch the main thread from just before the press until the run ends.
  await page.evaluate(() => {
    const watch = { longestTask: null as number | null, longestGap: 0, last: performance.now(), on: true };
    (window as unknown as { benchWatch: typeof watch }).benchWatch = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longestTask = Math.max(watch.longestTask ?? 0, entry.duration);
    }).observe({ type: 'longtask' });
    const frame = (now: number): void => {
      watch.longestGap = Math.max(watch.longestGap, now - watch.last);
      watch.last = now;
      if (watch.on) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const tasksBefore = await taskSeconds(cdp);
  const cpuBefore = threadCpuSeconds();
  const started = Date.now();
  await lab.locator('[data-role="train"]').click();
  await page.waitForFunction(() => document.querySelector('#deep-network-lab')?.getAttribute('data-state') === 'done', null, { timeout: 600_000 });
  const seconds = (Date.now() - started) / 1000;
  const mainThreadMs = ((await taskSeconds(cdp)) - tasksBefore) * 1000;
  const cpuAfter = threadCpuSeconds();
  const watched = await page.evaluate(() => {
    const watch = (window as unknown as { benchWatch: { longestTask: number | null; longestGap: number; on: boolean } }).benchWatch;
    watch.on = false;
    return { longestTask: watch.longestTask, longestGap: watch.longestGap };
  });
  const epochs = Number(await lab.getAttribute('data-epoch'));
  return {
    wallEpochsPerSecond: epochs / seconds,
    workerEpochsPerSecond: (await lab.locator('[data-role="speed"]').innerText()).trim(),
    longestTaskMs: watched.longestTask,
    longestFrameGapMs: watched.longestGap,
    longestRenderMs: Number(await lab.getAttribute('data-longest-render-ms')),
    mainThreadMs,
    mainCpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter.main - cpuBefore.main) * 1000,
    workerCpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter.worker - cpuBefore.worker) * 1000,
    accuracy: Number(await lab.getAttribute('data-accuracy')),
  };
}

function runInNode(name: PresetName): number {
  const session = createSession(presetSettings(name));
  const started = performance.now();
  session.advance(PRESETS[name].training.epochs);
  return PRESETS[name].training.epochs / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'lessons/vanishing-gradients/index.html'))) {
    console.log('lab-training: no built lesson 4 in dist/; run npm run build first. Nothing measured.');
    return;
  }
  const executablePath = BROWSERS.find((path) => path !== '' && existsSync(path));
  if (executablePath === undefined) {
    console.log('lab-training: no Chromium found (set CHROME_PATH). Nothing measured.');
    return;
  }
  const { server, origin } = await serve();
  const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(origin + LESSON);
    await page.locator('#deep-network-lab').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#deep-network-lab')?.hasAttribute('data-ready'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    console.log(`Deep-network lab, 400 XOR points, full-batch, 1,000 epochs per preset (${RUNS} run${RUNS > 1 ? 's' : ''} each).`);
    console.log('preset          browser (wall)  worker speed    Node          browser/Node  longest task  longest frame gap  longest redraw  main thread busy  accuracy');
    const results = new Map<PresetName, BrowserRun[]>(NAMES.map((name) => [name, []]));
    for (const name of Array.from({ length: RUNS }, () => NAMES).flat()) {
      const run = await runInBrowser(page, cdp, name);
      results.get(name)!.push(run);
      const epochs = PRESETS[name].training.epochs;
      const node = runInNode(name);
      const task = run.longestTaskMs === null ? 'none ≥ 50 ms' : `${run.longestTaskMs.toFixed(0)} ms`;
      console.log(
        `${name.padEnd(16)}${`${run.wallEpochsPerSecond.toFixed(0)} epochs/s`.padEnd(16)}${run.workerEpochsPerSecond.padEnd(16)}` +
          `${`${node.toFixed(0)} epochs/s`.padEnd(14)}${(run.wallEpochsPerSecond / node).toFixed(2).padEnd(14)}${task.padEnd(14)}` +
          `${`${run.longestFrameGapMs.toFixed(0)} ms`.padEnd(19)}${`${run.longestRenderMs.toFixed(1)} ms`.padEnd(16)}` +
          `${`${run.mainThreadMs.toFixed(0)} ms`.padEnd(18)}${run.accuracy.toFixed(4)}`,
      );
      if (run.mainCpuMs !== null && run.workerCpuMs !== null) {
        console.log(
          `${''.padEnd(16)}CPU time: worker ${run.workerCpuMs.toFixed(0)} ms (${((epochs / run.workerCpuMs) * 1000).toFixed(0)} epochs per worker CPU-second), ` +
            `page main thread ${run.mainCpuMs.toFixed(0)} ms (${((run.mainCpuMs / run.workerCpuMs) * 100).toFixed(0)}% of the worker's)`,
        );
      }
    }
    if (RUNS > 1) {
      for (const [name, runs] of results) {
        const speeds = runs.map((run) => run.wallEpochsPerSecond).sort((a, b) => a - b);
        const middle = Math.floor(speeds.length / 2);
        const median = speeds.length % 2 === 1 ? speeds[middle]! : (speeds[middle - 1]! + speeds[middle]!) / 2;
        const tasks = runs.flatMap((run) => (run.longestTaskMs === null ? [] : [run.longestTaskMs]));
        console.log(
          `${name}: median ${median.toFixed(0)} epochs/s (range ${speeds[0]!.toFixed(0)}–${speeds.at(-1)!.toFixed(0)}, ${runs.length} runs); ` +
            `longest task ${tasks.length === 0 ? 'none ≥ 50 ms' : `${Math.max(...tasks).toFixed(0)} ms`}`,
        );
      }
    }
    console.log('Goal: 1,000 epochs/s or more for the 9-layer presets (deepSigmoid, deepRelu); no main-thread task of 50 ms or more while training.');
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
