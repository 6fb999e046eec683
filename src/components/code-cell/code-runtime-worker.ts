// The worker a code cell runs in: one per run. It receives the reader's TypeScript, locks itself down (no
// network, storage or code-from-strings), runs the code with the course's modules and posts output back.
// The page terminates it when the run ends or passes its time limit.
import * as format from '../../lib/format.ts';
import * as math from '../../lib/math/index.ts';
import { AsyncFunction } from '../../lib/code-runner/program.ts';
import type { RunnerMessage, RunRequest } from '../../lib/code-runner/messages.ts';
import { moduleKey, prepareCell, type ModuleTable } from '../../lib/code-runner/run.ts';
import { lockDown } from '../../lib/code-runner/sandbox.ts';
import { transpile } from '../../lib/code-runner/transpile.ts';
import { site } from '../../strings/en/site.ts';

// Lesson examples may import a module file directly ('../../lib/math/datasets.ts'); serve those too.
const files = import.meta.glob<Record<string, unknown>>(['../../lib/math/**/*.ts', '../../lib/format.ts'], { eager: true });
const modules: ModuleTable = {
  's-curve/math': math,
  's-curve/format': format,
  ...Object.fromEntries(Object.entries(files).map(([path, module]) => [moduleKey(path.replace(/^(\.\.\/)+/, '../')), module])),
};

// The few members of a dedicated worker's global scope used here (the project's type libraries are the DOM's).
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RunRequest>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<RunRequest>) => void): void;
  setTimeout: typeof setTimeout;
  clearTimeout: typeof clearTimeout;
  setInterval: typeof setInterval;
  clearInterval: typeof clearInterval;
}

const scope = self as unknown as WorkerScope;
const send = scope.postMessage.bind(scope);
const post = (message: RunnerMessage): void => send(message);
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout, setInterval: realSetInterval, clearInterval: realClearInterval } = scope;

// Timers the cell starts are counted, so a run ends when its last timeout has fired (as a script in Node does).
const pending = new Set<number>();
let drained: (() => void) | undefined;
const check = (): void => {
  if (pending.size === 0) drained?.();
};
function trackTimers(): void {
  const track = (id: number) => (pending.add(id), id);
  const forget = (id: unknown) => {
    pending.delete(Number(id));
    queueMicrotask(check);
  };
  scope.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = Number(
      realSetTimeout(
      (...inner: unknown[]) => {
        forget(id);
        if (typeof handler === 'function') handler(...inner);
      },
        ms,
        ...args,
      ),
    );
    return track(id);
  }) as typeof setTimeout;
  scope.clearTimeout = ((id?: number) => (realClearTimeout(id), forget(id))) as typeof clearTimeout;
  scope.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
    track(Number(realSetInterval(handler, ms, ...args)))) as typeof setInterval;
  scope.clearInterval = ((id?: number) => (realClearInterval(id), forget(id))) as typeof clearInterval;
}
const settled = (): Promise<void> =>
  new Promise((resolve) => {
    drained = resolve;
    check();
  });

async function handle(event: MessageEvent<RunRequest>): Promise<void> {
  scope.removeEventListener('message', listener);
  if (event.data?.type !== 'run' || typeof event.data.source !== 'string') return;
  post({ type: 'started' });
  trackTimers();
  lockDown(scope, site.code.blocked);
  const prepared = await prepareCell(event.data.source, { modules, post, construct: AsyncFunction, settled });
  if (!prepared) return;
  Object.assign(console, prepared.console);
  // Errors thrown later, in a timer the cell set, end the run with the same position mapping.
  scope.addEventListener('error', (error) => {
    error.preventDefault();
    post({ type: 'error', error: prepared.describe(error.error) });
  });
  scope.addEventListener('unhandledrejection', (rejection) => {
    rejection.preventDefault();
    post({ type: 'error', error: prepared.describe(rejection.reason) });
  });
  await prepared.run();
}

const listener = (event: MessageEvent<RunRequest>): void => void handle(event);
scope.addEventListener('message', listener);
// A spare worker waits for its run; meanwhile one small transpile gets sucrase's parser compiled.
transpile("import { sigmoid } from 's-curve/math';\nconst x: number = sigmoid(0);\nconsole.log(`${x}`);");
