import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname } from 'node:path';
const dist = '/work/wt-share/dist';
const server = createServer(async (req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (p.endsWith('/')) p += 'index.html';
  try { const b = await readFile(join(dist, p)); res.writeHead(200, {'content-type': {'.html':'text/html','.js':'text/javascript','.css':'text/css','.svg':'image/svg+xml'}[extname(p)] ?? 'application/octet-stream'}); res.end(b); } catch { res.writeHead(404); res.end(); }
});
await new Promise(r => server.listen(0, r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('console', m => console.log('console', m.text()));
await page.goto(`${base}/lessons/sigmoid/?w=float-trap&x=%E2%88%9E%25not-a-value&no-such-setting=1#float-trap`);
await page.locator('#float-trap[data-share-ready]').waitFor();
console.log(await page.locator('#float-trap [data-role="share-notice"]').innerText());
console.log(await page.locator('#float-trap [data-share="x"]').evaluate(e => e.value + ' ' + e.getAttribute('aria-invalid')));
console.log(await page.locator('#float-trap [data-share="x"]').evaluate(e => { e.value='abc'; e.dispatchEvent(new Event('input',{bubbles:true})); e.dispatchEvent(new Event('change',{bubbles:true})); return e.value + ' ' + e.getAttribute('aria-invalid') + ' ' + document.querySelector('#float-trap [data-role=message]').textContent; }));
await browser.close(); server.close();
