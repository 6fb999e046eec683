// The code-cell runner's safety and persistence pieces: the time limit on the page's side (with a worker that
// never answers), the sandbox's blocking of network, storage and code-from-strings, plot() payload checks and
// their text alternative, and the versioned store of edits with corrupt or foreign data set aside.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { RunnerMessage, RunRequest } from '../../src/lib/code-runner/messages.ts';
import { runWithLimit, TIME_LIMIT_MS, type WorkerLike } from '../../src/lib/code-runner/limit.ts';
import { checkPlot, formatPlotNumber, PLOT_LIMITS, plotSample, plotSummary, sampleIndices } from '../../src/lib/code-runner/plot.ts';
import { BLOCKED_GLOBALS, lockDown } from '../../src/lib/code-runner/sandbox.ts';
import {
  cellKey,
  exportFile,
  parseImportFile,
  parseStore,
  readStore,
  SET_ASIDE_KEY,
  STORE_KEY,
  writeCell,
  type StorageLike,
} from '../../src/lib/code-runner/storage.ts';

class FakeWorker implements WorkerLike {
  terminated = false;
  sent: RunRequest[] = [];
  #message: ((event: MessageEvent<RunnerMessage>) => void) | undefined;
  #error: ((event: Event) => void) | undefined;
  postMessage(message: RunRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  addEventListener(type: 'message' | 'error', listener: ((event: MessageEvent<RunnerMessage>) => void) & ((event: Event) => void)): void {
    if (type === 'message') this.#message = listener;
    else this.#error = listener;
  }
  say(message: RunnerMessage): void {
    this.#message?.({ data: message } as MessageEvent<RunnerMessage>);
  }
  fail(): void {
    this.#error?.(new Event('error'));
  }
}

describe('the time limit', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('terminates a worker whose code never finishes, three seconds after the code started', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const handle = runWithLimit(() => worker, 'while (true) {}', { onMessage: () => {} });
    expect(worker.sent).toEqual([{ type: 'run', source: 'while (true) {}' }]);
    // Loading the runner does not count against the limit.
    vi.advanceTimersByTime(TIME_LIMIT_MS * 2);
    expect(worker.terminated).toBe(false);
    worker.say({ type: 'started' });
    vi.advanceTimersByTime(TIME_LIMIT_MS - 1);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(worker.terminated).toBe(true);
    await expect(handle.outcome).resolves.toEqual({ kind: 'timeout', limitMs: TIME_LIMIT_MS });
  });

  it('passes output on, ends at done, and ignores anything a stopped worker sends later', async () => {
    const worker = new FakeWorker();
    const seen: RunnerMessage[] = [];
    const handle = runWithLimit(() => worker, 'x', { onMessage: (message) => seen.push(message) });
    worker.say({ type: 'started' });
    worker.say({ type: 'log', level: 'log', text: 'hi' });
    worker.say({ type: 'done', ms: 4 });
    worker.say({ type: 'log', level: 'log', text: 'late' });
    await expect(handle.outcome).resolves.toEqual({ kind: 'done', ms: 4 });
    expect(seen).toEqual([{ type: 'log', level: 'log', text: 'hi' }]);
    expect(worker.terminated).toBe(true);
  });

  it('says the runner failed when the worker cannot load or cannot be created', async () => {
    const worker = new FakeWorker();
    const handle = runWithLimit(() => worker, 'x', { onMessage: () => {} });
    worker.fail();
    await expect(handle.outcome).resolves.toEqual({ kind: 'failed' });
    const throwing = runWithLimit(
      () => {
        throw new Error('no workers here');
      },
      'x',
      { onMessage: () => {} },
    );
    await expect(throwing.outcome).resolves.toEqual({ kind: 'failed' });
  });
});

