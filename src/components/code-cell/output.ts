// A cell's output area: lines of text (never HTML), an error line with the reader's line and column, and for
// each plot() a figure with its text alternative (a summary and a table of sample points) drawn at once, and
// the Chart.js chart drawn when that chunk has loaded.
import type { CellError } from '../../lib/code-runner/messages.ts';
import { plotSample, plotSummary, type PlotPayload } from '../../lib/code-runner/plot.ts';
import { site } from '../../strings/en/site.ts';
import type { EditorHandle } from './code-runtime-editor.ts';

const text = site.code;
type ChartModule = typeof import('./code-runtime-chart.ts');
let charts: Promise<ChartModule> | undefined;
const destroyers = new WeakMap<Element, () => void>();

/** Adds one line of text; lines are separated, not ended, by newlines, so the output copies cleanly. */
export function appendLine(output: HTMLElement, line: string, level: string): HTMLElement {
  const row = document.createElement('span');
  row.className = `line line-${level}`;
  row.textContent = output.childElementCount > 0 ? `\n${line}` : line;
  output.append(row);
  return row;
}

/** Marks the line an error names in the open editor, described by `message` (given an id for that). */
export function markErrorLine(editor: EditorHandle | undefined, error: CellError, message: HTMLElement, id: string): void {
  if (editor === undefined || error.position === undefined) return;
  message.id = id;
  editor.markError(error.position.line, id);
}

export function clearOutput(output: HTMLElement, plots: HTMLElement): void {
  output.replaceChildren();
  for (const figure of plots.children) destroyers.get(figure)?.();
  plots.replaceChildren();
}

/** "RangeError at line 2, column 20: too big" (or without the position when the engine gave none). */
export function describeError(error: CellError): string {
  const where = error.position ? text.at(error.position.line, error.position.column) : undefined;
  const name = error.kind === 'syntax' ? text.syntaxError : error.name;
  return error.kind === 'syntax' ? text.errorLine(name, error.message, where) : `${text.failed} ${text.errorLine(name, error.message, where)}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

function dataTable(plot: PlotPayload): HTMLDetailsElement {
  const sample = plotSample(plot);
  const details = element('details', 'plot-data');
  details.append(element('summary', '', text.plot.table(sample.rows.length, plot.x.length)));
  const table = element('table', '');
  const head = element('thead', '');
  const headRow = element('tr', '');
  for (const name of sample.header) {
    const th = element('th', '', name);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = element('tbody', '');
  for (const row of sample.rows) {
    const tr = element('tr', '');
    for (const cell of row) tr.append(element('td', '', cell));
    body.append(tr);
  }
  table.append(head, body);
  details.append(table);
  return details;
}

export function showPlot(plots: HTMLElement, plot: PlotPayload): void {
  const summary = plotSummary(plot);
  const figure = element('figure', 'plot');
  const frame = element('div', 'plot-frame');
  const canvas = element('canvas', '');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', text.plot.chartLabel(summary));
  frame.append(canvas);
  figure.append(element('figcaption', '', plot.title ?? summary), frame, dataTable(plot));
  plots.append(figure);
  charts ??= import('./code-runtime-chart.ts');
  charts
    .then((module) => {
      if (!figure.isConnected) return;
      destroyers.set(figure, module.drawChart(canvas, plot));
      figure.dataset['drawn'] = '';
    })
    .catch((error: unknown) => {
      frame.hidden = true;
      console.error(error);
    });
}
