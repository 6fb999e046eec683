// The course's code exercises: each names files under src/exercises/ (<name>.starter.ts, .tests.ts,
// .solution.ts) and the function the reader writes. CodeExercise.astro and the unit tests read this list.
export const CODE_EXERCISES = {
  'stable-sigmoid': { functionName: 'stableSigmoid' },
  'binary-cross-entropy': { functionName: 'bce' },
  softmax: { functionName: 'mySoftmax' },
  'slope-product': { functionName: 'slopeProduct' },
} as const;

export type CodeExerciseName = keyof typeof CODE_EXERCISES;
