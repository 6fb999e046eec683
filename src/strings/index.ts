// Every reader-facing string the code shows lives under src/strings/<locale>/; prose lives in content/.
// A later Korean or Japanese edition adds a sibling folder with the same shape.
import { site } from './en/site.ts';
import { widgets } from './en/widgets.ts';
import { lesson2Widgets } from './en/lesson2-widgets.ts';
import { lesson3Widgets } from './en/lesson3-widgets.ts';
import { lesson4Widgets } from './en/lesson4-widgets.ts';
import { selfStudy } from './en/self-study.ts';
import { print } from './en/print.ts';
import { search } from './en/search.ts';
import { glossary } from './en/glossary.ts';
import { share, teacher } from './en/classroom.ts';
import { loading } from './en/loading.ts';

export const strings = {
  site,
  widgets,
  lesson2Widgets,
  lesson3Widgets,
  lesson4Widgets,
  selfStudy,
  print,
  search,
  glossary,
  share,
  teacher,
  loading,
} as const;
export type Strings = typeof strings;
