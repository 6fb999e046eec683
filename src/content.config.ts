// The lessons collection: one MDX file per lesson in content/lessons/, typed by this schema; and the teacher guide.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/lessons' }),
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    order: z.number().int().positive(),
    objectives: z.array(z.string()).min(1),
    prerequisites: z.array(z.string()).default([]),
    minutes: z.number().int().positive(),
  }),
});

// The teacher guide: one MDX file per lesson in content/teacher/, its plan, questions, misconceptions and
// demonstrations as data (checked here; the page builds the share links), its notes as prose.
const demo = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  widget: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The widget's share-link values, e.g. { depth: '9', seed: '7' }. */
  state: z.record(z.string(), z.string()),
  show: z.string(),
});
const teacher = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/teacher' }),
  schema: z.object({
    /** The lesson's id in content/lessons/, e.g. 01-sigmoid. */
    lesson: z.string(),
    summary: z.string(),
    plan: z.array(z.object({ minutes: z.number().int().positive(), title: z.string(), detail: z.string() })).min(1),
    demos: z.array(demo).min(1),
    misconceptions: z.array(z.object({ belief: z.string(), truth: z.string(), demo: z.string() })).min(1),
    questions: z.array(z.string()).min(1),
  }),
});

export const collections = { lessons, teacher };
