// Build-time counts of what a lesson offers, read from its MDX source: the denominators of "3 of 8 exercises ·
// 2 of 5 cells · 4 of 6 sections". A browser test checks them against the built page.
import type { LessonTotals } from './store.ts';

export function countLessonItems(body: string): LessonTotals {
  // Fenced code in the prose could quote a component; leave it out of the count.
  const prose = body.replace(/^```[\s\S]*?^```/gm, '');
  return {
    exercises: prose.match(/<(?:Numeric|Choice|Predict|Code)Exercise\b/g)?.length ?? 0,
    cells: prose.match(/<CodeCell\b/g)?.length ?? 0,
    sections: prose.match(/^## /gm)?.length ?? 0,
  };
}
