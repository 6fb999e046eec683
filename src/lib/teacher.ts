// The teacher guide's entries, in lesson order, with each demonstration's share link built and checked (build time).
import { getCollection, type CollectionEntry } from 'astro:content';
import { getLessons, type Lesson } from './course.ts';
import { lessonPath } from './lessons.ts';
import { WIDGET_KEY } from './share-state.ts';

export type Guide = CollectionEntry<'teacher'>;
/** A class period: every plan adds up to this. */
export const CLASS_MINUTES = 45;

export interface GuidePage {
  guide: Guide;
  lesson: Lesson;
}

/** The link that opens `widget` on the lesson page with `state` applied (see src/widgets/shared/share.ts). */
export function demoLink(lessonId: string, widget: string, state: Record<string, string>, projector = false): string {
  const query = new URLSearchParams({ [WIDGET_KEY]: widget, ...state });
  if (projector) query.set('projector', '1');
  return `${lessonPath(lessonId)}?${query.toString()}#${widget}`;
}

/** Every guide with its lesson; a guide whose plan is not 45 minutes or names a missing demonstration fails the build. */
export async function getGuides(): Promise<GuidePage[]> {
  const lessons = await getLessons();
  const guides = await getCollection('teacher');
  const pages = lessons.flatMap((lesson) => {
    const guide = guides.find((entry) => entry.data.lesson === lesson.id);
    return guide === undefined ? [] : [{ guide, lesson }];
  });
  for (const { guide } of pages) checkGuide(guide);
  if (pages.length !== guides.length) throw new Error('A teacher guide names a lesson that does not exist.');
  return pages;
}

function checkGuide(guide: Guide): void {
  const { plan, demos, misconceptions } = guide.data;
  const minutes = plan.reduce((sum, segment) => sum + segment.minutes, 0);
  if (minutes !== CLASS_MINUTES) throw new Error(`${guide.id}: the plan takes ${minutes} minutes, not ${CLASS_MINUTES}.`);
  const ids = new Set(demos.map((demo) => demo.id));
  if (ids.size !== demos.length) throw new Error(`${guide.id}: two demonstrations share an id.`);
  for (const misconception of misconceptions) {
    if (!ids.has(misconception.demo)) throw new Error(`${guide.id}: no demonstration "${misconception.demo}".`);
  }
}