describe('the sandbox', () => {
  it('removes blocked globals from the scope and its prototypes and pins them', () => {
    class Scope {
      fetch(): string {
        return 'network';
      }
    }
    const scope = Object.assign(new Scope(), {
      XMLHttpRequest: class {},
      navigator: { sendBeacon: () => true, userAgent: 'test' },
      setTimeout: (handler: () => void) => handler(),
    }) as unknown as Record<string, unknown>;
    const blocked = lockDown(scope, (name) => `${name} is blocked`);
    expect(blocked).toEqual(expect.arrayContaining(['fetch', 'XMLHttpRequest', 'navigator.sendBeacon']));
    expect(scope['fetch']).toBeUndefined();
    expect(Scope.prototype.fetch).toBeUndefined();
    expect(() => {
      scope['fetch'] = () => 'again';
    }).toThrow(TypeError);
    expect((scope['navigator'] as Record<string, unknown>)['userAgent']).toBe('test');
    expect(() => (scope['setTimeout'] as (h: unknown) => void)('alert(1)')).toThrow('setTimeout with a string is blocked');
    expect(BLOCKED_GLOBALS).toEqual(expect.arrayContaining(['indexedDB', 'caches', 'importScripts', 'WebSocket', 'EventSource']));
  });
});

describe('plot() payloads', () => {
  const good = { x: [0, 1, 2], series: [{ label: 'σ', y: [0.5, 0.7, Infinity] }] };

  it('accepts arrays and typed arrays, turning NaN and ±Infinity into gaps', () => {
    expect(checkPlot({ ...good, x: new Float64Array([0, 1, 2]) })).toEqual({
      ok: true,
      plot: { title: undefined, x: [0, 1, 2], series: [{ label: 'σ', y: [0.5, 0.7, null], dashed: false }] },
    });
  });

  it('rejects what it cannot draw with a message naming the problem', () => {
    const message = (spec: unknown) => {
      const checked = checkPlot(spec);
      return checked.ok ? '' : checked.message;
    };
    expect(message(null)).toMatch(/needs one object/);
    expect(message({ ...good, x: [0, NaN, 2] })).toMatch(/x must be an array of finite numbers/);
    expect(message({ ...good, x: [] })).toMatch(/from 1 to 5000 points/);
    expect(message({ ...good, series: [] })).toMatch(/non-empty array/);
    expect(message({ ...good, series: [{ label: '', y: [1, 2, 3] }] })).toMatch(/series\[0\]\.label/);
    expect(message({ ...good, series: [{ label: 'a', y: ['1', 2, 3] }] })).toMatch(/series\[0\]\.y must be an array of numbers/);
    expect(message({ ...good, series: [{ label: 'a', y: [1] }] })).toBe('plot(): series[0].y has 1 values but x has 3.');
    expect(message({ ...good, title: 4 })).toMatch(/title must be a string/);
    const many = Array.from({ length: PLOT_LIMITS.series + 1 }, () => ({ label: 'a', y: [1, 2, 3] }));
    expect(message({ ...good, series: many })).toMatch(/at most 8 series/);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (spec) => typeof checkPlot(spec).ok === 'boolean'));
  });

  it('samples evenly, always keeping the first and last point', () => {
    expect(sampleIndices(3, 11)).toEqual([0, 1, 2]);
    expect(sampleIndices(201, 11)).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6000 }), fc.integer({ min: 2, max: 30 }), (length, rows) => {
        const indices = sampleIndices(length, rows);
        return indices[0] === 0 && indices.at(-1) === length - 1 && indices.length === Math.min(length, rows);
      }),
    );
  });

  it('describes the chart in words and gives a table of sample points as its text alternative', () => {
    const checked = checkPlot({ title: 'Sigmoid', x: [-10, 0, 10], series: [{ label: 'σ(x)', y: [4.5397868702434395e-5, 0.5, 0.9999546] }, { label: '0.5', y: [0.5, 0.5, 0.5], dashed: true }] });
    if (!checked.ok) throw new Error(checked.message);
    expect(plotSummary(checked.plot)).toBe('Line chart “Sigmoid” of σ(x), 0.5 (dashed), x from -10 to 10, 3 points.');
    expect(plotSample(checked.plot)).toEqual({
      header: ['x', 'σ(x)', '0.5'],
      rows: [
        ['-10', '0.0000454', '0.5'],
        ['0', '0.5', '0.5'],
        ['10', '1', '0.5'],
      ],
    });
    expect(formatPlotNumber(null)).toBe('–');
  });
});

class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  refuse = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

