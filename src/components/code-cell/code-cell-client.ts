// Wires every code cell's Run button (and Ctrl/Cmd+Enter) to a module worker with a time limit.
import { strings } from '../../strings/index.ts';
import type { WorkerMessage } from './example-worker.ts';

const { code } = strings.site;
const TIME_LIMIT_MS = 3000;
const wired = new WeakSet<Element>();

function line(output: HTMLElement, text: string, level: string): void {
  const row = document.createElement('span');
  row.className = `line line-${level}`;
  row.textContent = `${text}\n`;
  output.append(row);
}

function run(cell: HTMLElement, button: HTMLButtonElement, output: HTMLElement): void {
  if (button.disabled) return;
  const example = cell.dataset['example'] ?? '';
  output.replaceChildren();
  output.dataset['state'] = 'running';
  button.disabled = true;
  button.textContent = code.running;
  const worker = new Worker(new URL('./example-worker.ts', import.meta.url), { type: 'module' });
  let printed = false;
  const finish = (state: 'done' | 'error' | 'timeout') => {
    window.clearTimeout(timer);
    worker.terminate();
    if (state === 'done' && !printed) line(output, code.noOutput, 'muted');
    output.dataset['state'] = state;
    button.disabled = false;
    button.textContent = code.run;
  };
  const timer = window.setTimeout(() => {
    line(output, code.timedOut(TIME_LIMIT_MS / 1000), 'error');
    finish('timeout');
  }, TIME_LIMIT_MS);
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'log') {
      printed = true;
      line(output, message.text, message.level);
    } else if (message.type === 'error') {
      line(output, `${code.failed} ${message.text}`, 'error');
      finish('error');
    } else {
      finish('done');
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    line(output, `${code.failed} ${event.message}`, 'error');
    finish('error');
  });
  worker.postMessage({ example });
}

export function enhanceCodeCells(root: ParentNode): void {
  for (const cell of root.querySelectorAll<HTMLElement>('.cell-code[data-example]')) {
    if (wired.has(cell)) continue;
    wired.add(cell);
    const button = cell.querySelector<HTMLButtonElement>('.run');
    const output = cell.querySelector<HTMLElement>('.output');
    if (!button || !output) continue;
    button.hidden = false;
    button.addEventListener('click', () => run(cell, button, output));
    cell.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        run(cell, button, output);
      }
    });
  }
}
