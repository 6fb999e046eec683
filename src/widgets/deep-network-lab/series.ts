// A run's history in bounded memory. A series keeps every stride-th item it is given, evenly spaced from the first;
// when it holds more than its capacity it drops every other item and doubles the stride. It also keeps the latest
// item, so a chart always reaches the present. Charts draw a few hundred points at most, so nothing is lost to the
// eye however long a run goes. Pure.

/** Items a series keeps before it halves itself: a run of any length ends up with between half this and this. */
export const SERIES_CAPACITY = 512;

export interface Series<T> {
  /** Kept items: those given at positions 0, stride, 2·stride, … */
  items: T[];
  stride: number;
  /** How many items the series has been given. */
  seen: number;
  /** The item given last (also in items when its position was a multiple of stride). */
  latest: T | null;
}

export function createSeries<T>(): Series<T> {
  return { items: [], stride: 1, seen: 0, latest: null };
}

/** Gives the series one more item. */
export function pushItem<T>(series: Series<T>, item: T, capacity = SERIES_CAPACITY): void {
  if (series.seen % series.stride === 0) {
    series.items.push(item);
    if (series.items.length > capacity) {
      series.items = series.items.filter((_, k) => k % 2 === 0);
      series.stride *= 2;
    }
  }
  series.seen += 1;
  series.latest = item;
}

/** The kept items followed by the latest one if it was not kept: evenly spaced, first and latest included. */
export function seriesItems<T>(series: Series<T>): T[] {
  const { items, latest, seen, stride } = series;
  return latest === null || (seen - 1) % stride === 0 ? [...items] : [...items, latest];
}

/** The first item the series was given, or null. */
export function firstItem<T>(series: Series<T>): T | null {
  return series.items[0] ?? null;
}
