// Reads the lessons collection once, in reading order, for pages and navigation (build time only).
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortLessons } from './lessons.ts';

export type Lesson = CollectionEntry<'lessons'>;

export async function getLessons(): Promise<Lesson[]> {
  return sortLessons(await getCollection('lessons'));
}
