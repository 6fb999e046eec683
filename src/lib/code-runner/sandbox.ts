// What a cell's code may not touch. The worker calls lockDown(self) before it runs a reader's code: every name
// below is removed from the global object and its prototypes and pinned to undefined, and every way to compile
// code from a string (eval, Function and its async/generator cousins, string timers) is cut off, because a
// string compiled at run time could call import() with a URL and sucrase only rewrites the import()s it sees.
//
// A worker never had the DOM, document, localStorage, sessionStorage or cookies to begin with. What remains,
// by design or because a worker cannot take it away: CPU time (the page stops the worker after its time limit),
// memory up to the browser's own per-worker limit, timers, Math, typed arrays, WebAssembly without network
// access, reading navigator.userAgent and the worker's own URL, and timing. None of it reaches the page,
// the network or stored data.

/** Globals a cell cannot use: network, storage, other workers and channels to other pages of the site. */
export const BLOCKED_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'indexedDB',
  'caches',
  'cookieStore',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'FontFace',
  'fonts',
  'Notification',
  'RTCPeerConnection',
  'webkitRequestFileSystem',
  'webkitRequestFileSystemSync',
  'webkitResolveLocalFileSystemURL',
  'postMessage',
  'close',
  'eval',
  'Function',
] as const;

/** Members of `navigator` a cell cannot use. */
export const BLOCKED_NAVIGATOR = ['sendBeacon', 'storage', 'locks', 'serviceWorker', 'permissions'] as const;

/** Removes `name` from `target` and every prototype above it, then pins it to `replacement`. */
function block(target: object, name: string, replacement: unknown): boolean {
  let found = false;
  for (let o: object | null = target; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    if (!Object.prototype.hasOwnProperty.call(o, name)) continue;
    found = true;
    try {
      Reflect.deleteProperty(o, name);
    } catch {
      // An engine that refuses the delete still gets the pinned property on the target, below.
    }
  }
  try {
    Object.defineProperty(target, name, { value: replacement, writable: false, configurable: false, enumerable: false });
  } catch {
    return false;
  }
  return found;
}

/** A stand-in for a blocked constructor or function: calling it throws `message`. */
function refuse(message: string): () => never {
  return () => {
    throw new TypeError(message);
  };
}

/**
 * Blocks the network, storage and code-from-strings for everything that runs in `scope` afterwards. Returns
 * the names that were present and are now blocked. `message(name)` words the error a blocked call throws.
 */
export function lockDown(scope: object, message: (name: string) => string): string[] {
  const blocked: string[] = [];
  for (const name of BLOCKED_GLOBALS) {
    const stub = name === 'eval' || name === 'Function' ? refuse(message(name)) : undefined;
    if (block(scope, name, stub)) blocked.push(name);
  }
  const navigator: unknown = Reflect.get(scope, 'navigator');
  if (typeof navigator === 'object' && navigator !== null) {
    for (const name of BLOCKED_NAVIGATOR) if (block(navigator, name, undefined)) blocked.push(`navigator.${name}`);
  }
  // Every function's .constructor compiles strings into code; the four kinds each have their own.
  const kinds = [function () {}, async function () {}, function* () {}, async function* () {}];
  for (const kind of kinds) block(Object.getPrototypeOf(kind) as object, 'constructor', refuse(message('Function')));
  for (const timer of ['setTimeout', 'setInterval'] as const) {
    const original: unknown = Reflect.get(scope, timer);
    if (typeof original !== 'function') continue;
    const guarded = (handler: unknown, ...rest: unknown[]): unknown => {
      if (typeof handler !== 'function') throw new TypeError(message(`${timer} with a string`));
      return Reflect.apply(original, scope, [handler, ...rest]);
    };
    Object.defineProperty(scope, timer, { value: guarded, writable: true, configurable: true });
  }
  return blocked;
}
