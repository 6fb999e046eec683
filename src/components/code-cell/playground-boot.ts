// Shows the playground's export and import buttons and loads their code (with the cell runtime) on first use.
type Files = typeof import('./code-runtime-playground.ts');
let files: Promise<Files> | undefined;

export function bootPlaygroundFiles(root: ParentNode): void {
  const box = root.querySelector<HTMLElement>('.playground-files');
  const input = box?.querySelector<HTMLInputElement>('.import-file');
  if (!box || !input) return;
  box.hidden = false;
  const load = (): Promise<Files> => (files ??= import('./code-runtime-playground.ts'));
  box.querySelector('.export')?.addEventListener('click', () => {
    void load().then((module) => module.exportCells(box));
  });
  box.querySelector('.import')?.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void load().then((module) => module.importCells(box, file));
  });
}
