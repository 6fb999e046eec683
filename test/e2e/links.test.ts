// Zero broken internal links in the built site: every href/src in dist/'s HTML, every url() in its CSS and every
// sitemap <loc> names a file that exists, and every #fragment names an id on the target page.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { DIST_DIR } from './harness.ts';
import { cssLinks, findBrokenLinks, htmlLinks, type SiteFiles } from './link-check.ts';

// The site's public origin, as astro.config.mjs sets it: canonical links and the sitemap use it.
const SITE_ORIGIN = 'https://s-curve.example';

const dist: SiteFiles = {
  exists: (path) => existsSync(join(DIST_DIR, path)),
  isDirectory: (path) => statSync(join(DIST_DIR, path)).isDirectory(),
  read: (path) => readFileSync(join(DIST_DIR, path), 'utf8'),
};

function filesEndingWith(...endings: string[]): string[] {
  if (!existsSync(DIST_DIR)) throw new Error(`No built site in ${DIST_DIR}: run npm run build first`);
  return readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => endings.some((ending) => file.endsWith(ending)))
    .map((file) => `/${file.split(sep).join('/')}`)
    .sort();
}

const format = (broken: ReturnType<typeof findBrokenLinks>): string[] =>
  broken.map(({ from, link, reason }) => `${from}: ${link} (${reason})`);

describe('the built site', () => {
  const pages = filesEndingWith('.html');

  it.each(pages)('%s links only to files and anchors that exist', (page) => {
    expect(htmlLinks(dist.read(page)).length, 'the page has links at all').toBeGreaterThan(0);
    expect(format(findBrokenLinks(dist, [page], SITE_ORIGIN))).toEqual([]);
  });

  it('every stylesheet url() (fonts, images), in CSS files or inlined into pages, names a file that exists', () => {
    const sheets = filesEndingWith('.css');
    const inline = pages.flatMap((page) => [...dist.read(page).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? ''));
    const urls = [...sheets.map((sheet) => dist.read(sheet)), ...inline].flatMap(cssLinks);
    expect(urls.length, 'the site’s CSS names fonts').toBeGreaterThan(0);
    expect(format(findBrokenLinks(dist, sheets, SITE_ORIGIN))).toEqual([]);
  });

  it('every sitemap URL is a built page', () => {
    expect(format(findBrokenLinks(dist, ['/sitemap.xml'], SITE_ORIGIN))).toEqual([]);
  });
});

describe('the link checker', () => {
  const files: Record<string, string> = {
    '/index.html': `<a href="/a/">ok</a><a href="/a/#top">ok</a><a href="/a/#missing">bad anchor</a>
      <a href="/b/">no page</a><a href="/a">directory without slash</a><a href="https://elsewhere.example/x">outside</a>
      <img src="/img.svg" alt=""><link href="https://s-curve.example/gone/" rel="canonical"><a href="#here" id="here">self</a>`,
    '/a/index.html': '<h1 id="top">A</h1>',
    '/img.svg': '<svg/>',
    '/style.css': '@font-face{src:url(/font.woff2) format("woff2"),url(data:font/woff2;base64,AA==)}',
    '/inline.html': '<style>@font-face{src:url("/gone.woff2")}</style><a href="/">home</a>',
  };
  const site: SiteFiles = {
    exists: (path) => path in files || Object.keys(files).some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`)),
    isDirectory: (path) => !(path in files),
    read: (path) => files[path] ?? '',
  };

  it('finds missing pages, missing anchors, directory links without a slash and missing CSS files', () => {
    const broken = findBrokenLinks(site, ['/index.html', '/style.css', '/inline.html'], SITE_ORIGIN).map(({ link }) => link);
    expect(broken).toEqual(['/a/#missing', '/b/', '/a', 'https://s-curve.example/gone/', '/font.woff2', '/gone.woff2']);
  });
});
