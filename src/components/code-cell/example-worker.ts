// Runs one lesson example in a fresh module worker: console output is captured and posted back as text.
// A new worker per run re-evaluates the example's top-level code; the page stops it after a time limit.
import { formatLogArguments } from '../../lib/inspect.ts';

export type WorkerMessage =
  | { type: 'log'; level: 'log' | 'info' | 'warn' | 'error'; text: string }
  | { type: 'done' }
  | { type: 'error'; text: string };

const examples = import.meta.glob('../../examples/**/*.ts');
const post = (message: WorkerMessage) => self.postMessage(message);

for (const level of ['log', 'info', 'warn', 'error'] as const) {
  console[level] = (...args: unknown[]) => post({ type: 'log', level, text: formatLogArguments(args) });
}

self.addEventListener('message', async (event: MessageEvent<{ example: string }>) => {
  const load = examples[`../../examples/${event.data.example}.ts`];
  try {
    if (!load) throw new Error(`Unknown example ${event.data.example}`);
    await load();
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', text: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
