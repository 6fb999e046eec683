// Strings for the exercise machinery that loads on demand: what a reader sees if it cannot arrive.
export const loading = {
  checkerFailed: 'The checker could not load. Reload the page and try again.',
} as const;
