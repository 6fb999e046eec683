// Share links: a widget's state as `?w=<widget-id>&<key>=<value>…#<widget-id>`, and back. Pure: the DOM side lives
// in src/widgets/shared/share.ts. Reading never throws; whatever cannot be used is listed, not applied.

/** The query key naming the widget a link restores. */
export const WIDGET_KEY = 'w';
/** Keys the site itself reads from the query; a widget may not use them. */
export const RESERVED_KEYS: readonly string[] = [WIDGET_KEY, 'projector'];
/** A widget id or a state key: lower case, digits and dashes, as the widgets' markup spells them. */
const NAME = /^[a-z][a-z0-9-]{0,63}$/;
/** Longer values are not state a control holds (a vector field is the longest, well under this). */
export const MAX_VALUE_LENGTH = 200;
/** More entries than any widget has controls: the rest of a longer query is ignored. */
export const MAX_ENTRIES = 64;

export type ShareEntry = readonly [key: string, value: string];

export interface ParsedShare {
  /** The widget the link names, or null when the query names none (or names it badly). */
  widget: string | null;
  /** Entries that look usable, in the link's order; the widget still checks each value. */
  entries: ShareEntry[];
  /** Keys (or `key=value` text) dropped because they cannot be state: bad names, overlong values, repeats. */
  rejected: string[];
}

export function isShareName(name: string): boolean {
  return NAME.test(name);
}

/** The link for one widget's state, on the page at `pageUrl` (its own query and hash are replaced). */
export function shareLink(pageUrl: string, widget: string, entries: readonly ShareEntry[]): string {
  const url = new URL(pageUrl);
  const query = new URLSearchParams();
  query.set(WIDGET_KEY, widget);
  for (const [key, value] of entries) query.append(key, value);
  url.search = query.toString();
  url.hash = widget;
  return url.toString();
}

/** Reads a query string (with or without its `?`). Never throws, whatever the text. */
export function parseShareQuery(search: string): ParsedShare {
  const result: ParsedShare = { widget: null, entries: [], rejected: [] };
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return result;
  }
  const widgets = query.getAll(WIDGET_KEY);
  const widget = widgets[0];
  if (widgets.length !== 1 || widget === undefined || !isShareName(widget)) return result;
  result.widget = widget;
  const seen = new Set<string>();
  for (const [key, value] of query) {
    if (key === WIDGET_KEY || RESERVED_KEYS.includes(key)) continue;
    if (!isShareName(key) || seen.has(key) || value.length > MAX_VALUE_LENGTH || result.entries.length >= MAX_ENTRIES) {
      result.rejected.push(shorten(key));
      continue;
    }
    seen.add(key);
    result.entries.push([key, value]);
  }
  return result;
}

/** A rejected key as a notice shows it: short, on one line. */
function shorten(key: string): string {
  const line = key.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
