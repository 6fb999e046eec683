// Finds broken internal links in a built static site: every href/src in its HTML, every url() in its CSS and every
// <loc> in its sitemap must name a file that exists, and every #fragment an id (or <a name>) on the target page.
// Works on any "site" given as a file reader, so the tests can also feed it a small made-up site.
import { posix } from 'node:path';

/** The built site as the checker sees it: does a file exist, and what is in it. Paths are '/a/b.html'. */
export interface SiteFiles {
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  read(path: string): string;
}

export interface BrokenLink {
  /** The file the link is in. */
  from: string;
  /** The link as written. */
  link: string;
  reason: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Every href, src and srcset URL in an HTML document, and every url() in its <style> elements (markup only;
 *  links made by scripts are not seen). */
export function htmlLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) links.push(...cssLinks(match[1] ?? ''));
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => tag.replace(/>[\s\S]*<\/script>$/i, '></script>'));
  for (const match of withoutScripts.matchAll(/\s(href|src|srcset|action|poster|data)="([^"]*)"/gi)) {
    const [, name = '', value = ''] = match;
    if (name.toLowerCase() === 'data' && !value.includes('/')) continue; // data-* values are not links
    const decoded = decodeEntities(value);
    if (name.toLowerCase() === 'srcset') links.push(...decoded.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
    else links.push(decoded);
  }
  return links.filter((link) => link !== '');
}

/** Every id and <a name> in an HTML document: the fragments a link may point at. */
export function htmlAnchors(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of html.matchAll(/\s(?:id|name)="([^"]*)"/g)) anchors.add(decodeEntities(match[1] ?? ''));
  return anchors;
}

/** Every url(...) in a stylesheet. */
export function cssLinks(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2] ?? '').filter((link) => link !== '');
}

/** Every <loc> in a sitemap. */
export function sitemapLinks(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => decodeEntities(match[1] ?? '').trim());
}

/** The file a URL path is served from: '/a/' -> '/a/index.html'; undefined when there is none. */
export function resolveTarget(site: SiteFiles, path: string): string | undefined {
  if (path.endsWith('/')) return site.exists(`${path}index.html`) ? `${path}index.html` : undefined;
  if (!site.exists(path)) return undefined;
  return site.isDirectory(path) ? undefined : path;
}

/**
 * Checks one link found in `from`. `siteOrigin` is the site's public origin (canonical and sitemap URLs use it):
 * links to it count as internal. Links to other origins and non-page schemes (mailto:, data:) are not checked.
 */
export function checkLink(site: SiteFiles, from: string, link: string, siteOrigin: string, anchors: (file: string) => Set<string>): string | undefined {
  if (/^(data|mailto|tel|blob):/i.test(link)) return undefined;
  if (/^javascript:/i.test(link)) return 'javascript: URL';
  const base = new URL(from, siteOrigin);
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    return 'not a URL';
  }
  if (url.origin !== siteOrigin) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return 'undecodable path';
  }
  path = posix.normalize(path);
  const target = resolveTarget(site, path);
  if (target === undefined) {
    return site.exists(path) && !path.endsWith('/') ? `${path} is a directory; link to ${path}/` : `no file for ${path}`;
  }
  const fragment = url.hash.slice(1);
  if (fragment === '' || !target.endsWith('.html')) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return 'undecodable fragment';
  }
  return anchors(target).has(id) ? undefined : `no id "${id}" in ${target}`;
}

/** Checks every link in the given files (HTML, CSS, sitemap XML). */
export function findBrokenLinks(site: SiteFiles, files: readonly string[], siteOrigin: string): BrokenLink[] {
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string): Set<string> => {
    let found = anchorCache.get(file);
    if (found === undefined) {
      found = htmlAnchors(site.read(file));
      anchorCache.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const from of files) {
    const text = site.read(from);
    const links = from.endsWith('.css') ? cssLinks(text) : from.endsWith('.xml') ? sitemapLinks(text) : htmlLinks(text);
    for (const link of links) {
      const reason = checkLink(site, from, link, siteOrigin, anchors);
      if (reason !== undefined) broken.push({ from, link, reason });
    }
  }
  return broken;
}
