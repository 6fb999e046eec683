// `npm run kernels`: assembles src/lib/math/network/kernels.wat into kernels-wasm.ts (the bytes as base64), which
// the engine loads. `--check` writes nothing and exits 1 if kernels-wasm.ts is not what the .wat assembles to;
// test/math/network-kernels.test.ts runs the same comparison, so the two cannot drift apart.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assembleKernels, kernelsModuleSource } from './kernels-assemble.ts';

const WAT = fileURLToPath(new URL('../src/lib/math/network/kernels.wat', import.meta.url));
const OUT = fileURLToPath(new URL('../src/lib/math/network/kernels-wasm.ts', import.meta.url));

const source = kernelsModuleSource(await assembleKernels(readFileSync(WAT, 'utf8')));
if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  console.log(current === source ? 'kernels-wasm.ts matches kernels.wat' : 'kernels-wasm.ts is stale: run npm run kernels');
  process.exitCode = current === source ? 0 : 1;
} else {
  writeFileSync(OUT, source);
  console.log(`wrote ${OUT}`);
}
