// Build-time helper: the rendered hint slots of an exercise, in order ("hint", "hint-2", "hint-3", "hint-4").
export const HINT_SLOTS = ['hint', 'hint-2', 'hint-3', 'hint-4'] as const;

interface Slots {
  has(name: string): boolean;
  render(name: string): Promise<string>;
}

export async function renderHints(slots: Slots): Promise<string[]> {
  const hints: string[] = [];
  for (const name of HINT_SLOTS) if (slots.has(name)) hints.push(await slots.render(name));
  return hints;
}
