// `npm run bench`: runs every benchmark script in test/bench, one child process each so no run warms or
// slows the next. The size report (size*.ts, which needs a build) runs separately as `npm run size`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const skipped = (name: string): boolean => name === 'run-all.ts' || name.startsWith('size');
const scripts = readdirSync(benchDir).filter((name) => name.endsWith('.ts') && !skipped(name)).sort();

let failed = 0;
for (const script of scripts) {
  console.log(`\n▶ ${script}`);
  const result = spawnSync(process.execPath, [script], { cwd: benchDir, stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.log(`✖ ${script} exited with ${result.status ?? result.signal}`);
  }
}
console.log(`\n${scripts.length - failed} of ${scripts.length} benchmark scripts ran.`);
process.exitCode = failed === 0 ? 0 : 1;
