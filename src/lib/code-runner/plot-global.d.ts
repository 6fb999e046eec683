// Code cells get a global plot(): it draws a line chart under the cell (see src/lib/code-runner/plot.ts for the
// checks). Declared here so example files that call it type-check.
interface SCurvePlotSeries {
  label: string;
  y: readonly number[] | Float64Array | Float32Array;
  dashed?: boolean;
}

interface SCurvePlot {
  x: readonly number[] | Float64Array | Float32Array;
  series: readonly SCurvePlotSeries[];
  title?: string;
}

declare function plot(spec: SCurvePlot): void;
