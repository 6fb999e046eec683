// Strings for printed worksheets and answer keys, and the buttons that print them.
export const print = {
  actionsLabel: 'Print this lesson',
  worksheetButton: 'Print worksheet',
  answersButton: 'Print answer key',
  worksheet: 'Worksheet',
  answerKey: 'Answer key',
  name: 'Name',
  date: 'Date',
  answersNotice:
    'Answer key for teachers: every exercise shows its answer and worked solution. Print this page from the browser to get the key on paper.',
  backToLesson: 'Back to the lesson',
  answer: 'Answer',
  computed: (full: string, tolerance: string) => `computed value ${full}; accepted within ±${tolerance}`,
  correctOption: 'correct answer',
  answerSpace: 'Space for your working and answer',
} as const;
