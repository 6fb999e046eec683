// Hints one at a time: the hint <details> are hidden and a button reveals the next, opened, until none is left;
// then focus moves to the last hint so it is not lost with the button. Without JavaScript every hint reads.
const wired = new WeakSet<Element>();

export function enhanceHints(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-hints]')) {
    if (wired.has(box)) continue;
    wired.add(box);
    const hints = [...box.querySelectorAll<HTMLDetailsElement>('details.hint')];
    const button = box.querySelector<HTMLButtonElement>('.hint-next');
    let labels: string[] = [];
    try {
      labels = JSON.parse(box.dataset['showLabels'] ?? '[]') as string[];
    } catch {
      labels = [];
    }
    if (!button || hints.length === 0) continue;
    for (const hint of hints) hint.hidden = true;
    button.hidden = false;
    let shown = 0;
    button.addEventListener('click', () => {
      const hint = hints[shown];
      if (!hint) return;
      hint.hidden = false;
      hint.open = true;
      shown += 1;
      box.dataset['shown'] = String(shown);
      if (shown < hints.length) {
        button.textContent = labels[shown] ?? button.textContent;
      } else {
        button.hidden = true;
        hint.querySelector('summary')?.focus();
      }
    });
  }
}
