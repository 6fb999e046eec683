// A static file server for the built site (dist/), shared by the browser tests and the Lighthouse audit. It serves
// what a plain static host would, plus the Content-Security-Policy as a header: each page's own <meta> policy, and
// for code that runs as a Web Worker the worker's policy (WORKER_CSP), which is the only place 'unsafe-eval' is
// allowed. Runs under plain Node (type stripping), so no TypeScript-only syntax here.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const NOT_FOUND_PAGE = '/404.html';

/** The policy a worker script is served with. A page's <meta> policy does not reach into its workers (a worker
 *  takes the policy its own script was delivered with), so a host that can send headers sends this one to every
 *  worker script: code cells compile the reader's code with new AsyncFunction, which needs 'unsafe-eval'; the
 *  worker may load the site's own modules and nothing else, with no network at all (connect-src falls back to
 *  default-src 'none'). */
export const WORKER_CSP = "default-src 'none'; script-src 'self' 'unsafe-eval'";
/** The policy of Pagefind's search worker: its WebAssembly ('wasm-unsafe-eval', which compiles only wasm, never
 *  JavaScript from strings) and the index files it fetches from this site; no eval. */
export const SEARCH_WORKER_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
/** The policy of every other worker (the deep-network lab's trainer): the site's own modules and the network
 *  engine's WebAssembly kernels; no eval, no network. */
export const COMPUTE_WORKER_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";
/** Code-cell workers are the only ones that run a reader's code, so the only ones given WORKER_CSP. */
const CODE_CELL_WORKER = /\/code-runtime-worker-[^/]*\.js$/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy in a page's <meta http-equiv="content-security-policy">, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  return META_CSP.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** Maps a URL path to a file in `root`, a redirect to the slash form of a directory, or undefined. */
export function resolveFile(root: string, urlPath: string): { file: string } | { redirect: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const target = resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  if (!existsSync(target)) return undefined;
  if (statSync(target).isDirectory()) {
    if (!decoded.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = join(target, 'index.html');
    return existsSync(index) ? { file: index } : undefined;
  }
  return { file: target };
}

function securityHeaders(request: IncomingMessage, file: string | undefined, body: Buffer): Record<string, string> {
  if (request.headers['sec-fetch-dest'] === 'worker') {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/pagefind/')) return { 'content-security-policy': SEARCH_WORKER_CSP };
    return { 'content-security-policy': CODE_CELL_WORKER.test(path) ? WORKER_CSP : COMPUTE_WORKER_CSP };
  }
  if (file === undefined || extname(file) !== '.html') return {};
  const policy = metaPolicy(body.toString('utf8'));
  return policy === undefined ? {} : { 'content-security-policy': policy };
}

/** Types a static host compresses on the wire (fonts in woff/woff2 and PNGs are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.xml', '.json', '.txt', '.map', '.ttf']);
const compressed = new Map<string, Buffer>();

/** The body as a static host sends it: brotli or gzip for text when the browser accepts it, as every common host
 *  does (the audit's simulated slow network counts bytes on the wire). Cached per file, encoding and size. */
function encode(request: IncomingMessage, file: string | undefined, body: Buffer): { body: Buffer; encoding?: string } {
  if (file === undefined || !COMPRESSIBLE.has(extname(file)) || body.length < 1024) return { body };
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  if (encoding === undefined) return { body };
  const key = `${encoding} ${file} ${body.length}`;
  let packed = compressed.get(key);
  if (packed === undefined) {
    packed =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(body, { level: 9 });
    compressed.set(key, packed);
  }
  return { body: packed, encoding };
}

async function serve(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const found = resolveFile(root, url.pathname);
  if (found !== undefined && 'redirect' in found) {
    response.writeHead(301, { location: found.redirect + url.search }).end();
    return;
  }
  const notFound = join(root, NOT_FOUND_PAGE);
  const file = found?.file ?? (existsSync(notFound) ? notFound : undefined);
  const status = found === undefined ? 404 : 200;
  const raw = file === undefined ? Buffer.from('Not found') : await readFile(file);
  const type =
    file === undefined ? 'text/plain; charset=utf-8' : (CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  const { body, encoding } = encode(request, file, raw);
  response.writeHead(status, {
    'content-type': type,
    'content-length': body.length,
    'cache-control': 'no-store',
    vary: 'accept-encoding',
    ...(encoding === undefined ? {} : { 'content-encoding': encoding }),
    ...securityHeaders(request, file, raw),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function startStaticServer(dir: string): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    serve(root, request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Closes the server and any connection still open. */
export async function stopStaticServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}

/** URL path of every HTML file under `root`: directories' index.html as '/dir/', others by file name; sorted. */
export function listHtmlPages(root: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const path = `/${relative(root, full).split(sep).join('/')}`;
        pages.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  walk(root);
  return pages.sort();
}
