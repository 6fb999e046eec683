// What each way of turning a reader's TypeScript into JavaScript in the browser would cost to download: each
// candidate bundled and minified by the esbuild in node_modules, then gzipped (level 9). Prints a table; never
// fails on size. With a build in dist/, also prints the code-runtime chunks the site really ships.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const gzip = (content: Uint8Array | string): number => gzipSync(content, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

interface Row {
  name: string;
  raw: number;
  gzip: number;
  note: string;
}

async function bundle(name: string, entry: string, note: string): Promise<Row | undefined> {
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      // typescript.js mentions Node built-ins behind feature checks; a browser bundle leaves them out.
      external: ['fs', 'path', 'os', 'crypto', 'buffer', 'module', 'perf_hooks', 'inspector', 'source-map-support'],
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    return { name, raw: code.length, gzip: gzip(code), note };
  } catch (error) {
    console.warn(`${name}: could not bundle (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    return undefined;
  }
}

function file(name: string, path: string, note: string): Row | undefined {
  if (!existsSync(path)) return undefined;
  const content = readFileSync(path);
  return { name, raw: content.length, gzip: gzip(content), note };
}

const rows = (
  await Promise.all([
    bundle(
      'sucrase (typescript + imports)',
      `import { transform } from 'sucrase';
       export const run = (s: string) => transform(s, { transforms: ['typescript', 'imports'], filePath: 'cell.ts' });`,
      'chosen: keeps line numbers, throws with line:column',
    ),
    bundle(
      'typescript.transpileModule',
      `import ts from 'typescript';
       export const run = (s: string) => ts.transpileModule(s, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });`,
      'the whole compiler ships even to strip types',
    ),
  ])
).filter((row): row is Row => row !== undefined);

const wasm = file('esbuild-wasm (esbuild.wasm)', join(root, 'node_modules/esbuild-wasm/esbuild.wasm'), 'the Go binary as WebAssembly');
if (wasm) rows.push(wasm);
else {
  const native = file(
    'esbuild (native binary, as a stand-in)',
    join(root, 'node_modules/@esbuild/linux-x64/bin/esbuild'),
    'esbuild-wasm is not installed; its .wasm is the same Go program, of similar size',
  );
  if (native) rows.push(native);
}

const width = Math.max(...rows.map((row) => row.name.length));
console.log(`${'transpiler'.padEnd(width)}  ${'minified'.padStart(10)}  ${'gzip'.padStart(10)}  note`);
for (const row of rows) {
  console.log(`${row.name.padEnd(width)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(10)}  ${row.note}`);
}
const sucrase = rows[0];
if (sucrase) {
  for (const row of rows.slice(1)) console.log(`${row.name}: ${(row.gzip / sucrase.gzip).toFixed(1)} × sucrase (gzip)`);
}

// What the build ships: every code-runtime chunk in dist/_astro.
const assets = join(root, 'dist/_astro');
if (existsSync(assets)) {
  const shipped = readdirSync(assets)
    .filter((name) => name.includes('code-runtime') && statSync(join(assets, name)).isFile())
    .map((name) => ({ name, gzip: gzip(readFileSync(join(assets, name))) }))
    .sort((a, b) => b.gzip - a.gzip);
  if (shipped.length > 0) {
    console.log('\nshipped code-runtime chunks (dist/_astro, gzip):');
    for (const chunk of shipped) console.log(`  ${kb(chunk.gzip).padStart(9)}  ${chunk.name}`);
  }
}
