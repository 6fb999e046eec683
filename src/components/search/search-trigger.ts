// Up-front part of search: the header link opens the dialog instead of /search/, and "/" opens it from anywhere
// but a text field. The dialog code (and Pagefind) load only on first use.
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

const trigger = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
if (trigger !== null) {
  const open = (returnTo: Element | null): void => {
    import('./search-dialog.ts').then(
      (dialog) => dialog.openSearch(returnTo),
      () => location.assign(trigger.href),
    );
  };
  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(trigger);
  });
  trigger.addEventListener('keydown', (event) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    open(trigger);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTyping(event.target) || document.querySelector('dialog[open]') !== null) return;
    event.preventDefault();
    open(document.activeElement);
  });
}
