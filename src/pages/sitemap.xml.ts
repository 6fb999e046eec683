// sitemap.xml: the home page, the playground, the glossary, search, review, every lesson with its answer key and
// the teacher guide, with absolute URLs.
import type { APIRoute } from 'astro';
import { getLessons } from '../lib/course.ts';
import { lessonPath, lessonSlug } from '../lib/lessons.ts';
import { getGuides } from '../lib/teacher.ts';

export const GET: APIRoute = async ({ site }) => {
  const lessons = (await getLessons()).map((lesson) => lessonPath(lesson.id));
  const paths = [
    '/', '/playground/', '/glossary/', '/search/', '/review/',
    // Each lesson, then its printable answer key (src/pages/lessons/[slug]/answers.astro).
    ...lessons.flatMap((path) => [path, `${path}answers/`]),
    '/teacher/', ...(await getGuides()).map(({ lesson }) => `/teacher/${lessonSlug(lesson.id)}/`),
  ];
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`).join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
