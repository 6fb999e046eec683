// Pure helpers for the lessons collection: URLs from file ids, reading order, neighbours.

export interface LessonLike {
  id: string;
  data: { order: number; title: string };
}

// "01-sigmoid" -> "sigmoid": the number orders files on disk, the URL stays stable if lessons move.
export function lessonSlug(id: string): string {
  return id.replace(/^\d+-/, '');
}

export function lessonPath(id: string): string {
  return `/lessons/${lessonSlug(id)}/`;
}

export function sortLessons<T extends LessonLike>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order);
}

export function neighbours<T extends LessonLike>(
  lessons: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const ordered = sortLessons(lessons);
  const index = ordered.findIndex((lesson) => lesson.id === id);
  if (index < 0) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
