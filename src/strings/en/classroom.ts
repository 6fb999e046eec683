// Strings for the classroom features: share links (every widget's "Copy link"), projector mode, teacher guide.
export const share = {
  copy: 'Copy link',
  copied: 'Link copied: opening it restores these settings.',
  copyFallback: 'Copying was blocked. The link is selected in the field: copy it with Ctrl+C (⌘C on a Mac).',
  fieldLabel: 'Link to these settings',
  /** `keys`: the query keys that could not be used, e.g. ["depth", "colour"]. */
  notice: (keys: readonly string[]) =>
    `This link had settings the widget could not use, so it kept its own for them: ${keys.join(', ')}.`,
  restored: 'Restored the settings from the link.',
  projector: {
    toggle: 'Projector',
    toggleTitle: 'Large type, thick lines and high contrast for a classroom projector; hides the navigation',
  },
};

export const teacher = {
  guide: 'Teacher guide',
  indexTitle: 'Teacher guide',
  indexDescription: 'Lesson plans for S-Curve: a 45-minute plan per lesson, objectives, discussion questions, common misconceptions and links that open each demonstration already set up.',
  indexIntro:
    'One page per lesson, for teaching it to a class in 45 minutes with the widgets on a projector. Each demonstration link opens the lesson at the widget with its settings already in place; add projector mode with the Projector button or the “projector mode” link beside it.',
  lessonGuide: (title: string) => `Teacher guide: ${title}`,
  pageDescription: (title: string) => `A 45-minute plan, objectives, discussion questions and misconceptions for teaching “${title}”.`,
  openLesson: 'Open the lesson page',
  objectives: 'Objectives',
  plan: 'A 45-minute plan',
  planCaption: 'Timed segments of the lesson',
  planHeaders: { time: 'Time', segment: 'Segment', what: 'What to do' },
  time: (from: number, to: number) => `${from}–${to} min`,
  demos: 'Demonstrations',
  open: 'Open the demonstration',
  openProjector: 'in projector mode',
  misconceptions: 'Common misconceptions',
  belief: 'Belief',
  truth: 'In fact',
  showIt: 'Show it',
  questions: 'Discussion questions',
  notes: 'Notes for the teacher',
  allGuides: 'All lesson guides',
};
