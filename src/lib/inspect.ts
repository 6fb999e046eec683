// Turns any value a code cell logs into readable text, roughly as Node's console prints it. Output is always
// plain text (the page puts it in textContent), so nothing a cell prints can become markup.

const MAX_ITEMS = 100;
const MAX_DEPTH = 4;

function inspectNumber(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

function more(total: number): string {
  return `… ${total - MAX_ITEMS} more`;
}

function inspectList(items: ArrayLike<unknown>, depth: number, seen: Set<object>, prefix = ''): string {
  const shown = Array.from({ length: Math.min(items.length, MAX_ITEMS) }, (_, i) => inspectValue(items[i], depth + 1, seen));
  if (items.length > MAX_ITEMS) shown.push(more(items.length));
  return `${prefix}[${shown.join(', ')}]`;
}

function inspectEntries(entries: Iterable<string>, size: number, prefix: string): string {
  const shown: string[] = [];
  for (const entry of entries) {
    if (shown.length === MAX_ITEMS) {
      shown.push(more(size));
      break;
    }
    shown.push(entry);
  }
  return `${prefix}{${shown.length ? ` ${shown.join(', ')} ` : ''}}`;
}

function* mapped<T>(items: Iterable<T>, f: (item: T) => string): Generator<string> {
  for (const item of items) yield f(item);
}

// The name of a class instance's constructor, or '' for plain objects and objects without a prototype.
function className(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return '';
  const ctor: unknown = typeof proto === 'object' ? Reflect.get(proto, 'constructor') : undefined;
  return typeof ctor === 'function' && ctor.name ? `${ctor.name} ` : '';
}

function key(k: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k);
}

function inspectObject(value: object, depth: number, seen: Set<object>): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (Array.isArray(value)) return inspectList(value, depth, seen);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const list = value as unknown as ArrayLike<unknown>;
    return inspectList(list, depth, seen, `${value.constructor.name}(${list.length}) `);
  }
  const inner = (v: unknown) => inspectValue(v, depth + 1, seen);
  if (value instanceof Map) {
    return inspectEntries(mapped(value, ([k, v]) => `${inner(k)} => ${inner(v)}`), value.size, `Map(${value.size}) `);
  }
  if (value instanceof Set) return inspectEntries(mapped(value, inner), value.size, `Set(${value.size}) `);
  const keys = Object.keys(value);
  return inspectEntries(
    mapped(keys, (k) => `${key(k)}: ${inner(Reflect.get(value, k))}`),
    keys.length,
    className(value),
  );
}

function inspectValue(value: unknown, depth: number, seen: Set<object>): string {
  if (typeof value === 'number') return inspectNumber(value);
  if (typeof value === 'string') return depth === 0 ? value : JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (value === null || typeof value !== 'object') return String(value);
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[Array]' : '[Object]';
  seen.add(value);
  try {
    return inspectObject(value, depth, seen);
  } catch {
    // A getter or a proxy that throws: say so rather than fail the cell's output.
    return '[Object that cannot be printed]';
  } finally {
    seen.delete(value);
  }
}

export function inspect(value: unknown): string {
  return inspectValue(value, 0, new Set());
}

/** A cell's final value: like inspect, but a string shows its quotes so "1" and 1 differ. */
export function inspectResult(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : inspect(value);
}

// console.log(a, b, c): each argument inspected, joined by spaces.
export function formatLogArguments(args: readonly unknown[]): string {
  return args.map((arg) => inspect(arg)).join(' ');
}
