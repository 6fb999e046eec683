// Applies the reader's theme and projector choices before the page paints; without a theme choice the system
// setting rules (CSS). `?projector=1` or `?projector=0` in the address switches projector mode and is remembered.
// Anything else under either key (another app's data, garbage) is moved to its set-aside key and ignored.
// Printing switches to the light theme for the time it takes (see the end).
(function () {
  var root = document.documentElement;
  var themeKey = 's-curve:theme';
  var projectorKey = 's-curve:projector';
  var asked = /[?&]projector=([01])(?:&|$)/.exec(location.search);
  var projector = asked ? asked[1] : null;
  try {
    var theme = localStorage.getItem(themeKey);
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else if (theme !== null) {
      localStorage.setItem(themeKey + ':set-aside', theme);
      localStorage.removeItem(themeKey);
    }
    var stored = localStorage.getItem(projectorKey);
    if (stored !== null && stored !== '0' && stored !== '1') {
      localStorage.setItem(projectorKey + ':set-aside', stored);
      localStorage.removeItem(projectorKey);
      stored = null;
    }
    if (projector === null) projector = stored;
    else localStorage.setItem(projectorKey, projector);
  } catch (error) {
    /* Storage can be blocked or full; the system theme and the address's projector switch still apply. */
  }
  if (projector === '1') root.setAttribute('data-projector', '');
  // Paper is white: for printing, the page takes the light theme, so charts drawn on a canvas (which follow
  // data-theme and redraw at once) print light too; afterwards the reader's choice, or the system's, returns.
  var beforePrint;
  window.addEventListener('beforeprint', function () {
    beforePrint = root.getAttribute('data-theme');
    root.setAttribute('data-theme', 'light');
  });
  window.addEventListener('afterprint', function () {
    if (beforePrint === undefined) return;
    if (beforePrint === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', beforePrint);
    beforePrint = undefined;
  });
})();
