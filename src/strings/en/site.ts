// Strings for page furniture: navigation, theme toggle, cells and exercises.
export const site = {
  name: 'S-Curve',
} as const;
