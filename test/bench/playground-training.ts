// How the classifier playground trains on 1,000 points in headless Chromium against the built site (dist/): long
// main-thread tasks (PerformanceObserver 'longtask', i.e. over 50 ms), probability-map redraws per second and
// gradient steps per second, at full speed and with the CPU slowed 4× (a mid-range phone). Also times the pure
// per-frame work in Node. Prints figures; it never fails on time. Run `npm run build` first (or point S_CURVE_DIST
// at another build). Long tasks are wall-clock: on a busy machine they grow, so the load average is printed too.
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { DEFAULT_STATE, domainOf, setSize } from '../../src/widgets/classifier-playground/model.ts';
import { NODES, boundarySegments, fillLogits, shadeLogits } from '../../src/widgets/classifier-playground/map.ts';
import { createSession } from '../../src/widgets/classifier-playground/training.ts';

const DIST = resolve(process.env['S_CURVE_DIST'] ?? fileURLToPath(new URL('../../dist/', import.meta.url)));
const LESSON = '/lessons/logistic-regression/';
const SECONDS = 5;
const POINTS = 1000;
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

function serve(): Promise<{ origin: string; close: () => void }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = resolve(DIST, `.${path}`);
    if ((file !== DIST && !file.startsWith(DIST + sep)) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

interface Run {
  seconds: number;
  mapFrames: number;
  animationFrames: number;
  steps: number;
  longTasks: number[];
  worstFrameMs: number;
}

// Starts collecting long tasks and animation-frame gaps in the page, trains for SECONDS, and reads the counters back.
async function train(page: Page): Promise<Run> {
  const root = page.locator('#classifier-playground');
  const counters = async (): Promise<{ map: number; steps: number }> => ({
    map: Number((await root.locator('[data-role="map"]').getAttribute('data-frames')) ?? 0),
    steps: Number(await root.locator('[data-role="epoch"]').innerText()),
  });
  await page.evaluate(() => {
    const bench = { longTasks: [] as number[], frames: 0, worst: 0, last: 0, running: true };
    Object.assign(window, { bench });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    const frame = (now: number): void => {
      if (bench.last > 0) bench.worst = Math.max(bench.worst, now - bench.last);
      bench.last = now;
      bench.frames++;
      if (bench.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const before = await counters();
  const started = Date.now();
  await root.locator('[data-role="train"]').click();
  await page.waitForTimeout(SECONDS * 1000);
  await root.locator('[data-role="train"]').click();
  const seconds = (Date.now() - started) / 1000;
  const after = await counters();
  const page_ = await page.evaluate(() => {
    const { bench } = window as unknown as { bench: { longTasks: number[]; frames: number; worst: number; running: boolean } };
    bench.running = false;
    return { longTasks: bench.longTasks, frames: bench.frames, worst: bench.worst };
  });
  return {
    seconds,
    mapFrames: after.map - before.map,
    animationFrames: page_.frames,
    steps: after.steps - before.steps,
    longTasks: page_.longTasks,
    worstFrameMs: page_.worst,
  };
}

async function measureInBrowser(origin: string, executablePath: string, throttle: number): Promise<Run> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(origin + LESSON);
    const root = page.locator('#classifier-playground');
    await root.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#classifier-playground')?.hasAttribute('data-ready') === true);
    await root.locator('[data-role="size"]').focus();
    await page.keyboard.press('End');
    const label = (await root.locator('[data-role="map"]').getAttribute('aria-label')) ?? '';
    if (!label.includes(`with ${POINTS} points`)) throw new Error(`expected ${POINTS} points, the map says: ${label}`);
    await root.locator('[data-role="map"]').scrollIntoViewIfNeeded();
    if (throttle > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    return await train(page);
  } finally {
    await browser.close();
  }
}

// The same per-frame work in Node: two gradient steps on 1,000 points, then the map (logits, shading, boundary).
function measureInNode(): { stepMs: number; mapMs: number } {
  const state = setSize(DEFAULT_STATE, POINTS);
  const created = createSession(state);
  if (!created.ok) throw new Error('no session');
  const session = created.value;
  const logits = new Float64Array(NODES * NODES);
  const pixels = new Uint8ClampedArray(4 * NODES * NODES);
  const colours = { base: [255, 255, 255], zero: [179, 71, 15], one: [31, 95, 191] } as const;
  const repeat = 300;
  session.step(50);
  let start = performance.now();
  for (let k = 0; k < repeat; k++) session.step(1);
  const stepMs = (performance.now() - start) / repeat;
  const { model } = session.snapshot;
  start = performance.now();
  for (let k = 0; k < repeat; k++) {
    fillLogits(model, domainOf(state), logits);
    shadeLogits(logits, colours, pixels);
    boundarySegments(logits, domainOf(state));
  }
  return { stepMs, mapMs: (performance.now() - start) / repeat };
}

function report(name: string, run: Run): void {
  const over50 = run.longTasks.filter((ms) => ms > 50);
  const worstTask = run.longTasks.length === 0 ? 'none' : `${Math.max(...run.longTasks).toFixed(0)} ms`;
  console.log(
    `${name.padEnd(22)} map ${(run.mapFrames / run.seconds).toFixed(1).padStart(5)} redraws/s   ` +
      `page ${(run.animationFrames / run.seconds).toFixed(1).padStart(5)} frames/s   ` +
      `${(run.steps / run.seconds).toFixed(0).padStart(4)} steps/s   ` +
      `long tasks: ${run.longTasks.length} (over 50 ms: ${over50.length}, longest ${worstTask})   ` +
      `longest gap between frames ${run.worstFrameMs.toFixed(0)} ms`,
  );
}

const executablePath = process.env['CHROME_PATH'] ?? BROWSERS.find((path) => existsSync(path));
if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built site in ${DIST}: run npm run build first`);
if (executablePath === undefined) throw new Error('No Chromium found: set CHROME_PATH');

const node = measureInNode();
console.log(`playground-training: ${POINTS} points, ${SECONDS} s of training per run, headless Chromium (software rendering)`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} (1, 5, 15 min)`);
console.log(`node, per frame's work:  2 gradient steps ${(2 * node.stepMs).toFixed(3)} ms   map ${NODES}×${NODES} (logits, shading, boundary) ${node.mapMs.toFixed(3)} ms`);
const server = await serve();
try {
  report('chromium', await measureInBrowser(server.origin, executablePath, 1));
  report('chromium, CPU 4× slower', await measureInBrowser(server.origin, executablePath, 4));
} finally {
  server.close();
}
console.log('targets: no main-thread task over 50 ms while training; the map redraws at 30 per second or more.');
