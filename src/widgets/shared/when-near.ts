// Runs a widget's setup only when the widget comes within ~200 px of the viewport, once per element.
// Widgets that are never scrolled to never load their controller.

const ROOT_MARGIN = '200px 0px';

/** Calls `start(element)` once, when the element nears the viewport (at once where IntersectionObserver is missing). */
export function whenNear(element: Element, start: (element: HTMLElement) => void): void {
  if (!(element instanceof HTMLElement)) return;
  if (typeof IntersectionObserver === 'undefined') {
    start(element);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      start(element);
    },
    { rootMargin: ROOT_MARGIN },
  );
  observer.observe(element);
}

/** Mounts every widget root matching `selector` lazily; `load` imports the controller and mounts it. */
export function mountWhenNear(selector: string, load: () => Promise<{ mount: (root: HTMLElement) => void }>): void {
  for (const element of document.querySelectorAll(selector)) {
    whenNear(element, (root) => {
      load()
        .then((module) => {
          module.mount(root);
          // Marks the widget live (tests wait for it; styles may use it).
          root.setAttribute('data-ready', '');
        })
        .catch((error: unknown) => {
          // The static HTML stays readable; report so a test or a developer sees it.
          console.error(error);
        });
    });
  }
}