describe('the store of edits', () => {
  const key = cellKey('/lessons/sigmoid/', 'code-numpy');

  it('keys a cell by page and id, and keeps and forgets an edit', () => {
    expect(key).toBe('/lessons/sigmoid/#code-numpy');
    const storage = new MemoryStorage();
    expect(writeCell(storage, key, 'console.log(1)')).toBe(true);
    expect(JSON.parse(storage.getItem(STORE_KEY) ?? '')).toEqual({ version: 1, cells: { [key]: 'console.log(1)' } });
    expect(writeCell(storage, key, undefined)).toBe(true);
    expect(storage.getItem(STORE_KEY)).toBeNull();
  });

  it('reads nothing as an empty store and a version-1 store as it is', () => {
    expect(parseStore(null)).toEqual({ store: { version: 1, cells: {} }, setAside: undefined });
    expect(parseStore(JSON.stringify({ version: 1, cells: { [key]: 'x' } })).store.cells).toEqual({ [key]: 'x' });
  });

  it('classifies what it cannot read: corrupt, foreign or from a newer version', () => {
    expect(parseStore('{not json').setAside).toBe('corrupt');
    expect(parseStore(JSON.stringify({ version: 1, cells: { [key]: 42 } })).setAside).toBe('corrupt');
    expect(parseStore(JSON.stringify(['a'])).setAside).toBe('foreign');
    expect(parseStore(JSON.stringify({ theme: 'dark' })).setAside).toBe('foreign');
    expect(parseStore(JSON.stringify({ version: 2, cells: {} })).setAside).toBe('newer');
  });

  it('sets unreadable data aside under its own key, once, and carries on with an empty store', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORE_KEY, '{broken');
    const read = readStore(storage);
    expect(read.setAside).toBe('corrupt');
    expect(storage.getItem(SET_ASIDE_KEY)).toBe('{broken');
    expect(readStore(storage).setAside).toBeUndefined();
    expect(writeCell(storage, key, 'mine')).toBe(true);
    expect(storage.getItem(SET_ASIDE_KEY)).toBe('{broken');
  });

  it('never overwrites unreadable data it could not set aside, and reports that the edit was not kept', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORE_KEY, JSON.stringify({ version: 9, cells: {} }));
    storage.refuse = true;
    expect(writeCell(storage, key, 'mine')).toBe(false);
    expect(storage.getItem(STORE_KEY)).toBe(JSON.stringify({ version: 9, cells: {} }));
  });

  it('survives storage that throws on every call', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {},
    };
    expect(readStore(broken).store.cells).toEqual({});
    expect(writeCell(broken, key, 'x')).toBe(false);
  });

  it('never throws on any stored text', () => {
    fc.assert(fc.property(fc.string(), (raw) => typeof parseStore(raw).store.version === 'number'));
    fc.assert(fc.property(fc.jsonValue(), (value) => typeof parseStore(JSON.stringify(value)).store === 'object'));
  });
});

describe('playground files', () => {
  const ids = ['play-a', 'play-b'];

  it('round-trips the cells of a page', () => {
    const text = exportFile('/playground/', { 'play-a': 'console.log(1)', 'play-b': 'plot(x)' });
    expect(parseImportFile(text, ids)).toEqual({ ok: true, cells: { 'play-a': 'console.log(1)', 'play-b': 'plot(x)' }, skipped: 0 });
  });

  it('takes only the cells that are on the page and counts the rest', () => {
    const text = exportFile('/playground/', { 'play-a': 'a', elsewhere: 'b' });
    expect(parseImportFile(text, ids)).toEqual({ ok: true, cells: { 'play-a': 'a' }, skipped: 1 });
  });

  it('refuses bad files as a whole, saying why', () => {
    expect(parseImportFile('not json', ids)).toEqual({ ok: false, problem: 'notJson' });
    expect(parseImportFile('{"a":1}', ids)).toEqual({ ok: false, problem: 'notPlayground' });
    expect(parseImportFile(JSON.stringify({ format: 's-curve-code-cells', version: 1, cells: { 'play-a': 1 } }), ids)).toEqual({ ok: false, problem: 'notPlayground' });
    expect(parseImportFile(JSON.stringify({ format: 's-curve-code-cells', version: 2, cells: {} }), ids)).toEqual({ ok: false, problem: 'newerVersion' });
    expect(parseImportFile(exportFile('/playground/', { other: 'x' }), ids)).toEqual({ ok: false, problem: 'noCells' });
  });
});
