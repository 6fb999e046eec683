// Strings for full-text search: the header button, the search dialog and the /search/ page.
export const search = {
  open: 'Search',
  openTitle: 'Search the lessons and the glossary (press /)',
  dialogTitle: 'Search the course',
  label: 'Search the lessons and the glossary',
  close: 'Close',
  closeTitle: 'Close search (Esc)',
  hint: 'Type a word, such as logit or vanishing. Results link to the section where it appears.',
  loading: 'Loading the search index…',
  searching: 'Searching…',
  noIndex:
    'Search is not available on the development server, which has no search index. Run npm run build and then npm run preview to try it.',
  failed: 'The search index could not be loaded. Reload the page and try again.',
  noResults: (query: string) => `No results for “${query}”. Try a shorter or different word.`,
  results: (count: number, query: string) => `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”.`,
  sectionsLabel: (title: string) => `Sections of ${title}`,
  page: {
    title: 'Search',
    description: 'Search the S-Curve lessons and glossary.',
    body: 'Search runs in your browser and needs JavaScript. With JavaScript on, press the Search button at the top of any page, or the / key. Without it, every topic is reachable from the lesson list and the glossary.',
    open: 'Open search',
    lessonsHeading: 'The lessons',
    glossaryLink: 'The glossary: every term with a short definition',
  },
} as const;
