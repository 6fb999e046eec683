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

/** A controller: `mount` wires the widget; `share` (optional) covers state kept outside its named controls. */
interface Controller {
  mount: (root: HTMLElement) => void;
  share?: import('./share.ts').ShareHook;
}

/** The widget a share link names (`?w=<id>`), mounted at once rather than when near. */
function linkedWidget(): string | null {
  try {
    return new URLSearchParams(window.location.search).get('w');
  } catch {
    return null;
  }
}

/** Mounts every widget root matching `selector` lazily; `load` imports the controller and mounts it. Then the
 *  share-link code loads (Copy link; applying the page's link when it names this widget). */
export function mountWhenNear(selector: string, load: () => Promise<Controller>): void {
  const linked = linkedWidget();
  const start = (root: HTMLElement): void => {
    load()
      .then((module) => {
        module.mount(root);
        // Marks the widget live (tests wait for it; styles may use it).
        root.setAttribute('data-ready', '');
        return import('./share.ts').then((share) => share.enableShare(root, module.share));
      })
      .catch((error: unknown) => {
        // The static HTML stays readable; report so a test or a developer sees it.
        console.error(error);
      });
  };
  for (const element of document.querySelectorAll(selector)) {
    if (element instanceof HTMLElement && element.id !== '' && element.id === linked) start(element);
    else whenNear(element, start);
  }
}
