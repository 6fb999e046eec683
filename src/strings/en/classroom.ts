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
