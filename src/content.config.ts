// The lessons collection: one MDX file per lesson in content/lessons/, typed by this schema.
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

export const collections = { lessons };
