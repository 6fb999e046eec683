// Strings for the interactive widgets, one section per widget.
export const widgets = {} as const;
