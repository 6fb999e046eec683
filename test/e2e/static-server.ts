// A static file server for the built site (dist/), shared by the browser tests and the Lighthouse audit. It serves
// what a plain static host would, plus the Content-Security-Policy as a header: each page's own <meta> policy, and
// for code that runs as a Web Worker the worker's policy (WORKER_CSP), which is the only place 'unsafe-eval' is
// allowed. Runs under plain Node (type stripping), so no TypeScript-only syntax here.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export const NOT_FOUND_PAGE = '/404.html';

/** The policy a worker script is served with. A page's <meta> policy does not reach into its workers (a worker
 *  takes the policy its own script was delivered with), so a host that can send headers sends this one to every
 *  worker script: code cells compile the reader's code with new AsyncFunction, which needs 'unsafe-eval'; the
 *  worker may load the site's own modules and nothing else, with no network at all (connect-src falls back to
 *  default-src 'none'). */
export const WORKER_CSP = "default-src 'none'; script-src 'self' 'unsafe-eval'";

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
  if (request.headers['sec-fetch-dest'] === 'worker') return { 'content-security-policy': WORKER_CSP };
  if (file === undefined || extname(file) !== '.html') return {};
  const policy = metaPolicy(body.toString('utf8'));
  return policy === undefined ? {} : { 'content-security-policy': policy };
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
  const body = file === undefined ? Buffer.from('Not found') : await readFile(file);
  const type =
    file === undefined ? 'text/plain; charset=utf-8' : (CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  response.writeHead(status, {
    'content-type': type,
    'content-length': body.length,
    'cache-control': 'no-store',
    ...securityHeaders(request, file, body),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function startStaticServer(root: string): Promise<{ server: Server; origin: string }> {
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
