// Draws a plot() payload as a Chart.js line chart on a canvas, coloured from the page's theme tokens and
// recoloured when the theme changes. Only the pieces a line chart needs are registered.
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset } from 'chart.js';
import type { PlotPayload } from '../../lib/code-runner/plot.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

const SERIES_TOKENS = ['--color-accent', '--color-accent-2', '--color-accent-3', '--color-accent-4', '--color-muted', '--color-fg'];
const DASH = [6, 5];

function token(element: Element, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || '#777';
}

function theme(canvas: HTMLCanvasElement) {
  return {
    fg: token(canvas, '--color-fg'),
    muted: token(canvas, '--color-muted'),
    grid: token(canvas, '--chart-grid'),
    series: SERIES_TOKENS.map((name) => token(canvas, name)),
  };
}

function datasets(plot: PlotPayload, colours: string[]): ChartDataset<'line'>[] {
  return plot.series.map((series, index) => {
    const colour = colours[index % colours.length] ?? '#777';
    return {
      label: series.label,
      data: plot.x.map((x, i) => ({ x, y: series.y[i] ?? null }) as { x: number; y: number }),
      borderColor: colour,
      // The legend swatch is a thin box: filled for a solid line, outlined (so dashed) for a dashed one.
      backgroundColor: series.dashed ? 'transparent' : colour,
      borderWidth: 2.5,
      borderDash: series.dashed ? DASH : [],
      pointRadius: plot.x.length > 40 ? 0 : 3,
      spanGaps: false,
    };
  });
}

function applyTheme(chart: Chart<'line'>, canvas: HTMLCanvasElement, plot: PlotPayload): void {
  const colours = theme(canvas);
  chart.data.datasets = datasets(plot, colours.series);
  const scales = chart.options.scales ?? {};
  for (const axis of ['x', 'y'] as const) {
    const scale = scales[axis];
    if (!scale) continue;
    scale.grid = { color: colours.grid };
    scale.ticks = { color: colours.muted };
  }
  const legend = chart.options.plugins?.legend;
  if (legend) legend.labels = { color: colours.fg, boxWidth: 28, boxHeight: 3 };
  chart.update('none');
}

/** Draws the chart; returns a function that removes it and stops following the theme. */
export function drawChart(canvas: HTMLCanvasElement, plot: PlotPayload): () => void {
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: false,
      interaction: { mode: 'nearest', intersect: false },
      scales: { x: { type: 'linear' }, y: { type: 'linear' } },
      plugins: { legend: { display: true } },
    },
  });
  applyTheme(chart, canvas, plot);
  const recolour = (): void => applyTheme(chart, canvas, plot);
  const observer = new MutationObserver(recolour);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', recolour);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', recolour);
    chart.destroy();
  };
}
