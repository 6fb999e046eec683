// Turns any value a code cell logs into readable text, roughly as Node's console prints it. Output is always
// plain text (the page puts it in textContent), so nothing a cell prints can become markup.

const MAX_ITEMS = 100;
const MAX_DEPTH = 4;

function inspectNumber(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

function inspectList(items: ArrayLike<unknown>, depth: number, seen: Set<object>, prefix = ''): string {
  const shown = Array.from({ length: Math.min(items.length, MAX_ITEMS) }, (_, i) => inspectValue(items[i], depth + 1, seen));
  if (items.length > MAX_ITEMS) shown.push(`… ${items.length - MAX_ITEMS} more`);
  return `${prefix}[${shown.join(', ')}]`;
}

function inspectValue(value: unknown, depth: number, seen: Set<object>): string {
  if (typeof value === 'number') return inspectNumber(value);
  if (typeof value === 'string') return depth === 0 ? value : JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (value === null || typeof value !== 'object') return String(value);
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[Array]' : '[Object]';
  seen.add(value);
  try {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (Array.isArray(value)) return inspectList(value, depth, seen);
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      return inspectList(value as unknown as ArrayLike<unknown>, depth, seen, `${value.constructor.name}(${(value as unknown as ArrayLike<unknown>).length}) `);
    }
    if (value instanceof Map) {
      const entries = [...value].map(([k, v]) => `${inspectValue(k, depth + 1, seen)} => ${inspectValue(v, depth + 1, seen)}`);
      return `Map(${value.size}) {${entries.length ? ` ${entries.join(', ')} ` : ''}}`;
    }
    const entries = Object.entries(value).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${inspectValue(v, depth + 1, seen)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  } finally {
    seen.delete(value);
  }
}

export function inspect(value: unknown): string {
  return inspectValue(value, 0, new Set());
}

// console.log(a, b, c): each argument inspected, joined by spaces.
export function formatLogArguments(args: readonly unknown[]): string {
  return args.map((arg) => inspect(arg)).join(' ');
}
